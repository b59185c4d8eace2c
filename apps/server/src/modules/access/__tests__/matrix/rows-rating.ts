import { UN, NO, EDIT, ADMIN_ONLY, Row } from './kinds';

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
