import { createHash } from 'node:crypto';

/** Runs one SQL statement and returns its rows (a TypeORM DataSource's `query`, or a thin wrapper over a driver). */
export type QueryFn = (sql: string) => Promise<Record<string, unknown>[]>;

export interface DatabaseChecksum {
  /** One hash over every table. */
  total: string;
  /** Hash and row count per table, by table name. */
  tables: Record<string, { rows: number; hash: string }>;
}

/** The application's tables (not SQLite's own), in name order. On PostgreSQL, those of the current schema. */
export async function listTables(query: QueryFn, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      : await query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
        );
  return rows.map((r) => String(r.name));
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * A hash of every row of every table, in a deterministic order (rows sorted by their canonical JSON), so two
 * snapshots of the same data compare equal and any changed, added or removed row changes the hash.
 */
/**
 * Operational counters, not data: the shared request and sign-in limits (PostgreSQL) count every request, refused
 * or not, and the scheduler stamps its runs. A checksum of "nothing changed" leaves them out.
 */
export const OPERATIONAL_TABLES: readonly string[] = ['rate_limits', 'job_runs'];

export async function databaseChecksum(
  query: QueryFn,
  dialect: 'sqlite' | 'postgres',
  options: { exclude?: readonly string[] } = {},
): Promise<DatabaseChecksum> {
  const tables: DatabaseChecksum['tables'] = {};
  const total = createHash('sha256');
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const table of await listTables(query, dialect)) {
    if (OPERATIONAL_TABLES.includes(table) || options.exclude?.includes(table)) continue;
    const rows = await query(`SELECT * FROM ${quote(table)}`);
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((k) => [k, normalize(row[k])]),
        ),
      )
      .sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    const digest = hash.digest('hex');
    tables[table] = { rows: rows.length, hash: digest };
    total.update(`${table}:${digest}\n`);
  }
  return { total: total.digest('hex'), tables };
}

/** The tables whose hashes differ between two checksums (added or removed tables included). */
export function changedTables(a: DatabaseChecksum, b: DatabaseChecksum): string[] {
  const names = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]);
  return [...names].filter((n) => a.tables[n]?.hash !== b.tables[n]?.hash).sort();
}
