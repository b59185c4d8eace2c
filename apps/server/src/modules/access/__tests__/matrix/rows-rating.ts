import { UN, NO, EDIT, ADMIN_ONLY, REVIEW, type Case, type Fixture, type Row } from './kinds';

// Ratings and the РЦТ/ЦУР registry (issue 14): inputs and publication are the admins'; returns and the registry the region's.
const methodologyInput = (code: string) => ({
  code,
  validFrom: '2031-01',
  parameters: [
    { code: 'POS', name: 'ПОС', nameEn: 'POS', unit: 'балл', maxPoints: 5, derivation: 'ENTERED', source: 'ENTERED' },
  ],
});
export const RATING_ROWS: Row[] = [
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
];

let maturityCases = 0;

/** A complete RU-BEL maturity return for a fresh quarter (filled by the admin; submitted too when `submitted`). */
async function maturityReportCase(f: Fixture, submitted: boolean, query: string): Promise<Case> {
  // A quarter of its own for every case (f.n counts all the matrix's cases and would run past the year 2100).
  const k = maturityCases++;
  const quarter = `${2040 + Math.floor(k / 4)}-Q${1 + (k % 4)}`;
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
