import {
  In,
  type DataSource,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';
import { rowOf, selectArrays } from './select-arrays';

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

/** A plain read: which table, which columns under which property names, filtered by a key column (of a joined table). */
export interface RowSelection<T> {
  table: string;
  /** Property name → column name: the rows come back with exactly these properties. */
  columns: { readonly [P in keyof T]: string };
  /** Filter on a column of a joined table instead: `join.table.id = table.<join.on>`. */
  join?: { table: string; on: string };
  key: string;
  keys: readonly string[];
  orderBy?: readonly string[];
}

/**
 * Reads rows as plain objects (no entity hydration) with only the named columns, in as few statements as the
 * parameter cap allows. For reads that return tens of thousands of rows, TypeORM's entity transformation and
 * its garbage cost far more than the statement itself. Names here are code, never input; values are bound.
 */
export async function selectRowsByKeys<T>(dataSource: DataSource, s: RowSelection<T>): Promise<T[]> {
  const q = (name: string) => dataSource.driver.escape(name);
  const columns = Object.entries<string>(s.columns);
  const select = columns.map(([prop, column]) => `t.${q(column)} AS ${q(prop)}`).join(', ');
  const props = columns.map(([prop]) => prop);
  const from = s.join
    ? `${q(s.table)} t INNER JOIN ${q(s.join.table)} j ON j.${q('id')} = t.${q(s.join.on)}`
    : `${q(s.table)} t`;
  const filter = `${s.join ? 'j' : 't'}.${q(s.key)} IN (:...keys)`;
  const order = s.orderBy?.length ? ` ORDER BY ${s.orderBy.map((c) => `t.${q(c)}`).join(', ')}` : '';
  const names = props as (keyof T & string)[];
  return (await selectArraysByKeys(dataSource, `SELECT ${select} FROM ${from} WHERE ${filter}${order}`, s.keys)).map(
    (values) => rowOf<T>(names, values),
  );
}

/**
 * Runs `statement` — SQL naming its key list `:...keys` — for the distinct `keys`, in as few statements as the
 * parameter cap allows, and returns every row as an array (selectArrays).
 */
export async function selectArraysByKeys(
  dataSource: DataSource,
  statement: string,
  keys: readonly string[],
): Promise<unknown[][]> {
  const unique = [...new Set(keys)];
  const rows: unknown[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const [sql, params] = dataSource.driver.escapeQueryWithParameters(statement, { keys: unique.slice(i, i + CHUNK) });
    appendAll(rows, await selectArrays(dataSource, sql, params));
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
