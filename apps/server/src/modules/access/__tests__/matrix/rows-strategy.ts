import { GoalEntity } from '../../../goal/goal.entity';
import { StrategyEntity } from '../../../strategy/strategy.entity';
import { OK, UN, NO, WF, NF, EDIT, EDIT_ITEM, REVIEW, REVIEW_ITEM, ADMIN_ONLY, SIGNED_IN, Row } from './kinds';
import { parkOnSpareRegion } from './fixture';

const goalInput = { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Цель из матрицы' };
const initiativeInput = {
  title: 'Проект из матрицы',
  kind: 'REGIONAL',
  startDate: '2021-01-01',
  endDate: '2022-12-31',
  budgets: [{ year: 2021, source: 'REGIONAL', amount: 1 }],
};
export const STRATEGY_ROWS: Row[] = [
  {
    mutation: 'createStrategy',
    variant: 'RU-BEL without a strategy',
    expect: EDIT,
    prepare: async (f) => ({
      query: 'mutation { createStrategy(regionCode: "RU-BEL") { id } }',
      cleanup: await parkOnSpareRegion(f, StrategyEntity, f.bel),
    }),
  },
  {
    mutation: 'setStrategySectors',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["social_sphere", "healthcare", "education", "transport"], rationales: [{ sectorCode: "healthcare", rationale: "матрица" }]) { id } }',
      variables: { s: f.bel, v: await f.version() },
    }),
  },
  {
    mutation: 'setSectorRationale',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($s: ID!, $v: Int!) { setSectorRationale(strategyId: $s, version: $v, sectorCode: "education", rationale: "матрица") { id } }',
      variables: { s: f.bel, v: await f.version() },
    }),
  },
  {
    mutation: 'addGoal',
    expect: EDIT,
    prepare: async (f) => ({
      query: 'mutation($s: ID!, $v: Int!, $i: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $i) { id } }',
      variables: { s: f.bel, v: await f.version(), i: goalInput },
    }),
  },
  {
    mutation: 'addGoal',
    variant: 'on a submitted strategy',
    belStatus: 'SUBMITTED',
    expect: [UN, WF, NO, NO, WF],
    prepare: async (f) => ({
      query: 'mutation($s: ID!, $v: Int!, $i: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $i) { id } }',
      variables: { s: f.bel, v: await f.version(), i: goalInput },
    }),
  },
  {
    mutation: 'addGoal',
    variant: "on RU-TUL's approved strategy",
    expect: [UN, NO, WF, NO, WF],
    prepare: async (f) => ({
      query: 'mutation($s: ID!, $v: Int!, $i: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $i) { id } }',
      variables: { s: f.tul, v: await f.version(f.tul), i: goalInput },
    }),
  },
  {
    mutation: 'updateGoal',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!, $i: GoalInput!) { updateGoal(id: $id, version: $v, input: $i) { id } }',
      variables: { id: await f.goal(), v: await f.version(), i: { ...goalInput, title: 'Обновлено' } },
    }),
  },
  {
    mutation: 'moveGoal',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { moveGoal(id: $id, version: $v, position: 0) { id } }',
      variables: { id: await f.goal(), v: await f.version() },
    }),
  },
  {
    mutation: 'deleteGoal',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
      variables: { id: await f.goal(), v: await f.version() },
    }),
  },
  {
    mutation: 'addInitiative',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query:
        'mutation($g: ID!, $v: Int!, $i: InitiativeInput!) { addInitiative(goalId: $g, version: $v, input: $i) { id } }',
      variables: { g: await f.goal(), v: await f.version(), i: initiativeInput },
    }),
  },
  {
    mutation: 'updateInitiative',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query:
        'mutation($id: ID!, $v: Int!, $i: InitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { id } }',
      variables: { id: await f.initiative(), v: await f.version(), i: { ...initiativeInput, title: 'Обновлено' } },
    }),
  },
  {
    mutation: 'deleteInitiative',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { deleteInitiative(id: $id, version: $v) { id } }',
      variables: { id: await f.initiative(), v: await f.version() },
    }),
  },
  {
    mutation: 'submitStrategy',
    expect: EDIT,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
      variables: { id: f.bel, v: await f.version() },
    }),
  },
  {
    mutation: 'submitStrategy',
    variant: 'incomplete (a 2024 goal without indicators)',
    expect: [UN, WF, NO, NO, WF],
    prepare: async (f) => {
      const id = await f.goal('Y2024');
      return {
        query: 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
        variables: { id: f.bel, v: await f.version() },
        cleanup: () => f.t.server.db.write(async (m) => void (await m.getRepository(GoalEntity).delete({ id }))),
      };
    },
  },
  {
    mutation: 'submitStrategy',
    variant: 'already submitted',
    belStatus: 'SUBMITTED',
    expect: [UN, WF, WF, WF, WF],
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
      variables: { id: f.bel, v: await f.version() },
    }),
  },
  {
    mutation: 'requestChanges',
    belStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { requestChanges(id: $id, comment: "Уточните показатели") { id } }',
      variables: { id: f.bel },
    }),
  },
  {
    mutation: 'approveStrategy',
    belStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { approveStrategy(id: $id) { id } }',
      variables: { id: f.bel },
    }),
  },
  {
    mutation: 'approveStrategy',
    variant: 'a draft',
    expect: [UN, WF, WF, WF, WF],
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { approveStrategy(id: $id) { id } }',
      variables: { id: f.bel },
    }),
  },
  {
    mutation: 'addComment',
    expect: [UN, OK, NO, OK, OK],
    prepare: async (f) => ({
      query: 'mutation($s: ID!) { addComment(strategyId: $s, body: "<b>комментарий</b>") { id } }',
      variables: { s: f.bel },
    }),
  },
  {
    mutation: 'addRemark',
    belStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($s: ID!) { addRemark(strategyId: $s, input: { body: "Замечание", severity: MINOR }) { id } }',
      variables: { s: f.bel },
    }),
  },
  {
    mutation: 'replyToRemark',
    belStatus: 'SUBMITTED',
    expect: [UN, OK, NF, OK, OK],
    prepare: async (f) => ({
      query: 'mutation($r: ID!) { replyToRemark(remarkId: $r, body: "Ответ") { id } }',
      variables: { r: await f.remark() },
    }),
  },
  {
    mutation: 'resolveRemark',
    belStatus: 'SUBMITTED',
    expect: REVIEW_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { resolveRemark(id: $id) { id } }',
      variables: { id: await f.remark() },
    }),
  },
  {
    mutation: 'reopenRemark',
    belStatus: 'SUBMITTED',
    expect: REVIEW_ITEM,
    prepare: async (f) => {
      const id = await f.remark();
      await f.t.gql('mutation($id: ID!) { resolveRemark(id: $id) { id } }', { id }, f.tokens.admin);
      return { query: 'mutation($id: ID!) { reopenRemark(id: $id) { id } }', variables: { id } };
    },
  },
  {
    mutation: 'setStrategyDeadline',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $d: String!) { setStrategyDeadline(id: $id, deadline: $d) { id } }',
      variables: { id: f.bel, d: `2021-10-${String(1 + (f.n % 28)).padStart(2, '0')}` },
    }),
  },
  {
    mutation: 'markNotificationsRead',
    expect: SIGNED_IN,
    prepare: async () => ({ query: 'mutation { markNotificationsRead }' }),
  },
];
