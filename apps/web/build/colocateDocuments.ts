import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `graphql(`…`)` with a plain template (codegen needs static documents: no `${}`). */
const CALL = /\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g;

/**
 * Puts each GraphQL document in the chunk of the module that declares it (issue 16).
 *
 * The codegen client preset's `graphql()` looks documents up at run time in one map of every operation in the app
 * (src/gql/gql.ts), so whichever chunk imports it — the first page — carries them all. At build time this plugin
 * replaces each `graphql(`…`)` call with the very document object codegen generated for it (src/gql/graphql.ts),
 * the job the preset's Babel plugin does; the map then goes unused and is dropped. Types are unchanged (TypeScript
 * still reads the overloads), and tests run the unchanged runtime lookup.
 */
export function colocateDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, { name: string; ast: string }>();
  const load = () => {
    const asts = new Map<string, string>();
    for (const line of readFileSync(join(gqlDir, 'graphql.ts'), 'utf8').split('\n')) {
      const m = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</.exec(line);
      if (m) asts.set(m[1] as string, m[2] as string);
    }
    const next = new Map<string, { name: string; ast: string }>();
    for (const line of readFileSync(join(gqlDir, 'gql.ts'), 'utf8').split('\n')) {
      const m = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/.exec(line);
      const ast = m && asts.get(m[2] as string);
      if (m && ast) next.set(JSON.parse(m[1] as string) as string, { name: m[2] as string, ast });
    }
    documents = next;
  };
  return {
    name: 'tsifra-colocate-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      load();
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(')) return null;
      let missing: string | null = null;
      const out = code.replace(CALL, (call, source: string) => {
        const doc = documents.get(source);
        if (!doc) {
          missing ??= source.trim().split('\n')[0] ?? source;
          return call;
        }
        return `/* ${doc.name} */ (${doc.ast})`;
      });
      if (missing) this.error(`${id}: no generated document for graphql(\`${missing} …\`): run \`pnpm codegen\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
