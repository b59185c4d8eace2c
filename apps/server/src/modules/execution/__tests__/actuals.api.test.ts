import { randomUUID } from 'node:crypto';
import { GoalEntity } from '../../goal/goal.entity';
import { IndicatorValueEntity } from '../../goal/indicator-value.entity';
import { IndicatorEntity } from '../../goal/indicator.entity';
import { RegionEntity } from '../../region/region.entity';
import { SectorEntity } from '../../sector/sector.entity';
import { StrategySectorEntity } from '../../strategy/strategy-sector.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { IndicatorActualEntity } from '../indicator-actual.entity';
import { insertInChunks } from '../../../db/insert-in-chunks';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const REPORT = `mutation($id: ID!, $y: Int!, $v: Float!, $n: String, $e: Int) {
  reportActual(indicatorId: $id, year: $y, value: $v, note: $n, expectedVersion: $e) { id actuals { year value } actualHistory { year value version current note reportedByName supersededAt onTime daysLate dueDate } progress(year: $y) { status achievement confidence rulesVersion } } }`;

const OVERVIEW = `query($y: Int!) { progressOverview(year: $y) { region { code federalDistrict } strategy { id status } progress { status achievement confidence }
  sectors { sector { code } progress { status achievement confidence } } } }`;

/** Adds approved strategies (one sector, 4 goals, 2 indicators each, actuals for 2021–2023) to regions that have none. */
async function addApprovedStrategies(t: TestServer, regionCount: number): Promise<void> {
  await t.server.db.write(async (m) => {
    const taken = new Set((await m.getRepository(StrategyEntity).find()).map((s) => s.regionId));
    const regions = (await m.getRepository(RegionEntity).find()).filter((r) => !taken.has(r.id)).slice(0, regionCount);
    const sector = await m.getRepository(SectorEntity).findOneByOrFail({ code: 'healthcare' });
    const now = new Date();
    const goals: GoalEntity[] = [];
    const indicators: IndicatorEntity[] = [];
    const values: IndicatorValueEntity[] = [];
    const actuals: IndicatorActualEntity[] = [];
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
      for (let g = 0; g < 4; g++) {
        const goalId = randomUUID();
        goals.push({
          id: goalId,
          strategyId,
          sectorId: sector.id,
          parentId: null,
          horizon: 'Y2030',
          title: `goal ${g}`,
          description: null,
          position: g,
          createdAt: now,
          updatedAt: now,
        });
        for (let i = 0; i < 2; i++) {
          const indicatorId = randomUUID();
          indicators.push({
            id: indicatorId,
            goalId,
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
          for (const year of [2021, 2022, 2023])
            actuals.push({
              id: randomUUID(),
              lineageId: indicatorId,
              indicatorId,
              year,
              value: 10 + (year - 2020) * 0.8,
              version: 1,
              note: null,
              source: null,
              reportedById: null,
              reportedAt: now,
              supersededAt: null,
            });
        }
      }
    }
    await insertInChunks(m, GoalEntity, goals);
    await insertInChunks(m, IndicatorEntity, indicators);
    await insertInChunks(m, IndicatorValueEntity, values);
    await insertInChunks(m, IndicatorActualEntity, actuals);
  });
}

describe('reported actuals and progress', () => {
  let t: TestServer;
  let tul: string;
  let bel: string;
  let reviewer: string;
  let admin: string;
  /** A percentage indicator of RU-TUL's approved strategy. */
  let indicatorId: string;
  let unit: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2022-03-01' } });
    [tul, bel, reviewer, admin] = (await Promise.all(
      ['editor.tul@tsifra.test', 'editor.bel@tsifra.test', 'reviewer@tsifra.test', 'admin@tsifra.test'].map((e) =>
        t.login(e),
      ),
    )) as [string, string, string, string];
    const ds = t.server.db.dataSource;
    const region = await ds.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-TUL' });
    const strategy = await ds.getRepository(StrategyEntity).findOneByOrFail({ regionId: region.id });
    const inds = await ds
      .getRepository(IndicatorEntity)
      .find({ where: { strategyId: strategy.id }, order: { id: 'ASC' } });
    const pick = inds.find((i) => i.unit === '%') ?? inds[0]!;
    indicatorId = pick.id;
    unit = pick.unit;
  });
  afterAll(() => t.stop());

  const actualRows = () => t.server.db.dataSource.getRepository(IndicatorActualEntity).count();

  it("lets the region's editor report an actual, and reads it back as the current value with its history", async () => {
    const res = await t.gql(REPORT, { id: indicatorId, y: 2024, v: 55, n: 'по данным Росстата' }, tul);
    expect(res.errors).toBeUndefined();
    const ind = res.data.reportActual;
    expect(ind.actuals).toContainEqual({ year: 2024, value: 55 });
    expect(ind.actualHistory.filter((h: any) => h.year === 2024)).toEqual([
      expect.objectContaining({
        value: 55,
        version: 1,
        current: true,
        note: 'по данным Росстата',
        supersededAt: null,
        dueDate: '2025-02-01',
        onTime: true,
        daysLate: 0,
      }),
    ]);
    expect(ind.actualHistory.find((h: any) => h.year === 2024).reportedByName).toBeTruthy();
    expect(ind.progress.rulesVersion).toMatch(/^progress-rules-1\//);
    expect(ind.progress.confidence).toBe(1);
  });

  it('keeps the earlier value in the history when corrected, with who and when', async () => {
    const res = await t.gql(REPORT, { id: indicatorId, y: 2024, v: 57, e: 1 }, admin);
    expect(res.errors).toBeUndefined();
    const h = res.data.reportActual.actualHistory.filter((x: any) => x.year === 2024);
    expect(h.map((x: any) => [x.version, x.value, x.current])).toEqual([
      [2, 57, true],
      [1, 55, false],
    ]);
    expect(h[1].supersededAt).toBeTruthy();
    expect(res.data.reportActual.actuals).toContainEqual({ year: 2024, value: 57 });
  });

  it('refuses a stale correction with CONFLICT and changes nothing', async () => {
    const before = await actualRows();
    const res = await t.gql(REPORT, { id: indicatorId, y: 2024, v: 99, e: 1 }, tul);
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await actualRows()).toBe(before);
    const read = await t.gql(`query($id: ID!) { strategy(id: $id) { id } }`, { id: 'x' });
    expect(read.errors).toBeUndefined();
  });

  it.each([
    ['a year after 2030', { y: 2031, v: 50 }, 'year', 'actual_year_after_last'],
    ['a year before the baseline', { y: 2000, v: 50 }, 'year', 'actual_year_before_baseline'],
  ])('refuses %s with a field error', async (_name, vars, field, rule) => {
    const res = await t.gql(REPORT, { id: indicatorId, ...vars }, tul);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((res.errors?.[0]?.extensions?.details as any[])[0].rule).toBe(rule);
  });

  it('refuses a percentage outside 0–100', async () => {
    if (unit !== '%') return;
    const res = await t.gql(REPORT, { id: indicatorId, y: 2023, v: 100.5 }, tul);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
  });

  it('refuses another region’s editor, a reviewer and an anonymous caller', async () => {
    const before = await actualRows();
    for (const [token, code] of [
      [bel, 'FORBIDDEN'],
      [reviewer, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const res = await t.gql(REPORT, { id: indicatorId, y: 2023, v: 60 }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await actualRows()).toBe(before);
  });

  it('refuses actuals on a strategy that is not approved', async () => {
    const ds = t.server.db.dataSource;
    const region = await ds.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' });
    const strategy = await ds.getRepository(StrategyEntity).findOneByOrFail({ regionId: region.id });
    const ind = await ds.getRepository(IndicatorEntity).findOneByOrFail({ strategyId: strategy.id });
    const res = await t.gql(REPORT, { id: ind.id, y: 2021, v: 1 }, bel);
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('shows progress of an approved strategy to anyone, per sector and per goal', async () => {
    const res = await t.gql(
      `query { region(code: "RU-TUL") { strategy { progress(year: 2022) { status achievement confidence leaves withActual }
        sectorProgress(year: 2022) { sector { code } progress { status } } actualsDueDate(year: 2022)
        goals { progress(year: 2022) { status confidence } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const s = res.data.region.strategy;
    expect(s.progress.withActual).toBeGreaterThanOrEqual(1);
    expect(s.progress.leaves).toBeGreaterThan(s.progress.withActual - 1);
    expect(s.progress.status).not.toBe('NO_DATA');
    expect(s.sectorProgress.length).toBeGreaterThan(0);
    expect(s.actualsDueDate).toBe('2023-02-01');
    expect(s.goals.length).toBeGreaterThan(0);
  });

  it('reads the federal progress view in the same number of statements at two data sizes', async () => {
    const run = async () => {
      const { result, statements } = await t.sql.count(() => t.gql<any>(OVERVIEW, { y: 2022 }));
      expect(result.errors).toBeUndefined();
      return { rows: result.data!.progressOverview as any[], statements: statements.length };
    };
    await addApprovedStrategies(t, 5);
    const small = await run();
    await addApprovedStrategies(t, 40);
    const large = await run();
    expect(small.rows).toHaveLength(85);
    const withStrategy = (rows: any[]) => rows.filter((r) => r.strategy).length;
    expect(withStrategy(large.rows) - withStrategy(small.rows)).toBe(40);
    // Generated actuals reach 80 % of plan: AT_RISK, from the inputs.
    expect(large.rows.filter((r) => r.progress.status === 'AT_RISK').length).toBeGreaterThanOrEqual(45);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(10);
  });
});
