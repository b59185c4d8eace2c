import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { loadConfig } from '../config/env';
import { createServer, type ServerOptions, type TsifraServer } from '../server';
import { copyPgTemplate, TEMPLATE_ENV } from './seed-template';

/**
 * A real server on a random loopback port, over a real throwaway database: a fresh SQLite file, or —
 * when TEST_DATABASE_URL is set — a fresh schema on that PostgreSQL server. Migrations and the demo seed run as in production.
 * Under Jest a demo-seeded server starts from a copy of the run's seeded template instead (seed-template.ts): the
 * same rows, without seeding 40 000 of them again for every file.
 */
export interface TestServer {
  url: string;
  server: TsifraServer;
  dialect: 'sqlite' | 'postgres';
  sql: SqlCounter;
  /** POSTs a GraphQL operation; `token` goes as `Authorization: Bearer`. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** POSTs a raw body to /graphql (malformed input tests). */
  fetchRaw(body: string, contentType?: string): Promise<{ status: number; body: string }>;
  /** Signs in a demo user and returns the session token. */
  login(email: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
}

/** Counts SQL statements (excluding transaction control) so tests can prove batching. */
export class SqlCounter implements TypeOrmLogger {
  statements: string[] = [];
  recording = false;
  logQuery(query: string) {
    if (this.recording && !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)/i.test(query.trim()))
      this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  async count<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements = [];
    this.recording = true;
    try {
      const result = await work();
      return { result, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }
}

export const DEMO_PASSWORD = 'demo-password';

export async function startTestServer(
  options: {
    seedDemo?: boolean;
    env?: Record<string, string>;
    serverOptions?: Omit<ServerOptions, 'sqlLogger'>;
    webDist?: string;
  } = {},
): Promise<TestServer> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const sql = new SqlCounter();
  let cleanup: () => Promise<void>;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: String(options.seedDemo ?? true),
    JOBS_ENABLED: 'false',
    ...options.env,
  };
  const seeded = env.SEED_DEMO === 'true';
  const pgTemplate = seeded ? process.env[TEMPLATE_ENV.postgres] : undefined;
  const sqliteTemplate = seeded ? process.env[TEMPLATE_ENV.sqlite] : undefined;
  if (pgUrl && pgTemplate) {
    const copy = await copyPgTemplate(pgUrl, pgTemplate);
    env.DATABASE_URL = copy.url;
    cleanup = copy.drop;
  } else if (pgUrl) {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    Object.assign(env, { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema });
    cleanup = async () => {
      const c = new Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'tsifra-test-'));
    env.SQLITE_PATH = join(dir, 'test.sqlite');
    if (sqliteTemplate) copyFileSync(sqliteTemplate, env.SQLITE_PATH);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig(env, { webDist: options.webDist ?? join(tmpdir(), 'tsifra-no-web') });
  const server = await createServer(config, { ...options.serverOptions, sqlLogger: sql });
  const url = await server.listen(0, '127.0.0.1');
  // Tests block the event loop (bulk inserts on better-sqlite3) in the same process as the server; with Node's 5 s
  // keep-alive the server may close a socket just as fetch reuses it (ECONNRESET). Keep idle sockets longer here.
  server.httpServer.keepAliveTimeout = 120_000;

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };

  return {
    url,
    server,
    dialect: pgUrl ? 'postgres' : 'sqlite',
    sql,
    gql,
    async fetchRaw(body, contentType = 'application/json') {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
      return { status: res.status, body: await res.text() };
    },
    async login(email, password = DEMO_PASSWORD) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
          variables: { e: email, p: password },
        }),
      });
      const token = res.headers.get('x-session-token');
      if (!res.ok || !token) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
      return token;
    },
    async stop() {
      await server.stop();
      await cleanup();
    },
  };
}
