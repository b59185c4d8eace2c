import { In, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';

/** Both SQLite (32 766) and PostgreSQL (65 535) cap bound parameters; stay well below. */
const CHUNK = 5000;

/** Loads rows whose `column` is in `keys` with as few statements as the parameter cap allows. */
export async function findByKeys<T extends ObjectLiteral>(
  repo: Repository<T>,
  column: keyof T & string,
  keys: readonly string[],
  order?: FindOptionsOrder<T>,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const where = { [column]: In(unique.slice(i, i + CHUNK)) } as FindOptionsWhere<T>;
    appendAll(rows, await repo.find({ where, order }));
  }
  return rows;
}

/** Groups rows by a key, returning one (possibly empty) list per requested key, in order: DataLoader's contract. */
export function groupByKeys<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = mapGroups(rows, keyOf);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Rows grouped by a key, as a map (a missing key means no rows). */
export function mapGroups<T, K = string>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** One row (or null) per requested key, in order. */
export function indexByKeys<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Appends in a loop: `push(...rows)` passes every row as an argument and overflows the stack past ~100 000 rows. */
export function appendAll<T>(target: T[], rows: readonly T[]): T[] {
  for (const row of rows) target.push(row);
  return target;
}
