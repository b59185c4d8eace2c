import Sqlite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshSchema, gqlAt, httpJson, signIn, spawnServer, type HttpOutcome } from '../../testing/server-process';

/**
 * SIGTERM during a burst of writes, on a real process: readiness fails at once, requests in flight finish, the
 * process exits 0, and every write the server acknowledged is in the database. No request is cut off.
 * The client behaves like a balancer that polls readiness (every 50 ms): once it reads 503 it sends nothing new.
 * (Closing a listener resets connections still in the kernel's accept queue, so a single process cannot promise
 * anything to a client that keeps connecting after readiness failed; with PROCESSES=N the primary keeps the port.)
 */
const pgUrl = process.env.TEST_DATABASE_URL;
const CREATE = 'mutation($l: String!) { createApiToken(label: $l) { apiToken { id label } } }';

describe(`SIGTERM during a burst of writes (${pgUrl ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('finishes requests in flight, fails readiness first, exits 0 and loses no acknowledged write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsifra-sigterm-'));
    const pg = pgUrl ? await freshSchema(pgUrl) : undefined;
    try {
      const env: Record<string, string> = pg
        ? { DATABASE_URL: pgUrl!, DATABASE_SCHEMA: pg.schema }
        : { SQLITE_PATH: join(dir, 'db.sqlite') };
      // Draining with readiness failed (as for a balancer that polls it) for 5 s (a loaded machine slows the client's polling), then the listener closes once quiet.
      const server = await spawnServer({
        ...env,
        RATE_LIMIT_ENABLED: 'false',
        SHUTDOWN_DRAIN_DELAY_MS: '5000',
        SHUTDOWN_TIMEOUT_MS: '10000',
      });
      const token = await signIn(server.url, 'reviewer@tsifra.test');
      const outcomes: (HttpOutcome & { label: string })[] = [];
      let sigtermAt = 0;
      let ready: HttpOutcome | undefined;
      const writer = async (w: number) => {
        for (let i = 0; !ready; i++) {
          const label = `burst-${w}-${i}`;
          const sentAt = Date.now();
          const res = await gqlAt(server.url, CREATE, { l: label }, { authorization: `Bearer ${token}` });
          outcomes.push({ ...res, label, ms: sentAt });
        }
      };
      const poller = async () => {
        while (!ready) {
          const res = await httpJson(`${server.url}/health/ready`);
          if (res.status !== 200) ready = res;
          else await new Promise((r) => setTimeout(r, 50));
        }
      };
      const writers = Promise.all([0, 1, 2, 3, 4, 5].map(writer));
      const polling = poller();
      await new Promise((r) => setTimeout(r, 1500));
      sigtermAt = Date.now();
      server.child.kill('SIGTERM');
      await Promise.all([writers, polling]);
      const exitCode = await server.exited;

      expect(ready).toMatchObject({ status: 503, body: { status: 'draining' } });
      expect(exitCode).toBe(0);
      const acknowledged = outcomes.filter((o) => o.status === 200 && o.body?.data?.createApiToken);
      const afterSigterm = acknowledged.filter((o) => o.ms >= sigtermAt);
      const cutOff = outcomes.filter((o) => o.error);
      const failed = outcomes.filter((o) => o.status !== undefined && o.status !== 200);
      expect(cutOff).toEqual([]);
      expect(failed).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(6);
      const labels = pg
        ? (await pg.query(`SELECT label FROM {schema}.sessions WHERE kind = 'token'`)).map((r) => r.label)
        : (() => {
            const db = new Sqlite(join(dir, 'db.sqlite'), { readonly: true });
            const rows = db.prepare(`SELECT label FROM sessions WHERE kind = 'token'`).all() as { label: string }[];
            db.close();
            return rows.map((r) => r.label);
          })();
      const stored = new Set(labels);
      expect(acknowledged.filter((o) => !stored.has(o.label))).toEqual([]);
      process.stdout.write(
        `SIGTERM (${pg ? 'PostgreSQL' : 'SQLite'}): ${outcomes.length} requests, ${acknowledged.length} acknowledged writes all present ` +
          `(${afterSigterm.length} of them sent after SIGTERM, before readiness was seen failing), 0 cut off, exit ${exitCode}\n`,
      );
    } finally {
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
