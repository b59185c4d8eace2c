import { randomUUID } from 'node:crypto';
import { addDays } from '@tsifra/domain/period';
import { insertInChunks } from '../../../db/insert-in-chunks';
import { RegionEntity } from '../../region/region.entity';
import { MszuServiceEntity, MszuStatusStepEntity } from '../mszu.entities';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const DASHBOARD = `query($p: String!) {
  mszuDashboard(period: $p) { period connected total standing share region { code name tile { row col } } queues { queue connected total onTime overdue } }
  mszuNational(period: $p) { share federalWeight regionalWeight federalShare regionalShare leaders laggards }
  regions { code mszu(period: $p) { connected total } } }`;

/** Adds seven more months of history (2023-01 … 2023-07): a step back and forth for every region × service. */
async function addMonths(t: TestServer): Promise<number> {
  const regions = await t.server.db.dataSource.getRepository(RegionEntity).find();
  const services = await t.server.db.dataSource.getRepository(MszuServiceEntity).find();
  const rows: MszuStatusStepEntity[] = [];
  regions.forEach((r, i) =>
    services.forEach((s, j) => {
      const on = addDays('2023-01-02', (i * 7 + j * 3) % 200);
      rows.push({
        id: randomUUID(),
        regionId: r.id,
        serviceId: s.id,
        step: (i + j) % 3 ? 'IN_OPERATION' : 'CONNECTED',
        effectiveOn: on,
        seq: 100,
        reason: null,
        supersededById: null,
        recordedById: null,
        recordedAt: new Date('2023-08-01T00:00:00Z'),
      });
    }),
  );
  await t.server.db.write((m) => insertInChunks(m, MszuStatusStepEntity, rows, 400));
  return rows.length;
}

describe('the МСЗУ dashboard read', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('costs the same number of SQL statements for 17 and 24 months of history of 85 regions × 101 services', async () => {
    const run = async (period: string) => {
      const { result, statements } = await t.sql.count(() =>
        t.gql<{ mszuDashboard: { connected: number }[] }>(DASHBOARD, { p: period }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.mszuDashboard).toHaveLength(85);
      return {
        statements: statements.length,
        connected: result.data!.mszuDashboard.reduce((a, r) => a + r.connected, 0),
      };
    };
    const entries = async () =>
      Number((await t.server.db.dataSource.query('SELECT COUNT(*) AS n FROM mszu_status_steps'))[0].n);
    const small = { ...(await run('2022-12')), entries: await entries() };
    await addMonths(t);
    const large = { ...(await run('2023-07')), entries: await entries() };
    expect(large.entries).toBeGreaterThan(small.entries + 8000);
    expect(large.connected).toBe(85 * 101);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(12);
    process.stdout.write(`mszu dashboard statement counts: ${JSON.stringify({ small, large })}\n`);
  });
});
