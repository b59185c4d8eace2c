import type { Horizon } from '@tsifra/domain/horizons';
import { randomUUID } from 'node:crypto';
import { GoalEntity } from '../../goal/goal.entity';
import { IndicatorValueEntity } from '../../goal/indicator-value.entity';
import { IndicatorEntity } from '../../goal/indicator.entity';
import { InitiativeBudgetEntity } from '../../initiative/initiative-budget.entity';
import { InitiativeEntity } from '../../initiative/initiative.entity';
import { RegionEntity } from '../../region/region.entity';
import { SectorEntity } from '../../sector/sector.entity';
import { StrategySectorEntity } from '../strategy-sector.entity';
import { StrategyEntity } from '../strategy.entity';
import { insertInChunks } from '../../../db/insert-in-chunks';
import { startTestServer, type TestServer } from '../../../testing/test-server';

/** Everything the editor shows for one strategy in one request. */
const EDITOR_QUERY = `query($id: ID!) { strategy(id: $id) { id version status contentVisible availableTransitions
  sectorChoices { sector { code name } rationale position }
  completeness { rule sectorCode horizon goalId indicatorIndex }
  goals { ...G children { ...G children { ...G } } } } }
fragment G on Goal { id horizon title description position sector { code } parent { id }
  indicators { id name unit direction baselineYear baselineValue responsible targets { year value } actuals { year value } }
  initiatives { id title kind templateCode startDate endDate responsible position budgets { year source amount } } }`;

interface Size {
  sectors: number;
  perLevel: number;
}

/** A draft strategy for a region without one: per sector, perLevel 2030 goals, each with perLevel 2024 goals, each with perLevel 2021 tasks. */
async function buildStrategy(
  t: TestServer,
  regionCode: string,
  size: Size,
): Promise<{ id: string; goals: number; indicators: number; initiatives: number }> {
  return t.server.db.write(async (m) => {
    const region = await m.getRepository(RegionEntity).findOneByOrFail({ code: regionCode });
    const sectors = (await m.getRepository(SectorEntity).find({ order: { position: 'ASC' } })).slice(0, size.sectors);
    const now = new Date();
    const id = randomUUID();
    await m.getRepository(StrategyEntity).insert({
      id,
      regionId: region.id,
      status: 'DRAFT',
      version: 1,
      revision: 0,
      deadline: '2021-09-01',
      submittedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await m.getRepository(StrategySectorEntity).insert(
      sectors.map((s, position) => ({
        id: randomUUID(),
        strategyId: id,
        sectorId: s.id,
        rationale: `Обоснование ${s.code}`,
        position,
      })),
    );
    const goals: GoalEntity[] = [];
    const indicators: IndicatorEntity[] = [];
    const values: IndicatorValueEntity[] = [];
    const initiatives: InitiativeEntity[] = [];
    const budgets: InitiativeBudgetEntity[] = [];
    const add = (sectorId: string, horizon: Horizon, parentId: string | null, position: number): string => {
      const goalId = randomUUID();
      goals.push({
        id: goalId,
        strategyId: id,
        sectorId,
        parentId,
        horizon,
        title: `${horizon} цель ${position}`,
        description: 'Описание',
        position,
        createdAt: now,
        updatedAt: now,
      });
      if (horizon === 'Y2030') return goalId;
      const year = horizon === 'Y2024' ? 2024 : 2021;
      for (let i = 0; i < 2; i++) {
        const indicatorId = randomUUID();
        indicators.push({
          id: indicatorId,
          goalId,
          strategyId: id,
          name: `Показатель ${i}`,
          unit: '%',
          direction: 'INCREASE',
          baselineYear: 2020,
          baselineValue: 10,
          responsible: 'Минцифры области',
          position: i,
        });
        for (const y of new Set([2021, 2022, year]))
          if (y <= year) values.push({ id: randomUUID(), indicatorId, kind: 'TARGET', year: y, value: 10 + y - 2020 });
      }
      if (horizon === 'Y2024') {
        const initiativeId = randomUUID();
        initiatives.push({
          id: initiativeId,
          goalId,
          strategyId: id,
          title: 'Проект',
          kind: 'REGIONAL',
          templateCode: null,
          startDate: '2021-01-01',
          endDate: '2024-12-31',
          responsible: null,
          position: 0,
        });
        budgets.push(
          { id: randomUUID(), initiativeId, year: 2021, source: 'REGIONAL', amount: 5 },
          { id: randomUUID(), initiativeId, year: 2022, source: 'FEDERAL', amount: 7.5 },
        );
      }
      return goalId;
    };
    for (const sector of sectors) {
      for (let a = 0; a < size.perLevel; a++) {
        const g2030 = add(sector.id, 'Y2030', null, a);
        for (let b = 0; b < size.perLevel; b++) {
          const g2024 = add(sector.id, 'Y2024', g2030, b);
          for (let c = 0; c < size.perLevel; c++) add(sector.id, 'Y2021', g2024, c);
        }
      }
    }
    await insertInChunks(m, GoalEntity, goals);
    await insertInChunks(m, IndicatorEntity, indicators);
    await insertInChunks(m, IndicatorValueEntity, values);
    await insertInChunks(m, InitiativeEntity, initiatives);
    await insertInChunks(m, InitiativeBudgetEntity, budgets);
    return { id, goals: goals.length, indicators: indicators.length, initiatives: initiatives.length };
  });
}

describe('a large strategy in the editor', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login('admin@tsifra.test');
  });
  afterAll(() => t.stop());

  async function read(id: string) {
    const started = performance.now();
    const { result, statements } = await t.sql.count(() => t.gql<{ strategy: any }>(EDITOR_QUERY, { id }, admin));
    const ms = Math.round(performance.now() - started);
    if (process.env.DEBUG_SQL) process.stdout.write(statements.map((q) => q.slice(0, 110)).join('\n') + '\n---\n');
    expect(result.errors).toBeUndefined();
    const s = result.data!.strategy;
    const goals = s.goals.flatMap((g: any) => [g, ...g.children.flatMap((c: any) => [c, ...c.children])]);
    return {
      statements: statements.length,
      ms,
      goals: goals.length,
      indicators: goals.reduce((n: number, g: any) => n + g.indicators.length, 0),
      completeness: s.completeness.length,
      transitions: s.availableTransitions,
    };
  }

  it('reads a 300+ goal, 600+ indicator strategy whole in the same constant number of SQL statements as a tiny one', async () => {
    const tiny = await buildStrategy(t, 'RU-MOW', { sectors: 1, perLevel: 1 });
    const large = await buildStrategy(t, 'RU-SPE', { sectors: 5, perLevel: 4 });
    expect(large.goals).toBeGreaterThanOrEqual(300);
    expect(large.indicators).toBeGreaterThanOrEqual(600);

    const small = await read(tiny.id);
    const big = await read(large.id);
    expect(small).toMatchObject({
      goals: tiny.goals,
      indicators: tiny.indicators,
      completeness: 0,
      transitions: ['SUBMITTED'],
    });
    expect(big).toMatchObject({
      goals: large.goals,
      indicators: large.indicators,
      completeness: 0,
      transitions: ['SUBMITTED'],
    });
    expect(big.statements).toBe(small.statements);
    expect(big.statements).toBeLessThanOrEqual(12);
    // Recorded for the closing note.
    process.stdout.write(`large strategy: ${JSON.stringify({ size: large, small, big })}\n`);
  });
});
