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

/**
 * A hash of every row of every table, in a deterministic order (rows sorted by their text), so two
 * snapshots of the same data compare equal and any changed, added or removed row changes the hash.
 */
/**
 * Operational counters, not data: the shared request and sign-in limits (PostgreSQL) count every request, refused
 * or not, and the scheduler stamps its runs. A checksum of "nothing changed" leaves them out.
 */
export const OPERATIONAL_TABLES: readonly string[] = ['rate_limits', 'job_runs'];

/**
 * One table's rows, each as text, sorted and joined by the database itself (a row-by-row copy into JavaScript cost
 * seconds per checksum on the demo data, and the authorization matrix takes two for every refused case).
 * PostgreSQL hashes the row texts with md5; SQLite (no hash function built in) returns them as one string.
 */
async function tableFingerprint(
  query: QueryFn,
  dialect: 'sqlite' | 'postgres',
  table: string,
  sameDatabase: boolean,
): Promise<{ rows: number; hash: string }> {
  const name = quote(table);
  if (dialect === 'postgres' && sameDatabase) {
    // Order-free: the sum of each row's md5 read as a 60-bit number (a multiset hash), no sort.
    const [row] = await query(
      `SELECT count(*) AS n, coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text AS h FROM ${name} t`,
    );
    return { rows: Number(row!.n), hash: String(row!.h) };
  }
  if (dialect === 'postgres') {
    const [row] = await query(
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM ${name} t`,
    );
    return { rows: Number(row!.n), hash: String(row!.h) };
  }
  const columns = await query(`SELECT name FROM pragma_table_info('${table.replace(/'/g, "''")}')`);
  const line = columns.map((c) => `quote(${quote(String(c.name))})`).join(` || ',' || `);
  const [row] = await query(
    // One database compared with itself: its rowid order is stable unless a row is rewritten (a change anyway).
    `SELECT count(*) AS n, group_concat(line, char(10)${sameDatabase ? '' : ' ORDER BY line'}) AS body FROM (SELECT ${line} AS line FROM ${name})`,
  );
  return {
    rows: Number(row!.n),
    hash: createHash('sha256')
      .update(String(row!.body ?? ''))
      .digest('hex'),
  };
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function databaseChecksum(
  query: QueryFn,
  dialect: 'sqlite' | 'postgres',
  options: {
    exclude?: readonly string[];
    /**
     * Only compared with checksums of the same database (before/after one request): skips the sort that makes
     * copies on other machines or engines compare equal, a third of the cost.
     */
    sameDatabase?: boolean;
  } = {},
): Promise<DatabaseChecksum> {
  const tables: DatabaseChecksum['tables'] = {};
  const total = createHash('sha256');
  for (const table of await listTables(query, dialect)) {
    if (OPERATIONAL_TABLES.includes(table) || options.exclude?.includes(table)) continue;
    const fingerprint = await tableFingerprint(query, dialect, table, options.sameDatabase ?? false);
    tables[table] = fingerprint;
    total.update(`${table}:${fingerprint.hash}\n`);
  }
  return { total: total.digest('hex'), tables };
}

/** The tables whose hashes differ between two checksums (added or removed tables included). */
export function changedTables(a: DatabaseChecksum, b: DatabaseChecksum): string[] {
  const names = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]);
  return [...names].filter((n) => a.tables[n]?.hash !== b.tables[n]?.hash).sort();
}
