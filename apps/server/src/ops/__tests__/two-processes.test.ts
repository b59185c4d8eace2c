import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshSchema, gqlAt, signIn, spawnServer, type ServerProcess } from '../../testing/server-process';

/**
 * Two real server processes (`node dist/main.js`) on one PostgreSQL schema: nothing that matters is held per process.
 * Client addresses are set with X-Forwarded-For (the server trusts its loopback proxy), one per check.
 */
const pgUrl = process.env.TEST_DATABASE_URL;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

(pgUrl ? describe : describe.skip)('two server processes on one PostgreSQL database', () => {
  let db: Awaited<ReturnType<typeof freshSchema>>;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    db = await freshSchema(pgUrl!);
    const env = {
      DATABASE_URL: pgUrl!,
      DATABASE_SCHEMA: db.schema,
      RATE_LIMIT_IP_PER_MINUTE: '16',
      JOBS_TICK_MS: '200',
    };
    // Started together: one migrates and seeds under the startup lock, the other waits for it.
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 240_000);
  afterAll(async () => {
    for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    await db?.drop();
  });

  it('accepts on one process a session made on the other', async () => {
    const token = await signIn(a.url, 'editor.bel@tsifra.test');
    const me = await gqlAt(b.url, '{ me { email } }', undefined, {
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '198.51.100.1',
    });
    expect(me.body.data.me.email).toBe('editor.bel@tsifra.test');
  });

  it('reads on one process a write made on the other', async () => {
    const token = await signIn(a.url, 'reviewer@tsifra.test');
    const auth = { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.2' };
    const created = await gqlAt(
      a.url,
      'mutation { createApiToken(label: "written on A") { apiToken { id } } }',
      undefined,
      auth,
    );
    const id = created.body.data.createApiToken.apiToken.id;
    const read = await gqlAt(b.url, '{ apiTokens { id label } }', undefined, auth);
    expect(JSON.stringify(read.body)).toContain(id);
  });

  it('refuses the 11th failed sign-in for one e-mail whichever process receives it', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await gqlAt(
        i % 2 ? b.url : a.url,
        LOGIN,
        { e: 'admin@tsifra.test', p: `wrong-${i}` },
        { 'x-forwarded-for': '198.51.100.3' },
      );
      codes.push(res.body.errors[0].extensions.code);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // Even the right password is refused now, on either process.
    const right = await gqlAt(
      a.url,
      LOGIN,
      { e: 'admin@tsifra.test', p: 'demo-password' },
      { 'x-forwarded-for': '198.51.100.3' },
    );
    expect(right.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('counts one address’s requests on both processes against one per-IP limit (16 a minute here)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push(
        (await gqlAt(i % 2 ? b.url : a.url, '{ __typename }', undefined, { 'x-forwarded-for': '198.51.100.4' }))
          .status!,
      );
    expect(statuses.slice(0, 16)).toEqual(Array(16).fill(200));
    expect(statuses.slice(16)).toEqual([429, 429, 429, 429]);
  });

  it('runs a scheduled job due once in one process only', async () => {
    // Both processes look for due jobs every 200 ms; the hourly purge is due once at start.
    await new Promise((r) => setTimeout(r, 2000));
    const rows = await db.query(
      `SELECT name, run_count, last_finished_at, last_error FROM {schema}.job_runs WHERE name = 'housekeeping.purge-expired'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].run_count).toBe(1);
    expect(rows[0].last_finished_at).not.toBeNull();
    expect(rows[0].last_error).toBeNull();
  });
});

describe('asking for several processes on SQLite', () => {
  it('is refused at start with a message that says why and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsifra-proc-'));
    try {
      const p = await spawnServer({ SQLITE_PATH: join(dir, 'x.sqlite'), PROCESSES: '2' }, { waitForUrl: false });
      expect(await p.exited).toBe(1);
      expect(p.output()).toMatch(/PROCESSES=2 needs PostgreSQL \(set DATABASE_URL\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

(pgUrl ? describe : describe.skip)('PROCESSES=2 (Node cluster on one port)', () => {
  it('starts two workers on one port, serves, and stops them all gracefully on SIGTERM with exit 0', async () => {
    const db = await freshSchema(pgUrl!);
    try {
      const p = await spawnServer({
        DATABASE_URL: pgUrl!,
        DATABASE_SCHEMA: db.schema,
        PROCESSES: '2',
        LOG_LEVEL: 'info',
      });
      for (let waited = 0; !/2 workers listening/.test(p.output()) && waited < 60_000; waited += 200)
        await new Promise((r) => setTimeout(r, 200));
      expect(p.output()).toMatch(/2 workers listening/);
      expect(p.output()).toMatch(/Database: PostgreSQL, 2 processes/);
      // Each request on its own connection: the primary hands connections to both workers in turn.
      const pids = new Set<number>();
      for (let i = 0; i < 6; i++) {
        const res = await gqlAt(p.url, '{ __typename }');
        expect(res.status).toBe(200);
      }
      const lines = p
        .output()
        .split('\n')
        .filter((l) => l.includes('"url":"/graphql"'));
      for (const line of lines) pids.add(JSON.parse(line).pid);
      expect(pids.size).toBe(2);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.output()).toMatch(/SIGTERM: stopping 2 workers gracefully/);
    } finally {
      await db.drop();
    }
  }, 240_000);
});
