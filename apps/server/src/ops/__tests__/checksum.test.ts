import { ExecutionSettingEntity } from '../../modules/execution/execution-setting.entity';
import { RegionEntity } from '../../modules/region/region.entity';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { changedTables, databaseChecksum } from '../checksum';

/**
 * The checksum behind "a refusal changes nothing" (authorization matrix, hostile input): both modes — sorted (copies
 * compare equal) and same-database (no sort) — are stable while nothing changes and see any changed, added or
 * removed row.
 */
describe('database checksum', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
  });

  it.each([false, true])(
    'sameDatabase=%s: stable without writes, and sees an update, an insert and a delete',
    async (sameDatabase) => {
      const q = (sql: string) => t.server.db.dataSource.query(sql);
      const sum = () => databaseChecksum(q, t.dialect, { sameDatabase });
      const base = await sum();
      expect((await sum()).total).toBe(base.total);
      expect(base.tables.regions!.rows).toBe(85);

      const region = (
        await t.server.db.dataSource.getRepository(RegionEntity).find({ order: { code: 'ASC' }, take: 1 })
      )[0]!;
      const rename = (name: string) =>
        t.server.db.write((m) => m.getRepository(RegionEntity).update({ id: region.id }, { name }));
      await rename(`${region.name} (changed)`);
      const updated = await sum();
      expect(changedTables(base, updated)).toEqual(['regions']);
      await rename(region.name);
      // Restored to the same values: equal again (on PostgreSQL the row moved in the heap; the hash has no order).
      expect((await sum()).total).toBe(base.total);

      const settings = t.server.db.dataSource.getRepository(ExecutionSettingEntity);
      const count = await settings.count();
      await t.server.db.write((m) =>
        m.getRepository(ExecutionSettingEntity).insert({ key: 'checksum.test', value: '1', updatedAt: new Date() }),
      );
      const inserted = await sum();
      expect(changedTables(base, inserted)).toEqual(['execution_settings']);
      expect(inserted.tables.execution_settings!.rows).toBe(count + 1);
      await t.server.db.write((m) => m.getRepository(ExecutionSettingEntity).delete({ key: 'checksum.test' }));
      expect((await sum()).total).toBe(base.total);
    },
  );
});
