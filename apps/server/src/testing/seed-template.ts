import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config/env';
import { createServer } from '../server';

/**
 * One migrated, demo-seeded database per Jest run, copied for every test server instead of seeding each one
 * (seeding ~40 000 demo rows costs 3 s on SQLite and 5 s on PostgreSQL; a copy costs milliseconds). The copy
 * is the same database a fresh seed would give: the seed depends on no setting a test passes.
 * SQLite: a file copied byte for byte. PostgreSQL: a database used as `CREATE DATABASE … TEMPLATE`.
 */
export const TEMPLATE_ENV = { sqlite: 'TSIFRA_TEST_TEMPLATE_SQLITE', postgres: 'TSIFRA_TEST_TEMPLATE_PG' } as const;

/** Names of the databases this run creates carry the Jest process id, so a later run can drop a dead run's leftovers. */
const PREFIX = 'tsifra_test_';

export function pgUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(pgUrl: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops test databases left by runs whose process is gone (a killed run cannot clean up after itself). */
async function dropLeftovers(admin: Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`,
  );
  for (const { datname } of rows) {
    const pid = Number(datname.slice(PREFIX.length).split('_')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

async function migrateAndSeed(env: Record<string, string>): Promise<void> {
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'true', JOBS_ENABLED: 'false', ...env },
    { webDist: join(tmpdir(), 'tsifra-no-web') },
  );
  const server = await createServer(config);
  await server.stop();
}

/** Builds the template for this run and returns the environment that points test servers at it, and its clean-up. */
export async function createSeedTemplate(pgUrl: string | undefined): Promise<{
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  if (pgUrl) {
    const name = `${PREFIX}${process.pid}_template`;
    await withAdmin(pgUrl, async (admin) => {
      await dropLeftovers(admin);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    });
    await migrateAndSeed({ DATABASE_URL: pgUrlFor(pgUrl, name) });
    return {
      env: { [TEMPLATE_ENV.postgres]: name },
      drop: () =>
        withAdmin(pgUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tsifra-template-'));
  const path = join(dir, 'template.sqlite');
  await migrateAndSeed({ SQLITE_PATH: path });
  return {
    env: { [TEMPLATE_ENV.sqlite]: path },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new PostgreSQL database copied from the run's template; returns its URL and how to drop it. */
export async function copyPgTemplate(pgUrl: string, template: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdmin(pgUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: pgUrlFor(pgUrl, name),
    drop: () => withAdmin(pgUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
