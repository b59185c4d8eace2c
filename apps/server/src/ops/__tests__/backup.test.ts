import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../../config/env';
import { loadConfig } from '../../config/env';
import { createServer } from '../../server';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { backupDatabase, restoreDatabase } from '../backup';
import { changedTables, databaseChecksum } from '../checksum';

/** The database a test server uses, as the backup tools see it. */
function databaseOf(t: TestServer): DatabaseConfig {
  const options = t.server.db.dataSource.options as { database?: string; url?: string; schema?: string };
  return t.dialect === 'sqlite'
    ? { kind: 'sqlite', path: options.database! }
    : { kind: 'postgres', url: options.url!, schema: options.schema };
}

describe('db:backup and db:restore', () => {
  let t: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'tsifra-backup-'));
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the server runs, and a restore brings back exactly the backed-up data', async () => {
    const query = (sql: string) => t.server.db.dataSource.query(sql);
    const before = await databaseChecksum(query, t.dialect);
    const database = databaseOf(t);
    const file = join(dir, t.dialect === 'sqlite' ? 'tsifra.sqlite' : 'tsifra.pgdump');
    const { bytes } = await backupDatabase(database, file);
    expect(bytes).toBeGreaterThan(10_000);

    // Change data after the backup: a new strategy, a goal, a session.
    const admin = await t.login('admin@tsifra.test');
    const created = await t.gql<{ createStrategy: { id: string; version: number } }>(
      'mutation { createStrategy(regionCode: "RU-MOW") { id version } }',
      undefined,
      admin,
    );
    expect(created.errors).toBeUndefined();
    const after = await databaseChecksum(query, t.dialect);
    expect(after.total).not.toBe(before.total);
    expect(changedTables(before, after)).toEqual(expect.arrayContaining(['strategies', 'sessions']));

    // The documented procedure: stop the server, restore, start it again.
    await t.server.stop();
    await restoreDatabase(database, file);
    const env: Record<string, string> = { NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    if (database.kind === 'sqlite') env.SQLITE_PATH = database.path;
    else Object.assign(env, { DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema });
    const restarted = await createServer(loadConfig(env, { webDist: join(dir, 'no-web') }));
    try {
      const restored = await databaseChecksum((sql) => restarted.db.dataSource.query(sql), t.dialect);
      expect(changedTables(before, restored)).toEqual([]);
      expect(restored.total).toBe(before.total);
      const url = await restarted.listen(0, '127.0.0.1');
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ region(code: \\"RU-MOW\\") { strategy { id } } }"}',
      });
      expect(((await res.json()) as { data: { region: { strategy: unknown } } }).data.region.strategy).toBeNull();
    } finally {
      await restarted.stop();
    }
  });

  it('refuses to restore from a missing file', async () => {
    await expect(restoreDatabase(databaseOf(t), join(dir, 'missing'))).rejects.toThrow(/No backup/);
  });
});
