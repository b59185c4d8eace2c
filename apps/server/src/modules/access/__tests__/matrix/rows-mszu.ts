import { EDIT, ADMIN_ONLY, Row } from './kinds';

// МСЗУ (issue 13): a region's statuses are written by its own editor or an admin; the catalogue and settings by admins.
const mszuStep = { serviceCode: 'МСЗУ-1-01', step: 'IN_OPERATION', on: '2022-12-31' };
export const MSZU_ROWS: Row[] = [
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
];
