import { startTestServer, type TestServer } from '../../../testing/test-server';

// Shared by the GosTech API tests (gostech.api, gostech-access.api): the plan query, a complete system, and a server
// on TODAY = 2022-04-15 with the sessions of RU-BEL's and RU-TUL's editors, the reviewer and the admin.

export const PLAN = `query($code: String!) { region(code: $code) { gostechPlan { id status version revision deadline contentVisible reviewComment availableTransitions
  completeness { rule systemId stage }
  systems { id name shortName owner operator plannedMigrationDate stage currentStage decision sector { code } annualCost
    stages { stage plannedStart plannedEnd actualStart actualEnd } dependsOn { id } } } } }`;

export const SYSTEM_FIELDS =
  'id name owner plannedMigrationDate stage decision stages { stage plannedStart plannedEnd } dependsOn { name } plan { id version }';

/** A complete system migrating as is, production planned on `production`. */
export function migrating(name: string, production = '2022-09-01', extra: Record<string, unknown> = {}) {
  return {
    name,
    operator: 'Министерство цифрового развития',
    sectorCode: 'public_administration',
    decision: 'MIGRATE_AS_IS',
    annualCost: 1000000,
    stages: [
      { stage: 'ASSESSMENT', plannedStart: '2022-01-10', plannedEnd: '2022-02-28' },
      { stage: 'PILOT', plannedStart: '2022-04-01', plannedEnd: '2022-06-30' },
      { stage: 'PRODUCTION', plannedStart: production, plannedEnd: '2022-12-31' },
      { stage: 'LEGACY_SHUTDOWN', plannedStart: '2023-01-01', plannedEnd: '2023-03-31' },
    ],
    ...extra,
  };
}

/** A test server on 2022-04-15 with the sessions of RU-BEL's and RU-TUL's editors, the reviewer and the admin. */
export async function startGostechServer() {
  const t = await startTestServer({ env: { TODAY: '2022-04-15' } });
  const [bel, tul, reviewer, admin] = (await Promise.all(
    ['editor.bel@tsifra.test', 'editor.tul@tsifra.test', 'reviewer@tsifra.test', 'admin@tsifra.test'].map((e) =>
      t.login(e),
    ),
  )) as [string, string, string, string];
  return { t, bel, tul, reviewer, admin };
}

/** A region's GosTech plan as `token` reads it, on the server `current()` returns. */
export const planReader = (current: () => TestServer) => async (code: string, token?: string) =>
  (await current().gql(PLAN, { code }, token)).data!.region.gostechPlan;
