import type { TestServer } from '../../../testing/test-server';
import {
  ADD_GOAL,
  ADD_INITIATIVE,
  initiative,
  SET_SECTORS,
  startEditorServer,
  strategyReads,
  UPDATE_INITIATIVE,
} from './editor-api.helpers';

// The strategy editor API, initiatives and submission: initiatives under goals, completeness and submitting.
// Goals and sectors: editor-goals.api.test.ts.

describe('the strategy editor API', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let admin: string;
  beforeAll(async () => {
    ({ t, bel, tul, admin } = await startEditorServer());
  });
  afterAll(() => t.stop());
  const { strategyOf, expectRefused } = strategyReads(() => ({ t, bel }));

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
