import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'type-graphql';
import type { ErrorCode } from '@tsifra/domain/errors';
import { buildTsifraSchema } from '../../../graphql/schema';
import { databaseChecksum } from '../../../ops/checksum';
import { GoalEntity } from '../../goal/goal.entity';
import { IndicatorEntity } from '../../goal/indicator.entity';
import { GostechPlanEntity } from '../../gostech/gostech-plan.entity';
import { InitiativeEntity } from '../../initiative/initiative.entity';
import { RegionEntity } from '../../region/region.entity';
import { SectorEntity } from '../../sector/sector.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { UserEntity } from '../../user/user.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

/**
 * The authorization matrix: every mutation × every kind of caller, from ONE table. A mutation missing from
 * the table fails the first test, so a new mutation cannot ship without its row. Each case runs over real
 * HTTP; a refused case must leave the whole database unchanged (a checksum of every row of every table,
 * which includes the strategy's version).
 */

const ACTORS = [
  'anonymous',
  'editor of own region (RU-BEL)',
  'editor of another region (RU-TUL)',
  'federal reviewer',
  'admin',
] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'OK' | ErrorCode;
type Expectation = readonly [Outcome, Outcome, Outcome, Outcome, Outcome];

const OK = 'OK';
const UN = 'UNAUTHENTICATED';
const NO = 'FORBIDDEN';
const WF = 'INVALID_TRANSITION';
const NF = 'NOT_FOUND';
/** Content of RU-BEL: its own editor and admins write it; others are refused. */
const EDIT: Expectation = [UN, OK, NO, NO, OK];
/**
 * The same on an item of RU-BEL's draft reached by its own id (goal, initiative, system, remark): another region cannot
 * read that content, so it answers like a missing id — NOT_FOUND, not FORBIDDEN (issue 17: hidden and missing read alike).
 */
const EDIT_ITEM: Expectation = [UN, OK, NF, NO, OK];
/** Review actions: reviewers and admins only. */
const REVIEW: Expectation = [UN, NO, NO, OK, OK];
/** Review actions on a remark of RU-BEL's submission: another region cannot read it (issue 17). */
const REVIEW_ITEM: Expectation = [UN, NO, NF, OK, OK];
const ADMIN_ONLY: Expectation = [UN, NO, NO, NO, OK];
const SIGNED_IN: Expectation = [UN, OK, OK, OK, OK];
const ANYONE: Expectation = [OK, OK, OK, OK, OK];

interface Fixture {
  t: TestServer;
  bel: string;
  tul: string;
  tokens: Record<ActorName, string | undefined>;
  /** A new top-level 2030 healthcare goal in RU-BEL (keeps the strategy complete). */
  goal(horizon?: string): Promise<string>;
  initiative(): Promise<string>;
  user(): Promise<string>;
  version(strategyId?: string): Promise<number>;
  remark(): Promise<string>;
  /** RU-BEL's GosTech plan. */
  plan: string;
  planVersion(): Promise<number>;
  /** A new information system in RU-BEL's plan (added by the admin through the API). */
  system(): Promise<string>;
  n: number;
}

interface Case {
  query: string;
  variables?: Record<string, unknown>;
  /** Send this token instead of the actor's (logout uses a throwaway session). */
  token?: string;
  cleanup?: () => Promise<void>;
}

interface Row {
  mutation: string;
  variant?: string;
  /** RU-BEL's status for the case (DRAFT when omitted); set directly in the database before each case. */
  belStatus?: 'DRAFT' | 'SUBMITTED';
  /** The same for RU-BEL's GosTech plan. */
  planStatus?: 'DRAFT' | 'SUBMITTED';
  expect: Expectation;
  prepare(f: Fixture, actor: ActorName): Promise<Case>;
}

const goalInput = { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Цель из матрицы' };
const initiativeInput = {
  title: 'Проект из матрицы',
  kind: 'REGIONAL',
  startDate: '2021-01-01',
  endDate: '2022-12-31',
  budgets: [{ year: 2021, source: 'REGIONAL', amount: 1 }],
};

const TABLE: Row[] = [
  {
    mutation: 'login',
    expect: ANYONE,
    prepare: async () => ({
      query: 'mutation { login(email: "reviewer@tsifra.test", password: "demo-password") { id } }',
    }),
  },
  {
    mutation: 'logout',
    expect: ANYONE,
    prepare: async (f, actor) => {
      const email = {
        anonymous: null,
        'editor of own region (RU-BEL)': 'editor.bel@tsifra.test',
        'editor of another region (RU-TUL)': 'editor.tul@tsifra.test',
        'federal reviewer': 'reviewer@tsifra.test',
        admin: 'admin@tsifra.test',
      }[actor];
      return { query: 'mutation { logout }', token: email ? await f.t.login(email) : undefined };
    },
  },
  {
    mutation: 'createApiToken',
    expect: SIGNED_IN,
    prepare: async () => ({ query: 'mutation { createApiToken(label: "matrix") { token } }' }),
  },
  {
    mutation: 'revokeApiToken',
    variant: "RU-BEL editor's token",
    expect: [UN, OK, NF, NF, OK],
    prepare: async (f) => {
      const res = await f.t.gql<{ createApiToken: { apiToken: { id: string } } }>(
        'mutation { createApiToken(label: "to revoke") { apiToken { id } } }',
        {},
        f.tokens['editor of own region (RU-BEL)'],
      );
      return {
        query: 'mutation($id: ID!) { revokeApiToken(id: $id) }',
        variables: { id: res.data!.createApiToken.apiToken.id },
      };
    },
  },
  {
    mutation: 'changePassword',
    expect: SIGNED_IN,
    prepare: async () => ({
      query: 'mutation { changePassword(currentPassword: "demo-password", newPassword: "demo-password") }',
    }),
  },
  {
    mutation: 'createUser',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      variables: {
        i: {
          email: `matrix-${f.n}@tsifra.test`,
          name: 'Матрица',
          role: 'FEDERAL_REVIEWER',
          password: 'matrix-password-1',
        },
      },
    }),
  },
  {
    mutation: 'updateUser',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { updateUser(id: $id, input: { name: "Переименован" }) { id } }',
      variables: { id: await f.user() },
    }),
  },
  {
    mutation: 'setUserPassword',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { setUserPassword(id: $id, password: "matrix-password-2") { id } }',
      variables: { id: await f.user() },
    }),
  },
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

/** Parks a region's row (strategy or plan) on a spare region for one case, so the region has none; puts it back after. */
async function parkOnSpareRegion(
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

const systemInput = (n: number) => ({
  name: `Система из матрицы ${n}`,
  operator: 'Министерство цифрового развития области',
});

TABLE.push(
  {
    mutation: 'createGostechPlan',
    variant: 'RU-BEL without a plan',
    expect: EDIT,
    prepare: async (f) => ({
      query: 'mutation { createGostechPlan(regionCode: "RU-BEL") { id } }',
      cleanup: await parkOnSpareRegion(f, GostechPlanEntity, f.plan),
    }),
  },
  {
    mutation: 'addInformationSystem',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }',
      variables: { p: f.plan, v: await f.planVersion(), i: systemInput(f.n) },
    }),
  },
  {
    mutation: 'updateInformationSystem',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query:
        'mutation($id: ID!, $v: Int!, $i: InformationSystemInput!) { updateInformationSystem(id: $id, version: $v, input: $i) { id } }',
      variables: { id: await f.system(), v: await f.planVersion(), i: { ...systemInput(f.n), purpose: 'Обновлено' } },
    }),
  },
  {
    mutation: 'deleteInformationSystem',
    expect: EDIT_ITEM,
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { deleteInformationSystem(id: $id, version: $v) { id } }',
      variables: { id: await f.system(), v: await f.planVersion() },
    }),
  },
  {
    mutation: 'importInformationSystems',
    variant: 'dry run of its own export',
    expect: EDIT,
    prepare: async (f) => {
      const file = await f.t.gql<{ exportGostechPlan: string }>(
        'query($p: ID!) { exportGostechPlan(planId: $p) }',
        { p: f.plan },
        f.tokens.admin,
      );
      return {
        query:
          'mutation($p: ID!, $v: Int!, $f: String!) { importInformationSystems(planId: $p, version: $v, file: $f, dryRun: true) { __typename } }',
        variables: { p: f.plan, v: await f.planVersion(), f: file.data!.exportGostechPlan },
      };
    },
  },
  // The demo plan of RU-BEL is incomplete (systems without a decision): the workflow refuses even its own editor.
  // Its successful submission is covered in modules/gostech's own API tests.
  {
    mutation: 'submitGostechPlan',
    variant: 'the incomplete demo plan',
    expect: [UN, WF, NO, NO, WF],
    prepare: async (f) => ({
      query: 'mutation($id: ID!, $v: Int!) { submitGostechPlan(id: $id, version: $v) { id } }',
      variables: { id: f.plan, v: await f.planVersion() },
    }),
  },
  {
    mutation: 'requestGostechPlanChanges',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { requestGostechPlanChanges(id: $id, comment: "Уточните сроки") { id } }',
      variables: { id: f.plan },
    }),
  },
  {
    mutation: 'approveGostechPlan',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { approveGostechPlan(id: $id) { id } }',
      variables: { id: f.plan },
    }),
  },
  {
    mutation: 'addGostechPlanRemark',
    planStatus: 'SUBMITTED',
    expect: REVIEW,
    prepare: async (f) => {
      await f.t.server.db.dataSource.getRepository(GostechPlanEntity).update({ id: f.plan }, { revision: 1 });
      return {
        query:
          'mutation($p: ID!) { addGostechPlanRemark(planId: $p, input: { body: "Замечание к плану", severity: MINOR }) { id } }',
        variables: { p: f.plan },
      };
    },
  },
);

// Execution (issue 12): actuals are reported on an approved strategy by its own region's editor or an admin.
const REPORT_ACTUAL = 'mutation($i: ID!, $v: Float!) { reportActual(indicatorId: $i, year: 2021, value: $v) { id } }';
const indicatorOf = async (f: Fixture, strategyId: string) =>
  (await f.t.server.db.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ strategyId })).id;
TABLE.push(
  {
    mutation: 'reportActual',
    variant: "on RU-TUL's approved strategy",
    expect: [UN, NO, OK, NO, OK],
    prepare: async (f) => ({ query: REPORT_ACTUAL, variables: { i: await indicatorOf(f, f.tul), v: 40 + (f.n % 50) } }),
  },
  {
    mutation: 'reportActual',
    variant: "on RU-BEL's draft",
    expect: [UN, WF, NF, NO, WF],
    prepare: async (f) => ({ query: REPORT_ACTUAL, variables: { i: await indicatorOf(f, f.bel), v: 1 } }),
  },
  {
    mutation: 'importActualsWorkbook',
    variant: "dry run of RU-TUL's own export",
    expect: [UN, NO, OK, NO, OK],
    prepare: async (f) => {
      const file = await f.t.gql<{ exportActualsWorkbook: string }>(
        'query($s: ID!) { exportActualsWorkbook(strategyId: $s) }',
        { s: f.tul },
      );
      return {
        query:
          'mutation($s: ID!, $f: String!) { importActualsWorkbook(strategyId: $s, file: $f, dryRun: true) { changes } }',
        variables: { s: f.tul, f: file.data!.exportActualsWorkbook },
      };
    },
  },
  {
    mutation: 'setExecutionSettings',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query:
        'mutation($v: String!) { setExecutionSettings(thresholds: { version: $v, achieved: 100, onTrack: 90, atRisk: 75 }) { rulesVersion } }',
      variables: { v: `matrix-${f.n}` },
    }),
  },
);

// МСЗУ (issue 13): a region's statuses are written by its own editor or an admin; the catalogue and settings by admins.
const mszuStep = { serviceCode: 'МСЗУ-1-01', step: 'IN_OPERATION', on: '2022-12-31' };
TABLE.push(
  {
    mutation: 'recordMszuSteps',
    expect: EDIT,
    prepare: async () => ({
      query: 'mutation($s: [MszuStepInput!]!) { recordMszuSteps(regionCode: "RU-BEL", steps: $s) { id } }',
      variables: { s: [mszuStep] },
    }),
  },
  {
    mutation: 'correctMszuStep',
    expect: EDIT,
    prepare: async (f) => {
      const rec = await f.t.gql<{ recordMszuSteps: { id: string }[] }>(
        'mutation($s: [MszuStepInput!]!) { recordMszuSteps(regionCode: "RU-BEL", steps: $s) { id } }',
        { s: [mszuStep] },
        f.tokens.admin,
      );
      return {
        query:
          'mutation($id: ID!) { correctMszuStep(id: $id, input: { step: CONNECTED, on: "2022-12-30", reason: "Исправление из матрицы" }) { id } }',
        variables: { id: rec.data!.recordMszuSteps[0]!.id },
      };
    },
  },
  {
    mutation: 'reportMszuMonth',
    expect: EDIT,
    prepare: async () => ({ query: 'mutation { reportMszuMonth(regionCode: "RU-BEL", period: "2021-07") }' }),
  },
  {
    mutation: 'importMszuStatuses',
    variant: 'dry run of its own export',
    expect: EDIT,
    prepare: async (f) => {
      const file = await f.t.gql<{ exportMszuStatuses: string }>('{ exportMszuStatuses(regionCode: "RU-BEL") }');
      return {
        query:
          'mutation($f: String!) { importMszuStatuses(regionCode: "RU-BEL", file: $f, dryRun: true) { __typename } }',
        variables: { f: file.data!.exportMszuStatuses },
      };
    },
  },
  {
    mutation: 'saveMszuService',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($i: MszuServiceInput!) { saveMszuService(input: $i) { id } }',
      variables: { i: { code: `MATRIX-${f.n}`, name: 'Услуга из матрицы', level: 'MUNICIPAL', queue: 3 } },
    }),
  },
  {
    mutation: 'saveMszuQueue',
    expect: ADMIN_ONLY,
    prepare: async () => ({
      query: 'mutation { saveMszuQueue(input: { number: 3, opensOn: "2021-08-01", dueOn: "2021-12-01" }) { number } }',
    }),
  },
  {
    mutation: 'updateMszuSettings',
    expect: ADMIN_ONLY,
    prepare: async () => ({ query: 'mutation { updateMszuSettings(input: { leaderAbove: 40 }) { leaderAbove } }' }),
  },
  {
    mutation: 'importMszuCatalogue',
    variant: 'dry run of its own export',
    expect: ADMIN_ONLY,
    prepare: async (f) => {
      const file = await f.t.gql<{ exportMszuCatalogue: string }>('{ exportMszuCatalogue }');
      return {
        query: 'mutation($f: String!) { importMszuCatalogue(file: $f, dryRun: true) { __typename } }',
        variables: { f: file.data!.exportMszuCatalogue },
      };
    },
  },
);

// Ratings and the РЦТ/ЦУР registry (issue 14): inputs and publication are the admins'; returns and the registry the region's.
const methodologyInput = (code: string) => ({
  code,
  validFrom: '2031-01',
  parameters: [
    { code: 'POS', name: 'ПОС', nameEn: 'POS', unit: 'балл', maxPoints: 5, derivation: 'ENTERED', source: 'ENTERED' },
  ],
});
TABLE.push(
  {
    mutation: 'setRatingInput',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query:
        'mutation($v: Float!) { setRatingInput(input: { regionCode: "RU-BEL", period: "2021-11", parameterCode: "POS", value: $v }) { id } }',
      variables: { v: f.n % 5 },
    }),
  },
  {
    mutation: 'submitMaturityReturn',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($v: Float!) { submitMaturityReturn(input: { regionCode: "RU-BEL", quarter: "2022-Q4", sector: "education", value: $v }) { id } }',
      variables: { v: f.n % 100 },
    }),
  },
  {
    mutation: 'createRatingMethodology',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($i: RatingMethodologyInput!) { createRatingMethodology(input: $i) { id } }',
      variables: { i: methodologyInput(`MATRIX-${f.n}`) },
    }),
  },
  {
    mutation: 'updateRatingMethodology',
    variant: 'a methodology in use',
    expect: [UN, NO, NO, NO, 'BAD_USER_INPUT'],
    prepare: async () => ({
      query:
        'mutation($i: RatingMethodologyInput!) { updateRatingMethodology(code: "RCT-2021", version: 1, input: $i) { id } }',
      variables: { i: methodologyInput('RCT-2021') },
    }),
  },
  {
    mutation: 'publishRating',
    expect: ADMIN_ONLY,
    prepare: async () => ({ query: 'mutation { publishRating(period: "2021-12", reason: "матрица") { id } }' }),
  },
  {
    mutation: 'saveMaturityReport',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($v: Float!) { saveMaturityReport(input: { regionCode: "RU-BEL", quarter: "2022-Q4", values: [{ sector: "transport", value: $v }] }) { id } }',
      variables: { v: f.n % 100 },
    }),
  },
  {
    mutation: 'submitMaturityReport',
    expect: EDIT,
    prepare: (f) =>
      maturityReportCase(
        f,
        false,
        'mutation($id: ID!, $v: Int!) { submitMaturityReport(id: $id, version: $v) { id } }',
      ),
  },
  {
    mutation: 'requestMaturityReportChanges',
    expect: REVIEW,
    prepare: (f) =>
      maturityReportCase(
        f,
        true,
        'mutation($id: ID!) { requestMaturityReportChanges(id: $id, comment: "Уточните") { id } }',
      ),
  },
  {
    mutation: 'approveMaturityReport',
    expect: REVIEW,
    prepare: (f) => maturityReportCase(f, true, 'mutation($id: ID!) { approveMaturityReport(id: $id) { id } }'),
  },
  {
    mutation: 'importRatingInputs',
    variant: 'a dry run',
    expect: ADMIN_ONLY,
    prepare: async (f) => {
      const file = await f.t.gql<{ ratingInputsWorkbook: string }>(
        '{ ratingInputsWorkbook(period: "2021-12") }',
        {},
        f.tokens.admin,
      );
      return {
        query: 'mutation($f: String!) { importRatingInputs(period: "2021-12", file: $f, dryRun: true) { changes } }',
        variables: { f: file.data!.ratingInputsWorkbook },
      };
    },
  },
  {
    mutation: 'setDigitalHead',
    expect: EDIT,
    prepare: async (f) => ({
      query:
        'mutation($d: String!) { setDigitalHead(regionCode: "RU-BEL", input: { name: "Матрица", position: "вице-губернатор", appointedOn: $d }) { name } }',
      variables: { d: `2023-01-${String(1 + (f.n % 28)).padStart(2, '0')}` },
    }),
  },
  {
    mutation: 'setControlCentre',
    expect: EDIT,
    prepare: async () => ({
      query:
        'mutation { setControlCentre(regionCode: "RU-BEL", input: { status: "OPERATING", openedOn: "2020-10-01", platforms: ["ПОС"] }) { status } }',
    }),
  },
);

/** A complete RU-BEL maturity return for a fresh quarter (filled by the admin; submitted too when `submitted`). */
async function maturityReportCase(f: Fixture, submitted: boolean, query: string): Promise<Case> {
  const quarter = `${2040 + Math.floor(f.n / 4)}-Q${1 + (f.n % 4)}`;
  const values = ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment'].map(
    (sector) => ({ sector, value: 50 }),
  );
  const saved = await f.t.gql<{ saveMaturityReport: { id: string; version: number } }>(
    'mutation($i: MaturityReportInput!) { saveMaturityReport(input: $i) { id version } }',
    { i: { regionCode: 'RU-BEL', quarter, values } },
    f.tokens.admin,
  );
  const { id, version } = saved.data!.saveMaturityReport;
  if (!submitted) return { query, variables: { id, v: version } };
  await f.t.gql(
    'mutation($id: ID!, $v: Int!) { submitMaturityReport(id: $id, version: $v) { id } }',
    { id, v: version },
    f.tokens.admin,
  );
  return { query, variables: { id } };
}

const CASES = TABLE.flatMap((row) => ACTORS.map((actor, i) => ({ row, actor, expected: row.expect[i]! })));

describe('the authorization matrix', () => {
  let t: TestServer;
  let f: Fixture;
  let ran = 0;

  beforeAll(async () => {
    t = await startTestServer();
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
    f = {
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
  });
  afterAll(async () => {
    process.stdout.write(
      `authorization matrix: ${ran} of ${CASES.length} cases ran (${TABLE.length} rows × ${ACTORS.length} callers, ${new Set(TABLE.map((r) => r.mutation)).size} mutations)\n`,
    );
    await t.stop();
  });

  it('has a row for every mutation in the schema (add one when you add a mutation)', async () => {
    await buildTsifraSchema();
    const mutations = new Set(getMetadataStorage().mutations.map((m) => m.schemaName));
    const covered = new Set(TABLE.map((r) => r.mutation));
    expect([...mutations].filter((m) => !covered.has(m)).sort()).toEqual([]);
    expect([...covered].filter((m) => !mutations.has(m)).sort()).toEqual([]);
  });

  const checksum = () => databaseChecksum((sql) => t.server.db.dataSource.query(sql), t.dialect);

  it.each(
    CASES.map(
      (c) => [`${c.row.mutation}${c.row.variant ? ` (${c.row.variant})` : ''}`, c.actor, c.expected, c] as const,
    ),
  )('%s as %s → %s', async (_name, actor, expected, c) => {
    f.n += 1;
    await t.server.db.write(async (m) => {
      await m.getRepository(StrategyEntity).update({ id: f.bel }, { status: c.row.belStatus ?? 'DRAFT' });
      await m.getRepository(GostechPlanEntity).update({ id: f.plan }, { status: c.row.planStatus ?? 'DRAFT' });
    });
    const prepared = await c.row.prepare(f, actor);
    try {
      const before = expected === OK ? null : await checksum();
      const versionBefore = await f.version();
      const res = await t.gql(
        prepared.query,
        prepared.variables,
        'token' in prepared ? prepared.token : f.tokens[actor],
      );
      if (expected === OK) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
        expect(await f.version()).toBe(versionBefore);
        expect(await checksum()).toEqual(before);
      }
      ran += 1;
    } finally {
      await prepared.cleanup?.();
    }
  });
});
