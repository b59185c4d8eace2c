import { RATING_2021, RATING_2022 } from './demo-methodologies';
import { competitionRanks, computeRating, explainRow, pointsFor, rankBand } from './engine';
import {
  checkMethodology,
  maxScore,
  methodologyFormula,
  methodologyInForce,
  parameterFormula,
  type MethodologyDef,
  type ParameterDef,
} from './methodology';

const entered: ParameterDef = {
  code: 'POS',
  name: 'ПОС',
  nameEn: 'POS',
  unit: 'балл',
  maxPoints: 5,
  derivation: 'ENTERED',
  source: 'ENTERED',
};
const computed: ParameterDef = {
  code: 'MAT',
  name: 'Зрелость',
  nameEn: 'Maturity',
  unit: '%',
  maxPoints: 10,
  derivation: 'COMPUTED',
  source: 'MATURITY_INDEX',
  scale: { kind: 'LINEAR', from: 20, to: 80 },
};

describe('pointsFor', () => {
  it.each<[string, ParameterDef, number | null | undefined, number, boolean, boolean]>([
    ['entered value is its points', entered, 3.5, 3.5, false, false],
    ['entered above max is clamped to max', entered, 7, 5, false, true],
    ['entered below zero is clamped to 0', entered, -1, 0, false, true],
    ['entered exactly max', entered, 5, 5, false, false],
    ['entered zero is data, not missing', entered, 0, 0, false, false],
    ['missing (undefined) gives 0 and no data', entered, undefined, 0, true, false],
    ['missing (null) gives 0 and no data', entered, null, 0, true, false],
    ['NaN counts as missing', entered, Number.NaN, 0, true, false],
    ['computed: at the scale start gives 0', computed, 20, 0, false, false],
    ['computed: midway gives half', computed, 50, 5, false, false],
    ['computed: at the scale end gives max', computed, 80, 10, false, false],
    ['computed: above the scale is clamped', computed, 95, 10, false, true],
    ['computed: below the scale is clamped to 0', computed, 5, 0, false, true],
    ['computed: rounds to hundredths', computed, 33.333, 2.22, false, false],
    ['computed: missing source value gives 0, no data', computed, undefined, 0, true, false],
  ])('%s', (_name, p, value, points, noData, clamped) => {
    const r = pointsFor(p, value);
    expect(r.points).toBe(points);
    expect(r.noData).toBe(noData);
    expect(r.clamped).toBe(clamped);
  });
});

describe('competitionRanks (ties share the better rank, the next skips: 1,2,2,4)', () => {
  it.each<[number[], number[]]>([
    [
      [10, 9, 9, 7],
      [1, 2, 2, 4],
    ],
    [
      [5, 5, 5],
      [1, 1, 1],
    ],
    [
      [1, 2, 3],
      [3, 2, 1],
    ],
    [
      [0.1 + 0.2, 0.3],
      [1, 1],
    ],
    [[], []],
  ])('%j → %j', (scores, ranks) => expect(competitionRanks(scores)).toEqual(ranks));
});

const small: MethodologyDef = {
  code: 'T-1',
  validFrom: '2021-03',
  aggregation: 'SUM',
  parameters: [entered, computed],
};
const inputs = (rows: Record<string, Record<string, number>>) =>
  new Map(Object.entries(rows).map(([r, v]) => [r, new Map(Object.entries(v))]));

describe('computeRating', () => {
  it('sums points, ranks by total and lists ties by region code with a shared rank', () => {
    const rows = computeRating(
      small,
      ['RU-C', 'RU-B', 'RU-A', 'RU-D'],
      inputs({
        'RU-A': { POS: 4, MAT: 50 },
        'RU-B': { POS: 5, MAT: 38 },
        'RU-C': { POS: 4, MAT: 50 },
        'RU-D': { POS: 1, MAT: 20 },
      }),
    );
    expect(rows.map((r) => [r.region, r.rank, r.score])).toEqual([
      ['RU-A', 1, 9],
      ['RU-C', 1, 9],
      ['RU-B', 3, 9 - 1],
      ['RU-D', 4, 1],
    ]);
  });
  it('keeps a region without any inputs, with 0 points, every parameter flagged no data, ranked last', () => {
    const rows = computeRating(small, ['RU-A', 'RU-Z'], inputs({ 'RU-A': { POS: 1 } }));
    const z = rows.find((r) => r.region === 'RU-Z')!;
    expect(z).toMatchObject({ rank: 2, score: 0, missing: ['POS', 'MAT'] });
    expect(rows[0]!.missing).toEqual(['MAT']);
  });
  it('ignores inputs for parameters the methodology does not have', () => {
    const rows = computeRating(small, ['RU-A'], inputs({ 'RU-A': { POS: 1, SMEV: 3 } }));
    expect(rows[0]!.score).toBe(1);
  });
  it('explains each parameter: points of max ← from what, including no data and clamping', () => {
    const [row] = computeRating(small, ['RU-A'], inputs({ 'RU-A': { POS: 9 } }));
    expect(explainRow(small, row!)).toEqual(['POS: 5 of 5 ← entered 9 (clamped)', 'MAT: 0 of 10 ← no data']);
    const [row2] = computeRating(small, ['RU-A'], inputs({ 'RU-A': { MAT: 80 } }));
    expect(explainRow(small, row2!)[1]).toBe('MAT: 10 of 10 ← MATURITY_INDEX 80');
  });
  it('the same inputs rank differently under the 2021 and 2022 methods', () => {
    const inp = inputs({ 'RU-A': { MATURITY: 10, POS: 5 }, 'RU-B': { MATURITY: 60, SMEV: 3 } });
    // 2021: entered points, B's 60 is clamped to 10 → A 15, B 10. 2022: maturity is an index 0–100 → A 1 + 5, B 6 + 3.
    expect(computeRating(RATING_2021, ['RU-A', 'RU-B'], inp).map((r) => [r.region, r.score])).toEqual([
      ['RU-A', 15],
      ['RU-B', 10],
    ]);
    expect(computeRating(RATING_2022, ['RU-A', 'RU-B'], inp).map((r) => [r.region, r.score])).toEqual([
      ['RU-B', 9],
      ['RU-A', 6],
    ]);
  });
});

describe('methodologyInForce (latest validFrom ≤ month)', () => {
  const versions = [RATING_2021, RATING_2022, { ...RATING_2022, code: 'RCT-2022-B', validFrom: '2023-01' }];
  it.each<[string, string | undefined]>([
    ['2021-02', undefined],
    ['2021-03', 'RCT-2021'],
    ['2022-06', 'RCT-2021'],
    ['2022-07', 'RCT-2022'],
    ['2022-12', 'RCT-2022'],
    ['2023-01', 'RCT-2022-B'],
    ['2022', undefined],
    ['garbage', undefined],
  ])('%s → %s', (month, code) => expect(methodologyInForce(versions, month)?.code).toBe(code));
  it('switches between two consecutive months', () => {
    expect(methodologyInForce(versions, '2022-06')!.parameters).toHaveLength(5);
    expect(methodologyInForce(versions, '2022-07')!.parameters).toHaveLength(7);
  });
});

describe('methodologies', () => {
  it('the demo methods have 5 and 7 parameters, the 2022 one a maximum of 31', () => {
    expect(RATING_2021.parameters).toHaveLength(5);
    expect(RATING_2022.parameters).toHaveLength(7);
    expect(maxScore(RATING_2022)).toBe(31);
    expect(RATING_2022.parameters.find((p) => p.code === 'MATURITY')!.maxPoints).toBe(10);
    expect(RATING_2022.parameters.find((p) => p.code === 'IMPORT')!.maxPoints).toBe(2.5);
    expect(checkMethodology(RATING_2021)).toEqual([]);
    expect(checkMethodology(RATING_2022)).toEqual([]);
  });
  it.each<[string, Partial<MethodologyDef>, string[]]>([
    ['bad code', { code: 'x' }, ['code:methodology_code_format']],
    ['validFrom not a month', { validFrom: '2022' }, ['validFrom:period_not_month']],
    ['no parameters', { parameters: [] }, ['parameters:methodology_no_parameters']],
    ['duplicate parameter', { parameters: [entered, entered] }, ['parameters[1].code:parameter_duplicate']],
    [
      'non-positive max',
      { parameters: [{ ...entered, maxPoints: 0 }] },
      ['parameters[0].maxPoints:parameter_max_points'],
    ],
    [
      'computed without a source or scale',
      { parameters: [{ ...computed, source: 'ENTERED', scale: undefined }] },
      ['parameters[0].source:parameter_computed_source', 'parameters[0].scale:parameter_scale'],
    ],
  ])('refuses %s', (_n, patch, expected) => {
    expect(checkMethodology({ ...small, ...patch }).map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
  });
  it('writes formulas', () => {
    expect(parameterFormula(entered)).toBe('points = min(max(entered, 0), 5)');
    expect(parameterFormula(computed)).toBe('points = 10 × clamp((MATURITY_INDEX − 20) / (80 − 20), 0, 1)');
    expect(methodologyFormula(small)).toBe('score = POS + MAT (max 15)');
  });
});

describe('rankBand', () => {
  it.each<[number, number, string]>([
    [1, 85, 'LEADER'],
    [3, 85, 'LEADER'],
    [4, 85, 'MIDDLE'],
    [82, 85, 'MIDDLE'],
    [83, 85, 'LAGGARD'],
    [85, 85, 'LAGGARD'],
  ])('rank %i of %i → %s', (rank, count, band) => expect(rankBand(rank, count)).toBe(band));
});
