// Thin database access for the bench (generator, floor server, write-mix set-up): better-sqlite3 or pg,
// never TypeORM, so the bench does not measure the code it compares against.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * @typedef {{ kind: 'sqlite', path: string } | { kind: 'postgres', url: string, schema: string }} Target
 */

/** Opens a target. `all(sql, params)` returns rows; `run(sql, params)` executes; `close()`. */
export async function openDb(target) {
  if (target.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(target.path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const cache = new Map();
    const prepare = (sql) => {
      let st = cache.get(sql);
      if (!st) cache.set(sql, (st = db.prepare(sql)));
      return st;
    };
    return {
      kind: 'sqlite',
      raw: db,
      prepare,
      async all(sql, params = []) {
        return prepare(sql).all(...params);
      },
      async run(sql, params = []) {
        return prepare(sql).run(...params);
      },
      async exec(sql) {
        db.exec(sql);
      },
      async close() {
        db.close();
      },
    };
  }
  const { Pool } = require('pg');
  // The floor's sessions plan with the server's setting (PG_RANDOM_PAGE_COST, default 1.1): same database, same costs.
  const pool = new Pool({
    connectionString: target.url,
    max: 10,
    options: `-c random_page_cost=${process.env.PG_RANDOM_PAGE_COST ?? 1.1} -c search_path=${target.schema}`,
  });
  return {
    kind: 'postgres',
    raw: pool,
    async all(sql, params = []) {
      return (await pool.query(sql, params)).rows;
    },
    async run(sql, params = []) {
      return pool.query(sql, params);
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}

/** Creates the PostgreSQL schema a target uses (the server expects it to exist). */
export async function ensurePgSchema(target) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: target.url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
  } finally {
    await client.end();
  }
}

/** Whether PostgreSQL answers at `url` within a few seconds. */
export async function pgReachable(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
