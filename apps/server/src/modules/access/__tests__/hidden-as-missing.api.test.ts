import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../../testing/test-server';

/**
 * Issue 17: one answer for "hidden" and "missing". For every kind of content reached by its own id, a caller who
 * may not read it (anonymous; another region's editor on a draft or submission) gets byte for byte the answer an
 * unknown id gets — same code, message, field and data. Callers who can read it (the own editor, a reviewer) get
 * a different answer (CONFLICT, FORBIDDEN, INVALID_TRANSITION or the item), so the comparison can fail.
 * Versions are stale on purpose: nothing is written.
 */
const CALLERS = ['anonymous', 'editor of another region', 'own editor', 'reviewer'] as const;
type Caller = (typeof CALLERS)[number];
const HIDDEN_FROM: readonly Caller[] = ['anonymous', 'editor of another region'];

/** Drops what differs on every request whatever the id (the request id, the budget left and its reset time). */
function withoutNoise(res: any): unknown {
  const copy = JSON.parse(JSON.stringify(res));
  for (const e of copy.errors ?? []) delete e.extensions?.requestId;
  if (copy.extensions?.cost) copy.extensions.cost = { requested: copy.extensions.cost.requested };
  return copy;
}

interface Kind {
  kind: string;
  /** The operation with the id under test as `$id`. */
  query: string;
  variables?: () => Record<string, unknown>;
  /** The hidden (RU-BEL) id of this kind. */
  id: () => string;
}

describe('hidden and missing read alike', () => {
  let t: TestServer;
  const tokens = {} as Record<Caller, string | undefined>;
  const ids = { goal: '', indicator: '', initiative: '', system: '', plan: '', remark: '' };
  let strategyVersion = 0;
  let planVersion = 0;

  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2022-04-15' } });
    const [bel, tul, reviewer] = await Promise.all(
      ['editor.bel', 'editor.tul', 'reviewer'].map((u) => t.login(`${u}@tsifra.test`)),
    );
    Object.assign(tokens, { anonymous: undefined, 'editor of another region': tul, 'own editor': bel, reviewer });
    const ok = async (query: string, variables: Record<string, unknown>, token: string | undefined) => {
      const res = await t.gql(query, variables, token);
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    // RU-BEL's strategy is a draft: its goals, indicators and initiatives are hidden from RU-TUL and anonymous callers.
    let s = (
      await ok('{ region(code: "RU-BEL") { strategy { id status version goals { id indicators { id } } } } }', {}, bel)
    ).region.strategy;
    expect(s.status).toBe('DRAFT');
    ids.goal = s.goals[0].id;
    ids.indicator = s.goals.flatMap((g: { indicators: { id: string }[] }) => g.indicators)[0].id;
    const initiative = {
      title: 'Скрытое мероприятие',
      kind: 'REGIONAL',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      responsible: 'Минцифры области',
      budgets: [],
    };
    ids.initiative = (
      await ok(
        'mutation($g: ID!, $v: Int!, $i: InitiativeInput!) { addInitiative(goalId: $g, version: $v, input: $i) { id } }',
        { g: ids.goal, v: s.version, i: initiative },
        bel,
      )
    ).addInitiative.id;
    s = (await ok('{ region(code: "RU-BEL") { strategy { version } } }', {}, bel)).region.strategy;
    strategyVersion = s.version;
    // RU-BEL's GosTech plan, submitted with a reviewer's remark: still hidden from other regions.
    let p = (
      await ok(
        '{ region(code: "RU-BEL") { gostechPlan { id version status systems { id name shortName operator } } } }',
        {},
        bel,
      )
    ).region.gostechPlan;
    ids.plan = p.id;
    const sed = p.systems.find((x: { shortName: string }) => x.shortName === 'СЭД') ?? p.systems[0];
    ids.system = sed.id;
    await ok(
      'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
      {
        id: sed.id,
        v: p.version,
        i: { name: sed.name, shortName: sed.shortName, operator: sed.operator, decision: 'KEEP_OUTSIDE' },
      },
      bel,
    );
    p = (await ok('{ region(code: "RU-BEL") { gostechPlan { version } } }', {}, bel)).region.gostechPlan;
    await ok(
      'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { status } }',
      { id: ids.plan, v: p.version },
      bel,
    );
    ids.remark = (
      await ok(
        'mutation($p: ID!) { addGostechPlanRemark(planId: $p, input: { body: "Скрытое замечание", severity: MAJOR }) { id } }',
        { p: ids.plan },
        reviewer,
      )
    ).addGostechPlanRemark.id;
    planVersion = (await ok('{ region(code: "RU-BEL") { gostechPlan { version } } }', {}, bel)).region.gostechPlan
      .version;
  });
  afterAll(() => t.stop());

  const stale = () => ({ v: strategyVersion - 1 });
  const staleSystem = {
    name: 'Система',
    shortName: 'СИС',
    operator: 'Минцифры области',
    decision: 'KEEP_OUTSIDE',
  };
  const KINDS: Kind[] = [
    {
      kind: 'goal: updateGoal',
      id: () => ids.goal,
      variables: stale,
      query:
        'mutation($id: ID!, $v: Int!) { updateGoal(id: $id, version: $v, input: { horizon: Y2030, sectorCode: "HEALTH", title: "x" }) { id } }',
    },
    {
      kind: 'goal: moveGoal',
      id: () => ids.goal,
      variables: stale,
      query: 'mutation($id: ID!, $v: Int!) { moveGoal(id: $id, version: $v, position: 0) { id } }',
    },
    {
      kind: 'goal: deleteGoal',
      id: () => ids.goal,
      variables: stale,
      query: 'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
    },
    {
      kind: 'goal: addInitiative',
      id: () => ids.goal,
      variables: stale,
      query:
        'mutation($id: ID!, $v: Int!) { addInitiative(goalId: $id, version: $v, input: { title: "x", kind: REGIONAL, startDate: "2021-01-01", endDate: "2021-12-31", budgets: [] }) { id } }',
    },
    {
      kind: 'initiative: updateInitiative',
      id: () => ids.initiative,
      variables: stale,
      query:
        'mutation($id: ID!, $v: Int!) { updateInitiative(id: $id, version: $v, input: { title: "x", kind: REGIONAL, startDate: "2021-01-01", endDate: "2021-12-31", budgets: [] }) { id } }',
    },
    {
      kind: 'initiative: deleteInitiative',
      id: () => ids.initiative,
      variables: stale,
      query: 'mutation($id: ID!, $v: Int!) { deleteInitiative(id: $id, version: $v) { id } }',
    },
    {
      kind: 'indicator: reportActual',
      id: () => ids.indicator,
      query: 'mutation($id: ID!) { reportActual(indicatorId: $id, year: 2021, value: 1) { id } }',
    },
    {
      kind: 'information system: updateInformationSystem',
      id: () => ids.system,
      variables: () => ({ v: planVersion - 1, i: staleSystem }),
      query:
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
    },
    {
      kind: 'information system: deleteInformationSystem',
      id: () => ids.system,
      variables: () => ({ v: planVersion - 1 }),
      query: 'mutation($id: ID!, $v: Int!) { deleteInformationSystem(id: $id, version: $v) { id } }',
    },
    {
      kind: 'GosTech plan: exportGostechPlan',
      id: () => ids.plan,
      query: 'query($id: ID!) { exportGostechPlan(planId: $id) }',
    },
    {
      kind: 'remark: reopenRemark (already open)',
      id: () => ids.remark,
      query: 'mutation($id: ID!) { reopenRemark(id: $id) { id } }',
    },
    { kind: 'remark: comment query', id: () => ids.remark, query: 'query($id: ID!) { comment(id: $id) { id body } }' },
  ];

  const cases = KINDS.flatMap((k) => CALLERS.map((caller) => [k.kind, caller, k] as const));
  it.each(cases)('%s as %s', async (_kind, caller, k) => {
    const ask = async (id: string) =>
      JSON.stringify(withoutNoise(await t.gql(k.query, { ...k.variables?.(), id }, tokens[caller])));
    const hidden = await ask(k.id());
    const missing = await ask(randomUUID());
    if (HIDDEN_FROM.includes(caller)) {
      expect(hidden).toBe(missing);
    } else {
      expect(hidden).not.toBe(missing);
      expect(missing).toMatch(/"code":"NOT_FOUND"|"comment":null/);
    }
  });
});
