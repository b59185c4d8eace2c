import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of every field selected anywhere below the current field (fragments followed), so a resolver can
 * start the reads its subtree will need at once instead of one nesting level at a time. By name only: a name
 * that also occurs on another type at most starts a read that is then not used. Computed once per query
 * document and field (the result is shared by every parent the field resolves for, e.g. 85 strategies).
 */
export function fieldsBelow(info: GraphQLResolveInfo): ReadonlySet<string> {
  const first = info.fieldNodes[0]!;
  let names = memo.get(first);
  if (!names) {
    names = new Set();
    for (const node of info.fieldNodes) collect(node.selectionSet, info, names, new Set());
    memo.set(first, names);
  }
  return names;
}

const memo = new WeakMap<FieldNode, Set<string>>();

function collect(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  names: Set<string>,
  fragments: Set<string>,
): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      names.add(s.name.value);
      collect(s.selectionSet, info, names, fragments);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      collect(s.selectionSet, info, names, fragments);
    } else if (!fragments.has(s.name.value)) {
      fragments.add(s.name.value);
      collect(info.fragments[s.name.value]?.selectionSet, info, names, fragments);
    }
  }
}

/** Starts a read whose result a resolver further down will ask the same loader for; its failure surfaces there. */
export function prefetch(read: Promise<unknown>): void {
  read.catch(() => undefined);
}
