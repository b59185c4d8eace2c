import { GoalEntity } from '../../../goal/goal.entity';
import { GostechPlanEntity } from '../../../gostech/gostech-plan.entity';
import { InitiativeEntity } from '../../../initiative/initiative.entity';
import { RegionEntity } from '../../../region/region.entity';
import { SectorEntity } from '../../../sector/sector.entity';
import { StrategyEntity } from '../../../strategy/strategy.entity';
import { UserEntity } from '../../../user/user.entity';
import { randomUUID } from 'node:crypto';
import { ACTORS, Fixture } from './kinds';
import type { TestServer } from '../../../../testing/test-server';

/** Parks a region's row (strategy or plan) on a spare region for one case, so the region has none; puts it back after. */
export async function parkOnSpareRegion(
  f: Fixture,
  entity: typeof StrategyEntity | typeof GostechPlanEntity,
  id: string,
): Promise<() => Promise<void>> {
  const db = f.t.server.db;
  const [bel, spare] = await Promise.all(
    ['RU-BEL', 'RU-CHU'].map((code) => db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code })),
  );
  await db.write((m) => m.getRepository(entity).update({ id }, { regionId: spare!.id }));
  return () =>
    db.write(async (m) => {
      await m.getRepository(entity).delete({ regionId: bel!.id });
      await m.getRepository(entity).update({ id }, { regionId: bel!.id });
    });
}

export const systemInput = (n: number) => ({
  name: `Система из матрицы ${n}`,
  operator: 'Министерство цифрового развития области',
});

/** Signs in every caller and builds the helpers the rows use; RU-BEL is submitted once (remarks need a revision). */
export async function buildFixture(t: TestServer): Promise<Fixture> {
  const logins = await Promise.all(
    ['editor.bel@tsifra.test', 'editor.tul@tsifra.test', 'reviewer@tsifra.test', 'admin@tsifra.test'].map((e) =>
      t.login(e),
    ),
  );
  const tokens = Object.fromEntries(
    ACTORS.map((a, i) => [a, i === 0 ? undefined : logins[i - 1]]),
  ) as Fixture['tokens'];
  const idOf = async (code: string) =>
    (
      await t.gql<{ region: { strategy: { id: string } } }>(
        'query($c: String!) { region(code: $c) { strategy { id } } }',
        { c: code },
        tokens.admin,
      )
    ).data!.region.strategy.id;
  const [bel, tul] = [await idOf('RU-BEL'), await idOf('RU-TUL')];
  const db = t.server.db;
  const healthcare = await db.dataSource.getRepository(SectorEntity).findOneByOrFail({ code: 'healthcare' });
  const someHash = (await db.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@tsifra.test' }))
    .passwordHash;
  const f: Fixture = {
    t,
    bel,
    tul,
    tokens,
    n: 0,
    version: async (id = bel) => (await db.dataSource.getRepository(StrategyEntity).findOneByOrFail({ id })).version,
    goal: (horizon = 'Y2030') =>
      db.write(async (m) => {
        const id = randomUUID();
        const now = new Date();
        await m.getRepository(GoalEntity).insert({
          id,
          strategyId: bel,
          sectorId: healthcare.id,
          parentId: null,
          horizon,
          title: 'Цель для матрицы',
          description: null,
          position: 1000 + f.n,
          createdAt: now,
          updatedAt: now,
        });
        return id;
      }),
    initiative: async () => {
      const goalId = await f.goal();
      return db.write(async (m) => {
        const id = randomUUID();
        await m.getRepository(InitiativeEntity).insert({
          id,
          goalId,
          strategyId: bel,
          title: 'Проект для матрицы',
          kind: 'REGIONAL',
          templateCode: null,
          startDate: '2021-01-01',
          endDate: '2021-12-31',
          responsible: null,
          position: 0,
        });
        return id;
      });
    },
    user: () =>
      db.write(async (m) => {
        const id = randomUUID();
        await m.getRepository(UserEntity).insert({
          id,
          email: `target-${f.n}@tsifra.test`,
          name: 'Цель матрицы',
          role: 'FEDERAL_REVIEWER',
          regionId: null,
          passwordHash: someHash,
          active: true,
          createdAt: new Date(),
        });
        return id;
      }),
    plan: (
      await db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({
        regionId: (await db.dataSource.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-BEL' })).id,
      })
    ).id,
    planVersion: async () =>
      (await db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({ id: f.plan })).version,
    system: async () => {
      const res = await t.gql<{ addInformationSystem: { id: string } }>(
        'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }',
        { p: f.plan, v: await f.planVersion(), i: systemInput(1000 + f.n) },
        tokens.admin,
      );
      if (!res.data) throw new Error(`fixture system failed: ${JSON.stringify(res.errors)}`);
      return res.data.addInformationSystem.id;
    },
    remark: async () => {
      const res = await t.gql<{ addRemark: { id: string } }>(
        'mutation($s: ID!) { addRemark(strategyId: $s, input: { body: "Замечание для матрицы", severity: MINOR }) { id } }',
        { s: bel },
        tokens.admin,
      );
      if (!res.data) throw new Error(`fixture remark failed: ${JSON.stringify(res.errors)}`);
      return res.data.addRemark.id;
    },
  };
  // Remarks need a submitted revision: submit RU-BEL once (the demo draft is complete).
  const submitted = await t.gql(
    'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
    { id: bel, v: await f.version() },
    tokens.admin,
  );
  expect(submitted.errors).toBeUndefined();
  return f;
}
