// Shared by the reliability scripts: start the production build on a throwaway database, talk GraphQL, add editors.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(serverRoot, 'package.json'));
export const DEMO_PASSWORD = 'demo-password';
export const DEFAULT_PG = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh database: a SQLite file in a temp folder, or a new schema on the PostgreSQL server. */
export async function freshDatabase(kind, pgUrl = DEFAULT_PG) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tsifra-reliability-'));
    const path = join(dir, 'tsifra.sqlite');
    return {
      kind,
      env: { SQLITE_PATH: path },
      path,
      async query(sql, params = []) {
        const Sqlite = require('better-sqlite3');
        const db = new Sqlite(path);
        db.pragma('busy_timeout = 10000');
        try {
          const statement = db.prepare(sql.replace(/\$\d+/g, '?'));
          return statement.reader ? statement.all(...params) : (statement.run(...params), []);
        } finally {
          db.close();
        }
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { Client } = require('pg');
  const schema = `rel_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const withClient = async (work) => {
    const client = new Client({ connectionString: pgUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await withClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  return {
    kind,
    env: { DATABASE_URL: pgUrl, DATABASE_SCHEMA: schema },
    schema,
    async query(sql, params = []) {
      return withClient(async (c) => {
        await c.query(`SET search_path TO ${schema}`);
        return (await c.query(sql, params)).rows;
      });
    },
    async drop() {
      await withClient((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

/** Starts `node dist/main.js` (the production build) on the database; resolves once it prints its URL. */
export async function startServer(db, extraEnv = {}) {
  const main = join(serverRoot, 'dist', 'main.js');
  const child = spawn(process.execPath, [main], {
    cwd: serverRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
      RATE_LIMIT_ENABLED: 'false',
      WEB_DIST: join(tmpdir(), 'tsifra-no-web'),
      ...db.env,
      ...extraEnv,
    },
  });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /Tsifra is running: (http:\/\/[^/\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before starting:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return {
    url,
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill9() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** A GraphQL client for one base URL. Resolves to { status, data, errors, ms }; never throws on HTTP errors. */
export function client(url, token) {
  return async function gql(query, variables) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }] };
    }
    return {
      status: res.status,
      data: body.data,
      errors: body.errors,
      ms: performance.now() - started,
      headers: res.headers,
    };
  };
}

export async function login(url, email, password = DEMO_PASSWORD) {
  const res = await client(url)('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: password,
  });
  const token = res.headers.get('x-session-token');
  if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return token;
}

/**
 * Regional editors for `count` regions that have no demo strategy, added straight to the database (same password
 * hash as the demo editor). Returns [{ email, regionCode }].
 */
export async function addEditors(db, url, count) {
  const regions = (await client(url)('{ regions { code strategy { id } } }')).data.regions
    .filter((r) => !r.strategy)
    .slice(0, count);
  const editors = [];
  for (const region of regions) {
    const email = `soak.${region.code.toLowerCase()}@tsifra.test`;
    const p = db.kind === 'sqlite' ? (i) => '?' : (i) => `$${i}`;
    await db.query(
      `INSERT INTO users (id, email, name, role, region_id, password_hash, active, created_at)
       SELECT ${p(1)}, ${p(2)}, ${p(3)}, role, (SELECT id FROM regions WHERE code = ${p(4)}), password_hash, active, created_at
       FROM users WHERE email = 'editor.bel@tsifra.test'`,
      [randomUUID(), email, `Soak editor ${region.code}`, region.code],
    );
    editors.push({ email, regionCode: region.code });
  }
  return editors;
}

export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Parses --name value flags. */
export function flags(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const value = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    out[m[1]] = typeof defaults[m[1]] === 'number' ? Number(value) : value;
  }
  return out;
}
