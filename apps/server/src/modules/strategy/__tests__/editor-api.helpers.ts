import { startTestServer, type TestServer } from '../../../testing/test-server';

// Shared by the strategy editor API tests (editor-goals, editor-initiatives): the queries they send, a valid
// initiative, a server with the editors' and the admin's sessions, and the read of RU-BEL's strategy tree.

export const TREE = `query($code: String!) { region(code: $code) { strategy { id version status
  sectorChoices { sector { code } rationale position }
  goals { id horizon title position sector { code }
    children { id horizon title position children { id title position } }
    initiatives { id title kind templateCode startDate endDate responsible position budgets { year source amount } } } } } }`;
export const MOVE =
  'mutation($id: ID!, $v: Int!, $parent: ID, $pos: Int!) { moveGoal(id: $id, version: $v, parentId: $parent, position: $pos) { version } }';
export const ADD_INITIATIVE =
  'mutation($g: ID!, $v: Int!, $input: InitiativeInput!) { addInitiative(goalId: $g, version: $v, input: $input) { id title kind templateCode position budgets { year source amount } } }';
export const UPDATE_INITIATIVE =
  'mutation($id: ID!, $v: Int!, $input: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $input) { id title budgets { year source amount } } }';
export const SET_SECTORS =
  'mutation($s: ID!, $v: Int!, $codes: [String!]!, $r: [SectorRationaleInput!]) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: $codes, rationales: $r) { version sectorChoices { sector { code } rationale position } } }';
export const ADD_GOAL =
  'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }';

export const initiative = (extra: Record<string, unknown> = {}) => ({
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

/** A test server with the sessions of RU-BEL's and RU-TUL's editors and of the admin. */
export async function startEditorServer(): Promise<{ t: TestServer; bel: string; tul: string; admin: string }> {
  const t = await startTestServer();
  const [bel, tul, admin] = await Promise.all([
    t.login('editor.bel@tsifra.test'),
    t.login('editor.tul@tsifra.test'),
    t.login('admin@tsifra.test'),
  ]);
  return { t, bel, tul, admin };
}

/** Reads of a region's strategy tree on the server `current()` returns (once beforeAll has started it). */
export function strategyReads(current: () => { t: TestServer; bel: string }) {
  const strategyOf = async (code = 'RU-BEL', token = current().bel) =>
    (await current().t.gql<{ region: { strategy: any } }>(TREE, { code }, token)).data!.region.strategy;
  /** Refused input leaves the strategy exactly as it was. */
  async function expectRefused(
    res: { errors?: { extensions?: Record<string, unknown> }[] },
    before: any,
    expected: Record<string, unknown>,
  ) {
    expect(res.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await strategyOf(undefined, current().bel)).toEqual(before);
  }
  return { strategyOf, expectRefused };
}
