import { randomUUID } from 'node:crypto';
import { MAX_GOALS_PER_STRATEGY, MAX_INDICATORS_PER_GOAL } from '@tsifra/domain/strategy/goals';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { GoalEntity } from '../../goal/goal.entity';

const TREE = `query($code: String!) { region(code: $code) { strategy { id version status
  sectorChoices { sector { code } rationale position }
  goals { id horizon title position sector { code }
    children { id horizon title position children { id title position } }
    initiatives { id title kind templateCode startDate endDate responsible position budgets { year source amount } } } } } }`;
const MOVE =
  'mutation($id: ID!, $v: Int!, $parent: ID, $pos: Int!) { moveGoal(id: $id, version: $v, parentId: $parent, position: $pos) { version } }';
const ADD_INITIATIVE =
  'mutation($g: ID!, $v: Int!, $input: InitiativeInput!) { addInitiative(goalId: $g, version: $v, input: $input) { id title kind templateCode position budgets { year source amount } } }';
const UPDATE_INITIATIVE =
  'mutation($id: ID!, $v: Int!, $input: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $input) { id title budgets { year source amount } } }';
const SET_SECTORS =
  'mutation($s: ID!, $v: Int!, $codes: [String!]!, $r: [SectorRationaleInput!]) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: $codes, rationales: $r) { version sectorChoices { sector { code } rationale position } } }';
const ADD_GOAL =
  'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }';

const initiative = (extra: Record<string, unknown> = {}) => ({
  title: 'Единая региональная медицинская информационная система',
  kind: 'FEDERAL_TEMPLATE',
  templateCode: 'ZDRAV-01',
  startDate: '2021-01-01',
  endDate: '2023-12-31',
  responsible: 'Министерство здравоохранения области',
  budgets: [
    { year: 2021, source: 'FEDERAL', amount: 120.5 },
    { year: 2022, source: 'REGIONAL', amount: 40 },
  ],
  ...extra,
});

describe('the strategy editor API', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    [bel, tul, admin] = await Promise.all([
      t.login('editor.bel@tsifra.test'),
      t.login('editor.tul@tsifra.test'),
      t.login('admin@tsifra.test'),
    ]);
  });
  afterAll(() => t.stop());

  const strategyOf = async (code = 'RU-BEL', token = bel) =>
    (await t.gql<{ region: { strategy: any } }>(TREE, { code }, token)).data!.region.strategy;
  /** Refused input leaves the strategy exactly as it was. */
  async function expectRefused(
    res: { errors?: { extensions?: Record<string, unknown> }[] },
    before: any,
    expected: Record<string, unknown>,
  ) {
    expect(res.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await strategyOf(undefined, bel)).toEqual(before);
  }

  describe('size caps (bounded goal lists)', () => {
    it(`refuses a goal with more than ${MAX_INDICATORS_PER_GOAL} indicators, on input.indicators, and writes nothing`, async () => {
      const before = await strategyOf();
      const indicator = {
        name: 'Доля',
        unit: '%',
        baselineYear: 2020,
        baselineValue: 10,
        targets: [{ year: 2024, value: 50 }],
      };
      const input = {
        horizon: 'Y2030',
        sectorCode: before.sectorChoices[0].sector.code,
        title: 'Слишком много показателей',
        indicators: Array.from({ length: MAX_INDICATORS_PER_GOAL + 1 }, () => indicator),
      };
      const res = await t.gql(ADD_GOAL, { s: before.id, v: before.version, input }, bel);
      await expectRefused(res, before, { code: 'BAD_USER_INPUT', field: 'input.indicators' });
    });

    it(`refuses a new goal once the strategy holds ${MAX_GOALS_PER_STRATEGY}, on strategyId, and writes nothing`, async () => {
      const s = await strategyOf();
      const goals = t.server.db.dataSource.getRepository(GoalEntity);
      const existing = await goals.countBy({ strategyId: s.id });
      const sectorId = (await goals.findOneByOrFail({ strategyId: s.id })).sectorId;
      const now = new Date();
      const filler = Array.from({ length: MAX_GOALS_PER_STRATEGY - existing }, (_, i) => ({
        id: randomUUID(),
        strategyId: s.id,
        sectorId,
        parentId: null,
        horizon: 'Y2030',
        title: `Заполнитель ${i}`,
        description: null,
        position: 1000 + i,
        createdAt: now,
        updatedAt: now,
      }));
      for (let i = 0; i < filler.length; i += 500) await goals.insert(filler.slice(i, i + 500));
      try {
        const input = { horizon: 'Y2030', sectorCode: s.sectorChoices[0].sector.code, title: 'Ещё одна цель' };
        const res = await t.gql(ADD_GOAL, { s: s.id, v: s.version, input }, bel);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'strategyId' });
        expect(await goals.countBy({ strategyId: s.id })).toBe(MAX_GOALS_PER_STRATEGY);
      } finally {
        for (let i = 0; i < filler.length; i += 500) await goals.delete(filler.slice(i, i + 500).map((g) => g.id));
      }
    });
  });

  describe('sector choices', () => {
    it('stores a rationale per sector, in order, and keeps it when the list changes without one', async () => {
      const s = await strategyOf();
      const codes = s.sectorChoices.map((c: any) => c.sector.code);
      const res = await t.gql<{ setStrategySectors: any }>(
        SET_SECTORS,
        { s: s.id, v: s.version, codes, r: [{ sectorCode: 'healthcare', rationale: '  Очереди в поликлиниках  ' }] },
        bel,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.setStrategySectors.sectorChoices.find((c: any) => c.sector.code === 'healthcare')).toEqual({
        sector: { code: 'healthcare' },
        rationale: 'Очереди в поликлиниках',
        position: codes.indexOf('healthcare'),
      });

      const reordered = [...codes].reverse();
      const again = await t.gql<{ setStrategySectors: any }>(
        SET_SECTORS,
        { s: s.id, v: s.version + 1, codes: reordered },
        bel,
      );
      expect(again.data!.setStrategySectors.sectorChoices.map((c: any) => [c.sector.code, c.position])).toEqual(
        reordered.map((c, i) => [c, i]),
      );
      expect(
        again.data!.setStrategySectors.sectorChoices.find((c: any) => c.sector.code === 'healthcare').rationale,
      ).toBe('Очереди в поликлиниках');
    });

    it('sets and clears one rationale with setSectorRationale', async () => {
      const s = await strategyOf();
      const set =
        'mutation($s: ID!, $v: Int!, $c: String!, $r: String) { setSectorRationale(strategyId: $s, version: $v, sectorCode: $c, rationale: $r) { version sectorChoices { sector { code } rationale } } }';
      const res = await t.gql<{ setSectorRationale: any }>(
        set,
        { s: s.id, v: s.version, c: 'education', r: '<b>Школы</b> без интернета' },
        bel,
      );
      expect(res.data!.setSectorRationale.sectorChoices.find((c: any) => c.sector.code === 'education').rationale).toBe(
        '<b>Школы</b> без интернета',
      );
      const cleared = await t.gql<{ setSectorRationale: any }>(
        set,
        { s: s.id, v: s.version + 1, c: 'education', r: null },
        bel,
      );
      expect(
        cleared.data!.setSectorRationale.sectorChoices.find((c: any) => c.sector.code === 'education').rationale,
      ).toBeNull();
      const before = await strategyOf();
      await expectRefused(await t.gql(set, { s: s.id, v: before.version, c: 'culture', r: 'x' }, bel), before, {
        code: 'BAD_USER_INPUT',
        field: 'sectorCode',
      });
      await expectRefused(
        await t.gql(set, { s: s.id, v: before.version, c: 'education', r: 'x'.repeat(2001) }, bel),
        before,
        { code: 'BAD_USER_INPUT', field: 'rationale' },
      );
    });

    it.each([
      ['an unknown sector code', ['healthcare', 'space_program'], [], 'sectorCodes[1]'],
      [
        'a rationale for a sector not chosen',
        ['healthcare', 'education', 'social_sphere', 'transport'],
        [{ sectorCode: 'culture', rationale: 'x' }],
        'rationales[0].sectorCode',
      ],
      [
        'a 10 000-character rationale',
        ['healthcare', 'education', 'social_sphere', 'transport'],
        [{ sectorCode: 'healthcare', rationale: 'x'.repeat(10_000) }],
        'rationales[0].rationale',
      ],
      ['dropping a sector that still has goals', ['healthcare'], [], 'sectorCodes'],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, codes, r, field) => {
      const before = await strategyOf();
      await expectRefused(await t.gql(SET_SECTORS, { s: before.id, v: before.version, codes, r }, bel), before, {
        code: 'BAD_USER_INPUT',
        field,
      });
    });
  });

  describe('moving goals', () => {
    it('reorders siblings and renumbers them densely', async () => {
      const s = await strategyOf();
      const top = s.goals.filter((g: any) => g.horizon === 'Y2030');
      expect(top.length).toBeGreaterThanOrEqual(2);
      const last = top[top.length - 1];
      const res = await t.gql(MOVE, { id: last.id, v: s.version, parent: null, pos: 0 }, bel);
      expect(res.errors).toBeUndefined();
      const after = await strategyOf();
      expect(after.version).toBe(s.version + 1);
      expect(after.goals[0].id).toBe(last.id);
      expect(after.goals.map((g: any) => g.position)).toEqual(after.goals.map((_: unknown, i: number) => i));
    });

    it('re-parents a 2024 goal under another 2030 goal; both sibling lists stay dense', async () => {
      const s = await strategyOf();
      const [from, to] = s.goals.filter((g: any) => g.horizon === 'Y2030' && g.children.length > 0);
      const moving = from.children[0];
      const res = await t.gql(MOVE, { id: moving.id, v: s.version, parent: to.id, pos: 1 }, bel);
      expect(res.errors).toBeUndefined();
      const after = await strategyOf();
      const newParent = after.goals.find((g: any) => g.id === to.id);
      const oldParent = after.goals.find((g: any) => g.id === from.id);
      expect(newParent.children[1].id).toBe(moving.id);
      expect(newParent.children.map((c: any) => c.position)).toEqual(
        newParent.children.map((_: unknown, i: number) => i),
      );
      expect(oldParent.children.map((c: any) => c.position)).toEqual(
        oldParent.children.map((_: unknown, i: number) => i),
      );
      expect(oldParent.children.map((c: any) => c.id)).not.toContain(moving.id);
    });

    it('refuses a horizon that is not earlier than the new parent, a cycle, a parent of another strategy, a bad position and a stale version — changing nothing', async () => {
      const s = await strategyOf();
      const g2030 = s.goals.find((g: any) => g.horizon === 'Y2030' && g.children.length > 0);
      const g2024 = g2030.children[0];
      const otherTop = s.goals.find((g: any) => g.horizon === 'Y2030' && g.id !== g2030.id);
      const tula = await strategyOf('RU-TUL', tul);
      await expectRefused(await t.gql(MOVE, { id: g2030.id, v: s.version, parent: otherTop.id, pos: 0 }, bel), s, {
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        details: [{ rule: 'horizon_not_earlier_than_parent' }],
      });
      const cycle = await t.gql(MOVE, { id: g2030.id, v: s.version, parent: g2024.id, pos: 0 }, bel);
      expect((cycle.errors![0]!.extensions!.details as { rule: string }[]).map((d) => d.rule)).toContain('goal_cycle');
      await expectRefused(await t.gql(MOVE, { id: g2024.id, v: s.version, parent: tula.goals[0].id, pos: 0 }, bel), s, {
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        details: [{ rule: 'parent_not_in_strategy' }],
      });
      await expectRefused(await t.gql(MOVE, { id: g2024.id, v: s.version, parent: otherTop.id, pos: -1 }, bel), s, {
        code: 'BAD_USER_INPUT',
        field: 'position',
      });
      await expectRefused(await t.gql(MOVE, { id: g2024.id, v: s.version, parent: otherTop.id, pos: 99 }, bel), s, {
        code: 'BAD_USER_INPUT',
        field: 'position',
      });
      await expectRefused(await t.gql(MOVE, { id: g2024.id, v: s.version - 1, parent: otherTop.id, pos: 0 }, bel), s, {
        code: 'CONFLICT',
        field: 'version',
      });
      // RU-TUL cannot read RU-BEL's draft, so its goal reads as missing there (issue 17).
      await expectRefused(await t.gql(MOVE, { id: g2024.id, v: s.version, parent: otherTop.id, pos: 0 }, tul), s, {
        code: 'NOT_FOUND',
        field: 'id',
      });
    });

    it('keeps positions dense when a goal is deleted', async () => {
      const s = await strategyOf();
      const parent = s.goals.find((g: any) => g.children.length >= 2);
      const res = await t.gql(
        'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { version } }',
        { id: parent.children[0].id, v: s.version },
        bel,
      );
      expect(res.errors).toBeUndefined();
      const after = (await strategyOf()).goals.find((g: any) => g.id === parent.id);
      expect(after.children.map((c: any) => c.position)).toEqual(after.children.map((_: unknown, i: number) => i));
    });
  });

  describe('initiatives', () => {
    it('adds, reads (with budgets), updates and deletes initiatives under a goal, each claiming the version', async () => {
      const s = await strategyOf();
      const goal = s.goals[0];
      const added = await t.gql<{ addInitiative: any }>(
        ADD_INITIATIVE,
        { g: goal.id, v: s.version, input: initiative() },
        bel,
      );
      expect(added.errors).toBeUndefined();
      expect(added.data!.addInitiative).toMatchObject({
        kind: 'FEDERAL_TEMPLATE',
        templateCode: 'ZDRAV-01',
        position: 0,
        budgets: [
          { year: 2021, source: 'FEDERAL', amount: 120.5 },
          { year: 2022, source: 'REGIONAL', amount: 40 },
        ],
      });
      const second = await t.gql<{ addInitiative: any }>(
        ADD_INITIATIVE,
        {
          g: goal.id,
          v: s.version + 1,
          input: initiative({
            title: '<script>alert(1)</script> Свой проект',
            kind: 'REGIONAL',
            templateCode: null,
            budgets: [],
          }),
        },
        bel,
      );
      expect(second.data!.addInitiative).toMatchObject({
        title: '<script>alert(1)</script> Свой проект',
        position: 1,
        budgets: [],
      });

      const read = (await strategyOf()).goals.find((g: any) => g.id === goal.id);
      expect(read.initiatives.map((i: any) => i.title)).toEqual([
        initiative().title,
        '<script>alert(1)</script> Свой проект',
      ]);
      expect(read.initiatives[0]).toMatchObject({
        startDate: '2021-01-01',
        endDate: '2023-12-31',
        responsible: 'Министерство здравоохранения области',
      });

      const id = added.data!.addInitiative.id;
      const keepBudgets = await t.gql<{ updateInitiative: any }>(
        UPDATE_INITIATIVE,
        { id, v: s.version + 2, input: initiative({ title: 'Переименовано', budgets: undefined }) },
        bel,
      );
      expect(keepBudgets.data!.updateInitiative).toMatchObject({
        title: 'Переименовано',
        budgets: [{ year: 2021 }, { year: 2022 }],
      });
      const replace = await t.gql<{ updateInitiative: any }>(
        UPDATE_INITIATIVE,
        {
          id,
          v: s.version + 3,
          input: initiative({ budgets: [{ year: 2023, source: 'EXTRA_BUDGETARY', amount: 7 }] }),
        },
        bel,
      );
      expect(replace.data!.updateInitiative.budgets).toEqual([{ year: 2023, source: 'EXTRA_BUDGETARY', amount: 7 }]);

      const del = await t.gql<{ deleteInitiative: { version: number } }>(
        'mutation($id: ID!, $v: Int!) { deleteInitiative(id: $id, version: $v) { version } }',
        { id, v: s.version + 4 },
        bel,
      );
      expect(del.data!.deleteInitiative.version).toBe(s.version + 5);
      const rest = (await strategyOf()).goals.find((g: any) => g.id === goal.id).initiatives;
      expect(rest.map((i: any) => [i.title, i.position])).toEqual([['<script>alert(1)</script> Свой проект', 0]]);
    });

    it.each([
      ['an empty title', 'input.title', { title: '' }],
      ['a 10 000-character title', 'input.title', { title: 'x'.repeat(10_000) }],
      ['an end before the start', 'input.endDate', { startDate: '2023-01-01', endDate: '2022-12-31', budgets: [] }],
      ['a date outside 2020–2030', 'input.endDate', { endDate: '2031-01-01' }],
      ['an impossible date', 'input.startDate', { startDate: '2021-02-30' }],
      ['a negative amount', 'input.budgets[0].amount', { budgets: [{ year: 2021, source: 'FEDERAL', amount: -5 }] }],
      [
        'a budget year outside the dates',
        'input.budgets[0].year',
        { budgets: [{ year: 2025, source: 'FEDERAL', amount: 5 }] },
      ],
      [
        'a repeated year and source',
        'input.budgets[1].year',
        {
          budgets: [
            { year: 2021, source: 'FEDERAL', amount: 5 },
            { year: 2021, source: 'FEDERAL', amount: 6 },
          ],
        },
      ],
      ['a federal template without its code', 'input.templateCode', { templateCode: ' ' }],
    ] as [string, string, Record<string, unknown>][])(
      'refuses %s with BAD_USER_INPUT at %s and changes nothing',
      async (_what, field, patch) => {
        const before = await strategyOf();
        await expectRefused(
          await t.gql(ADD_INITIATIVE, { g: before.goals[0].id, v: before.version, input: initiative(patch) }, bel),
          before,
          { code: 'BAD_USER_INPUT', field },
        );
      },
    );

    it('refuses Infinity and NaN amounts at the GraphQL layer', async () => {
      const before = await strategyOf();
      const res = await t.fetchRaw(
        JSON.stringify({
          query: `mutation { addInitiative(goalId: "${before.goals[0].id}", version: ${before.version}, input: { title: "t", kind: REGIONAL, startDate: "2021-01-01", endDate: "2021-12-31", budgets: [{ year: 2021, source: FEDERAL, amount: Infinity }] }) { id } }`,
        }),
      );
      expect(res.status).toBe(400);
      expect(await strategyOf()).toEqual(before);
    });

    it('refuses a stale version with CONFLICT, and another region’s hidden goal exactly like an unknown one (NOT_FOUND)', async () => {
      const before = await strategyOf();
      await expectRefused(
        await t.gql(ADD_INITIATIVE, { g: before.goals[0].id, v: before.version - 1, input: initiative() }, bel),
        before,
        { code: 'CONFLICT' },
      );
      await expectRefused(
        await t.gql(ADD_INITIATIVE, { g: before.goals[0].id, v: before.version, input: initiative() }, tul),
        before,
        { code: 'NOT_FOUND', field: 'goalId' },
      );
      await expectRefused(
        await t.gql(
          ADD_INITIATIVE,
          { g: '00000000-0000-0000-0000-000000000000', v: before.version, input: initiative() },
          bel,
        ),
        before,
        { code: 'NOT_FOUND', field: 'goalId' },
      );
    });
  });

  describe('other bad input on goals', () => {
    it.each([
      ['a description over 10 000 characters', 'input.description', { description: 'd'.repeat(10_001) }],
      ['a parent from another strategy', 'input.parentId', { horizon: 'Y2024', parentId: 'TULA' }],
      [
        'a baseline year before 2010',
        'input.indicators[0].baselineYear',
        {
          horizon: 'Y2024',
          indicators: [
            { name: 'n', unit: '%', baselineYear: 1990, baselineValue: 1, targets: [{ year: 2024, value: 2 }] },
          ],
        },
      ],
    ] as [string, string, Record<string, unknown>][])(
      'refuses %s with BAD_USER_INPUT at %s and changes nothing',
      async (_what, field, patch) => {
        const before = await strategyOf();
        const tula = await strategyOf('RU-TUL', tul);
        const input = {
          horizon: 'Y2030',
          sectorCode: 'healthcare',
          title: 'Valid',
          ...patch,
          ...(patch.parentId === 'TULA' ? { parentId: tula.goals[0].id } : {}),
        };
        await expectRefused(await t.gql(ADD_GOAL, { s: before.id, v: before.version, input }, bel), before, {
          code: 'BAD_USER_INPUT',
          field,
        });
      },
    );
  });

  describe('completeness and submission', () => {
    const PANEL =
      'query($id: ID!) { strategy(id: $id) { version status completeness { rule sectorCode horizon goalId } availableTransitions } }';

    it('lists what a new strategy lacks, refuses to submit it with INVALID_TRANSITION and the problems, then submits once complete', async () => {
      const created = await t.gql<{ createStrategy: { id: string; version: number } }>(
        'mutation { createStrategy(regionCode: "RU-MOW") { id version } }',
        {},
        admin,
      );
      const id = created.data!.createStrategy.id;
      let panel = (await t.gql<{ strategy: any }>(PANEL, { id }, admin)).data!.strategy;
      expect(panel.completeness).toEqual([{ rule: 'no_sectors', sectorCode: null, horizon: null, goalId: null }]);
      expect(panel.availableTransitions).toEqual([]);

      const refused = await t.gql(
        'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
        { id, v: panel.version },
        admin,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
      expect((refused.errors![0]!.extensions!.details as { rule: string }[]).map((d) => d.rule)).toEqual([
        'incomplete',
        'no_sectors',
      ]);
      expect((await t.gql<{ strategy: any }>(PANEL, { id }, admin)).data!.strategy).toMatchObject({
        version: panel.version,
        status: 'DRAFT',
      });

      let v = (
        await t.gql<{ setStrategySectors: { version: number } }>(
          SET_SECTORS,
          { s: id, v: panel.version, codes: ['transport'] },
          admin,
        )
      ).data!.setStrategySectors.version;
      panel = (await t.gql<{ strategy: any }>(PANEL, { id }, admin)).data!.strategy;
      expect(panel.completeness.map((p: any) => [p.rule, p.horizon])).toEqual([
        ['sector_without_goals', 'Y2021'],
        ['sector_without_goals', 'Y2024'],
        ['sector_without_goals', 'Y2030'],
      ]);

      const add = async (horizon: string, parentId: string | null, year: number | null) => {
        const indicators = year
          ? [
              {
                name: 'Доля автобусов с ГЛОНАСС',
                unit: '%',
                baselineYear: 2020,
                baselineValue: 30,
                targets: [{ year, value: 80 }],
              },
            ]
          : [];
        const res = await t.gql<{ addGoal: { id: string } }>(
          ADD_GOAL,
          {
            s: id,
            v: v++,
            input: { horizon, sectorCode: 'transport', title: `Транспорт ${horizon}`, parentId, indicators },
          },
          admin,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.addGoal.id;
      };
      const top = await add('Y2030', null, null);
      const mid = await add('Y2024', top, null);
      panel = (await t.gql<{ strategy: any }>(PANEL, { id }, admin)).data!.strategy;
      expect(panel.completeness.map((p: any) => [p.rule, p.horizon, p.goalId])).toEqual([
        ['sector_without_goals', 'Y2021', null],
        ['goal_without_indicators', 'Y2024', mid],
      ]);
      await t.gql(
        'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { version } }',
        { id: mid, v: v++ },
        admin,
      );
      await add('Y2021', await add('Y2024', top, 2024), 2021);

      panel = (await t.gql<{ strategy: any }>(PANEL, { id }, admin)).data!.strategy;
      expect(panel).toMatchObject({ completeness: [], availableTransitions: ['SUBMITTED'] });
      // A reviewer sees the panel but has no move to make on a draft.
      const reviewer = await t.login('reviewer@tsifra.test');
      expect((await t.gql<{ strategy: any }>(PANEL, { id }, reviewer)).data!.strategy.availableTransitions).toEqual([]);
      const ok = await t.gql<{ submitStrategy: { status: string } }>(
        'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
        { id, v: panel.version },
        admin,
      );
      expect(ok.data!.submitStrategy.status).toBe('SUBMITTED');
      expect((await t.gql<{ strategy: any }>(PANEL, { id }, reviewer)).data!.strategy.availableTransitions).toEqual([
        'CHANGES_REQUESTED',
        'APPROVED',
      ]);
    });

    it('hides the panel of another region’s draft', async () => {
      const s = await strategyOf();
      const asTula = (await t.gql<{ strategy: any }>(PANEL, { id: s.id }, tul)).data!.strategy;
      expect(asTula).toMatchObject({ completeness: [], availableTransitions: [] });
      expect(
        (
          await t.gql<{ strategy: any }>('query($id: ID!) { strategy(id: $id) { sectorChoices { rationale } } }', {
            id: s.id,
          })
        ).data!.strategy.sectorChoices,
      ).toEqual([]);
    });
  });
});
