import { startTestServer, type TestServer } from '../../testing/test-server';

describe('the migration history', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: false });
  });
  afterAll(() => t.stop());

  it('produces exactly the schema the entities describe (nothing left for the schema builder to change)', async () => {
    const pending = await t.server.db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('is recorded as applied, so a restart runs nothing', async () => {
    expect(await t.server.db.dataSource.showMigrations()).toBe(false);
  });

  it('can be rolled back and re-applied', async () => {
    const ds = t.server.db.dataSource;
    await ds.undoLastMigration({ transaction: 'each' });
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations({ transaction: 'each' });
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toHaveLength(0);
  });
});
