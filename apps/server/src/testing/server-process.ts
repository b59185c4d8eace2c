import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Real server processes for the scale tests (several processes, SIGTERM, database faults): `node dist/main.js`,
 * so run the server build first (`pnpm --filter @tsifra/server build`).
 */
export const MAIN_JS = join(__dirname, '..', '..', 'dist', 'main.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

export function spawnServer(
  env: Record<string, string>,
  options: { waitForUrl?: boolean } = {},
): Promise<ServerProcess> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run \`pnpm --filter @tsifra/server build\` first.`);
  const child = spawn(process.execPath, [MAIN_JS], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    // Generous: on the shared 2-core machine a start (migrations, seed) can take a minute or more under load.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 150 s:\n${out}`));
    }, 150_000);
    const onData = () => {
      const found = /Tsifra is running: (http:\/\/[^/\s]+)\//.exec(out)?.[1];
      if (!found) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({ url: found, child, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      if (options.waitForUrl === false) resolve({ url: '', child, output: () => out, exited });
      else reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}

export interface HttpOutcome {
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
  body?: any;
  /** A network error: ECONNREFUSED (never accepted) or ECONNRESET / socket hang up (cut off). */
  error?: string;
  ms: number;
}

/** One request on its own connection (no keep-alive), so a refused connection and a cut-off one are told apart. */
export function httpJson(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      url,
      {
        method: options.method ?? (payload ? 'POST' : 'GET'),
        agent: false,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode, headers: res.headers, body, ms: Date.now() - started });
        });
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({ error: e.code ?? e.message, ms: Date.now() - started }),
        );
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message, ms: Date.now() - started }));
    req.end(payload);
  });
}

export function gqlAt(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<HttpOutcome> {
  return httpJson(`${url}/graphql`, { body: { query, variables }, headers });
}

export async function signIn(url: string, email: string, password = 'demo-password'): Promise<string> {
  const res = await gqlAt(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: password,
  });
  const token = res.headers?.['x-session-token'];
  if (typeof token !== 'string') throw new Error(`sign-in failed: ${JSON.stringify(res)}`);
  return token;
}

/** A fresh schema on the test PostgreSQL server, dropped by `drop()`. */
export async function freshSchema(pgUrl: string): Promise<{
  schema: string;
  query: (sql: string, params?: unknown[]) => Promise<any[]>;
  drop(): Promise<void>;
  close(): Promise<void>;
}> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  return {
    schema,
    query: async (sql, params) => (await client.query(sql.replaceAll('{schema}', schema), params as unknown[])).rows,
    async drop() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
    /** Closes the connection and leaves the schema (a throwaway database). */
    close: () => client.end(),
  };
}
