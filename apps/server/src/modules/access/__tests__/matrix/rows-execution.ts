import { IndicatorEntity } from '../../../goal/indicator.entity';
import { OK, UN, NO, WF, NF, ADMIN_ONLY, Fixture, Row } from './kinds';

// Execution (issue 12): actuals are reported on an approved strategy by its own region's editor or an admin.
const REPORT_ACTUAL = 'mutation($i: ID!, $v: Float!) { reportActual(indicatorId: $i, year: 2021, value: $v) { id } }';
const indicatorOf = async (f: Fixture, strategyId: string) =>
  (await f.t.server.db.dataSource.getRepository(IndicatorEntity).findOneByOrFail({ strategyId })).id;
export const EXECUTION_ROWS: Row[] = [
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
];
