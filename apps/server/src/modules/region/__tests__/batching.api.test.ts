import type { Horizon } from '@tsifra/domain/horizons';
import { randomUUID } from 'node:crypto';
import { GoalEntity } from '../../goal/goal.entity';
import { IndicatorValueEntity } from '../../goal/indicator-value.entity';
import { IndicatorEntity } from '../../goal/indicator.entity';
import { RegionEntity } from '../region.entity';
import { SectorEntity } from '../../sector/sector.entity';
import { StrategySectorEntity } from '../../strategy/strategy-sector.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { insertInChunks } from '../../../db/insert-in-chunks';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const NATIONAL_QUERY = `{
  regions { code name federalDistrict
    strategy { status sectors { code }
      goals(horizon: Y2030) { title sector { code }
        children { title horizon
          children { title horizon indicators { name targets { year value } } }
          indicators { name baselineValue targets { year value } actuals { year value } } } } } } }`;

/** Adds approved strategies (3 goals per level, 2 indicators each) to regions that have none. */
async function addApprovedStrategies(t: TestServer, regionCount: number): Promise<void> {
  await t.server.db.write(async (m) => {
    const taken = new Set((await m.getRepository(StrategyEntity).find()).map((s) => s.regionId));
    const regions = (await m.getRepository(RegionEntity).find()).filter((r) => !taken.has(r.id)).slice(0, regionCount);
    const sector = await m.getRepository(SectorEntity).findOneByOrFail({ code: 'healthcare' });
    const now = new Date();
    const goals: GoalEntity[] = [];
    const indicators: IndicatorEntity[] = [];
    const values: IndicatorValueEntity[] = [];
    for (const region of regions) {
      const strategyId = randomUUID();
      await m.getRepository(StrategyEntity).insert({
        id: strategyId,
        regionId: region.id,
        status: 'APPROVED',
        version: 1,
        revision: 1,
        deadline: '2021-09-01',
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await m
        .getRepository(StrategySectorEntity)
        .insert({ id: randomUUID(), strategyId, sectorId: sector.id, rationale: null, position: 0 });
      const add = (horizon: Horizon, parentId: string | null, position: number): string => {
        const id = randomUUID();
        goals.push({
          id,
          strategyId,
          sectorId: sector.id,
          parentId,
          horizon,
          title: `${horizon} goal ${position}`,
          description: null,
          position,
          createdAt: now,
          updatedAt: now,
        });
        for (let i = 0; i < 2; i++) {
          const indicatorId = randomUUID();
          indicators.push({
            id: indicatorId,
            goalId: id,
            strategyId,
            name: `indicator ${i}`,
            unit: '%',
            direction: 'INCREASE',
            baselineYear: 2020,
            baselineValue: 10,
            responsible: null,
            position: i,
          });
          for (const year of [2021, 2022, 2023, 2024])
            values.push({ id: randomUUID(), indicatorId, kind: 'TARGET', year, value: 10 + year - 2020 });
        }
        return id;
      };
      for (let a = 0; a < 3; a++) {
        const g2030 = add('Y2030', null, a);
        for (let b = 0; b < 3; b++) {
          const g2024 = add('Y2024', g2030, b);
          for (let c = 0; c < 3; c++) add('Y2021', g2024, c);
        }
      }
    }
    await insertInChunks(m, GoalEntity, goals);
    await insertInChunks(m, IndicatorEntity, indicators);
    await insertInChunks(m, IndicatorValueEntity, values);
  });
}

describe('the national nested query', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  async function run() {
    const { result, statements } = await t.sql.count(() =>
      t.gql<{ regions: { strategy: { goals: unknown[] } | null }[] }>(NATIONAL_QUERY),
    );
    expect(result.errors).toBeUndefined();
    const goals = JSON.stringify(result.data).split('"title"').length - 1;
    return { statements: statements.length, goals, strategies: result.data!.regions.filter((r) => r.strategy).length };
  }

  it('issues the same number of SQL statements whatever the number of regions and goals (batched, not per row)', async () => {
    const small = await run();
    await addApprovedStrategies(t, 10);
    const medium = await run();
    await addApprovedStrategies(t, 40);
    const large = await run();
    expect(medium.goals).toBeGreaterThan(small.goals);
    expect(large.goals).toBeGreaterThan(medium.goals * 3);
    expect(large.strategies).toBe(small.strategies + 50);
    expect(medium.statements).toBe(small.statements);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(12);
    // Recorded for the closing note.
    process.stdout.write(`statement counts: ${JSON.stringify({ small, medium, large })}\n`);
  });
});

describe('the naive resolver set (the benchmark reference, BENCH_NAIVE_RESOLVERS=true)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { BENCH_NAIVE_RESOLVERS: 'true' } });
  });
  afterAll(() => t.stop());

  it('answers the same data with a statement per parent row, so the benchmark compares against real N+1 work', async () => {
    const { result, statements } = await t.sql.count(() => t.gql<{ regions: unknown[] }>(NATIONAL_QUERY));
    expect(result.errors).toBeUndefined();
    const goals = JSON.stringify(result.data).split('"title"').length - 1;
    // The public sees approved content only (a submitted amendment's goals are hidden): still dozens of goals.
    expect(goals).toBeGreaterThan(30);
    // At least one statement per goal for its children or indicators, far above the batched 7.
    expect(statements.length).toBeGreaterThan(goals);
  });
});
