import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from '@tsifra/domain/errors';
import { MAX_PAGE_SIZE, validatePageSize } from '@tsifra/domain/pagination';
import type { CursorKey, DecodedCursor, PageRequest } from '../db/keyset';

export { keysetPage, keyToDate, timeKey, type CursorKey, type DecodedCursor, type PageRequest } from '../db/keyset';

/**
 * Cursor pagination for the lists that grow with use, in one place: the `first`/`after` arguments, the
 * opaque cursors every item of such a list exposes, and the page cut from a loader's rows in memory. The SQL
 * keyset page for top-level lists (WHERE … ORDER BY … LIMIT) is in db/keyset.ts, so services need no GraphQL.
 *
 * A list is ordered by a sort key and the id (a total order), and `after` names the last item the client
 * has: the next page starts strictly after it. So an item inserted while a client pages is neither repeated
 * nor makes another one skip (it shows up where it sorts: appended lists get it on a later page).
 * A page shorter than `first` (or than the default page size) is the last one.
 */

/** What a cursor's sort key is, per list kind. Each kind has its own cursors; another kind's is refused. */
export type CursorKind = 'Comment' | 'AuditEvent' | 'Notification' | 'User' | 'ApiToken' | 'InformationSystem' | 'Goal';

/** The type of each kind's sort key: a timestamp (ms), a position, or an email. */
const KEY_TYPES: Record<CursorKind, 'number' | 'string'> = {
  Comment: 'number',
  AuditEvent: 'number',
  Notification: 'number',
  User: 'string',
  ApiToken: 'number',
  InformationSystem: 'number',
  Goal: 'number',
};
/** JavaScript's Date range: a larger number is no timestamp or position of ours. */
const MAX_NUMERIC_KEY = 8.64e15;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 1 to ${MAX_PAGE_SIZE}. Without it, the list's default cap applies (see the field). A page shorter than asked for is the last one.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The `cursor` of the last item you have: the page starts right after it.',
  })
  after?: string | null;
}

/** The description of every item's `cursor` field. */
export const CURSOR_DESCRIPTION =
  'Where this item stands in its list (opaque): pass it as `after` to get the items that follow it.';

/** The opaque cursor of an item: base64url of its list kind, sort key and id. */
export function encodeCursor(kind: CursorKind, key: CursorKey, id: string): string {
  return Buffer.from(JSON.stringify([kind, key, id]), 'utf8').toString('base64url');
}

const MAX_CURSOR_LENGTH = 1000;

/** Reads a cursor of the given kind; anything else (garbage, another list's cursor) is BAD_USER_INPUT on `field`. */
export function decodeCursor(kind: CursorKind, cursor: string, field = 'after'): DecodedCursor {
  const refuse = () =>
    badUserInput([
      {
        field,
        rule: 'invalid_cursor',
        message: `${field} is not a cursor of this list: pass the \`cursor\` of an item it returned.`,
      },
    ]);
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw refuse();
  const [k, key, id] = parsed as unknown[];
  const keyOk =
    KEY_TYPES[kind] === 'number'
      ? typeof key === 'number' && Number.isInteger(key) && Math.abs(key) <= MAX_NUMERIC_KEY
      : typeof key === 'string' && key.length <= 400;
  if (k !== kind || !keyOk || typeof id !== 'string' || id.length === 0 || id.length > 64) throw refuse();
  return { key: key as CursorKey, id };
}

/**
 * Validates `first` and `after` for a list of `kind`. `defaultLimit` applies when `first` is omitted:
 * MAX_PAGE_SIZE for growing lists; a bounded list may return everything (Infinity).
 */
export function readPage(kind: CursorKind, args: PageArgs, defaultLimit: number = MAX_PAGE_SIZE): PageRequest {
  const errors = validatePageSize(args.first, 'first');
  if (errors.length) throw badUserInput(errors);
  return { limit: args.first ?? defaultLimit, after: args.after == null ? null : decodeCursor(kind, args.after) };
}

function compareKeys(a: CursorKey, b: CursorKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * One page of rows already in memory (a per-request loader's result, so nested lists stay batched): sorted
 * by (key, id) in the given direction, starting after the cursor, at most `limit` rows. The sort happens
 * here, so the order does not depend on the database's collation or on ties in the loader's ORDER BY.
 */
export function pageOf<T>(
  rows: readonly T[],
  page: PageRequest,
  keyOf: (row: T) => DecodedCursor,
  direction: 'ASC' | 'DESC' = 'ASC',
): T[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, k: keyOf(row) }));
  const cmp = (a: DecodedCursor, b: DecodedCursor) => sign * (compareKeys(a.key, b.key) || compareKeys(a.id, b.id));
  keyed.sort((a, b) => cmp(a.k, b.k));
  const after = page.after;
  const start = after ? keyed.findIndex((x) => cmp(x.k, after) > 0) : 0;
  if (start < 0) return [];
  const end = Number.isFinite(page.limit) ? start + page.limit : keyed.length;
  return keyed.slice(start, end).map((x) => x.row);
}
