import {
  achievement,
  compareStatus,
  DEFAULT_THRESHOLDS,
  indicatorProgress,
  planFor,
  PROGRESS_RULES_VERSION,
  rollUp,
  statusOf,
  type IndicatorFacts,
  type Progress,
} from './progress';
import { strategyProgress } from './strategy-progress';
import { validateActual } from './actuals';

// KhMAO's broadband share (real plan): 84.9 in 2020 → 86.6, 88.2, 90.2, 92.5 in 2021–2024.
const broadband: IndicatorFacts = {
  direction: 'INCREASE',
  baselineYear: 2020,
  baselineValue: 84.9,
  targets: [
    { year: 2021, value: 86.6 },
    { year: 2022, value: 88.2 },
    { year: 2023, value: 90.2 },
    { year: 2024, value: 92.5 },
  ],
};
// A falling indicator: days to get a service, 30 in 2020 → 10 in 2024.
const waiting: IndicatorFacts = {
  direction: 'DECREASE',
  baselineYear: 2020,
  baselineValue: 30,
  targets: [{ year: 2024, value: 10 }],
};
const keep = (baseline: number, direction: IndicatorFacts['direction']): IndicatorFacts => ({
  direction,
  baselineYear: 2020,
  baselineValue: baseline,
  targets: [{ year: 2024, value: baseline }],
});
const noDirection = (target: number): IndicatorFacts => ({
  direction: null,
  baselineYear: 2020,
  baselineValue: 50,
  targets: [{ year: 2024, value: target }],
});

describe('achievement and status of one indicator for a year', () => {
  it.each<[string, IndicatorFacts, number, number | null | undefined, number | null, string]>([
    ['INCREASE exactly on plan', broadband, 2021, 86.6, 100, 'ACHIEVED'],
    ['INCREASE halfway to plan', broadband, 2022, 86.55, 50, 'OFF_TRACK'],
    ['INCREASE 90 % of the way', broadband, 2021, 86.43, 90, 'ON_TRACK'],
    ['INCREASE 80 % of the way', broadband, 2022, 87.54, 80, 'AT_RISK'],
    [
      'INCREASE just under at risk (74 %)',
      { ...broadband, targets: [{ year: 2021, value: 94.9 }] },
      2021,
      92.3,
      74,
      'OFF_TRACK',
    ],
    [
      'INCREASE exactly 75 % is at risk',
      { ...broadband, targets: [{ year: 2021, value: 94.9 }] },
      2021,
      92.4,
      75,
      'AT_RISK',
    ],
    ['INCREASE overshoot shows above 100', broadband, 2021, 88.3, 200, 'ACHIEVED'],
    ['INCREASE moved backwards is negative', broadband, 2021, 84.05, -50, 'OFF_TRACK'],
    ['INCREASE no change at all', broadband, 2023, 84.9, 0, 'OFF_TRACK'],
    ['DECREASE exactly on plan', waiting, 2024, 10, 100, 'ACHIEVED'],
    ['DECREASE half the reduction', waiting, 2024, 20, 50, 'OFF_TRACK'],
    ['DECREASE 95 % of the reduction', waiting, 2024, 11, 95, 'ON_TRACK'],
    ['DECREASE overshoot (fell further)', waiting, 2024, 5, 125, 'ACHIEVED'],
    ['DECREASE rose instead', waiting, 2024, 35, -25, 'OFF_TRACK'],
    ['DECREASE interpolated plan 2022 (20)', waiting, 2022, 20, 100, 'ACHIEVED'],
    [
      'interpolated plan between targets',
      { ...broadband, targets: [{ year: 2024, value: 92.9 }] },
      2022,
      88.9,
      100,
      'ACHIEVED',
    ],
    ['after the last target the last target holds', broadband, 2026, 92.5, 100, 'ACHIEVED'],
    ['target equal to baseline, INCREASE, held', keep(40, 'INCREASE'), 2022, 40, 100, 'ACHIEVED'],
    ['target equal to baseline, INCREASE, exceeded', keep(40, 'INCREASE'), 2022, 45, 100, 'ACHIEVED'],
    ['target equal to baseline, INCREASE, fell 5 %', keep(40, 'INCREASE'), 2022, 38, 95, 'ON_TRACK'],
    ['target equal to baseline, DECREASE, fell', keep(40, 'DECREASE'), 2022, 30, 100, 'ACHIEVED'],
    ['target equal to baseline, DECREASE, rose 25 %', keep(40, 'DECREASE'), 2022, 50, 75, 'AT_RISK'],
    ['target equal to baseline at zero, missed', keep(0, 'DECREASE'), 2022, 3, 0, 'OFF_TRACK'],
    ['target equal to baseline, far off, floors at 0', keep(10, 'INCREASE'), 2022, 0, 0, 'OFF_TRACK'],
    ['no direction, rising plan read as INCREASE', noDirection(70), 2024, 60, 50, 'OFF_TRACK'],
    ['no direction, falling plan read as DECREASE', noDirection(30), 2024, 32, 90, 'ON_TRACK'],
    ['missing actual (null)', broadband, 2021, null, null, 'NO_DATA'],
    ['missing actual (undefined)', broadband, 2021, undefined, null, 'NO_DATA'],
    ['non-finite actual', broadband, 2021, Number.NaN, null, 'NO_DATA'],
    ['year of the baseline has no plan', broadband, 2020, 85, null, 'NO_DATA'],
    ['year before the baseline has no plan', broadband, 2019, 85, null, 'NO_DATA'],
    ['no targets at all', { ...broadband, targets: [] }, 2021, 85, null, 'NO_DATA'],
  ])('%s', (_name, ind, year, actual, expected, status) => {
    const p = indicatorProgress(ind, year, actual);
    if (expected === null) expect(p.achievement).toBeNull();
    else expect(p.achievement).toBeCloseTo(expected, 1);
    expect(p.status).toBe(status);
    expect(p.rulesVersion).toBe(`${PROGRESS_RULES_VERSION}/${DEFAULT_THRESHOLDS.version}`);
  });

  it('reads the plan of a year between known points on the straight line', () => {
    expect(planFor(waiting, 2021)).toBe(25);
    expect(planFor(broadband, 2020)).toBeUndefined();
    expect(achievement(broadband, undefined, 90)).toBeNull();
  });

  it('takes thresholds as data, and stamps their version', () => {
    const strict = { version: 'strict-2', achieved: 100, onTrack: 98, atRisk: 95 };
    expect(statusOf(96, strict)).toBe('AT_RISK');
    expect(statusOf(96)).toBe('ON_TRACK');
    expect(indicatorProgress(broadband, 2021, 86.6, strict).rulesVersion).toBe(`${PROGRESS_RULES_VERSION}/strict-2`);
  });
});

const leaf = (status: Progress['status'], ach: number | null): Progress => ({
  status,
  achievement: ach,
  confidence: ach === null ? 0 : 1,
  leaves: 1,
  withActual: ach === null ? 0 : 1,
  rulesVersion: 'x',
});

describe('roll-up: status = worst of children with data, achievement = mean (clamped 0–100), confidence = share of leaves with an actual', () => {
  it.each<[string, Progress[], string, number | null, number]>([
    ['all achieved', [leaf('ACHIEVED', 100), leaf('ACHIEVED', 120)], 'ACHIEVED', 100, 1],
    ['mixed: worst wins', [leaf('ACHIEVED', 100), leaf('AT_RISK', 80), leaf('ON_TRACK', 95)], 'AT_RISK', 91.67, 1],
    ['one off track among good ones', [leaf('ACHIEVED', 110), leaf('OFF_TRACK', 40)], 'OFF_TRACK', 70, 1],
    [
      'missing data is skipped for status and mean, counted for confidence',
      [leaf('ON_TRACK', 92), leaf('NO_DATA', null)],
      'ON_TRACK',
      92,
      0.5,
    ],
    ['no child has data', [leaf('NO_DATA', null), leaf('NO_DATA', null)], 'NO_DATA', null, 0],
    ['no children at all', [], 'NO_DATA', null, 0],
    [
      'negative achievement is clamped to 0 in the mean',
      [leaf('OFF_TRACK', -50), leaf('ACHIEVED', 100)],
      'OFF_TRACK',
      50,
      1,
    ],
  ])('%s', (_name, children, status, ach, confidence) => {
    const p = rollUp(children);
    expect(p.status).toBe(status);
    if (ach === null) expect(p.achievement).toBeNull();
    else expect(p.achievement).toBeCloseTo(ach, 2);
    expect(p.confidence).toBeCloseTo(confidence, 4);
  });

  it('weighs confidence by leaves, not by children', () => {
    const goalA = rollUp([leaf('ON_TRACK', 95), leaf('NO_DATA', null), leaf('NO_DATA', null)]);
    const goalB = rollUp([leaf('ACHIEVED', 100)]);
    const sector = rollUp([goalA, goalB]);
    expect(sector.leaves).toBe(4);
    expect(sector.confidence).toBe(0.5);
    expect(sector.achievement).toBe(97.5);
  });

  it('orders statuses worst first', () => {
    const sorted = (['NO_DATA', 'ACHIEVED', 'OFF_TRACK', 'ON_TRACK', 'AT_RISK'] as const).slice().sort(compareStatus);
    expect(sorted).toEqual(['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'ACHIEVED', 'NO_DATA']);
  });
});

describe('strategyProgress', () => {
  const goals = [
    { id: 'g2030', parentId: null, sectorCode: 'HEALTH' },
    { id: 'g2024', parentId: 'g2030', sectorCode: 'HEALTH' },
    { id: 'edu', parentId: null, sectorCode: 'EDUCATION' },
  ];
  const indicators = [
    { ...broadband, id: 'i1', goalId: 'g2024' },
    { ...waiting, id: 'i2', goalId: 'g2030' },
    { ...broadband, id: 'i3', goalId: 'edu' },
  ];
  it('rolls indicators into nested goals, sectors and the strategy', () => {
    const actuals: Record<string, number> = { i1: 86.6, i2: 27.5 };
    const p = strategyProgress(goals, indicators, 2021, (id) => actuals[id]);
    expect(p.indicators.get('i2')?.achievement).toBe(50);
    expect(p.goals.get('g2024')?.status).toBe('ACHIEVED');
    expect(p.goals.get('g2030')).toMatchObject({ status: 'OFF_TRACK', achievement: 75, leaves: 2, withActual: 2 });
    expect(p.sectors.get('HEALTH')?.status).toBe('OFF_TRACK');
    expect(p.sectors.get('EDUCATION')?.status).toBe('NO_DATA');
    expect(p.strategy).toMatchObject({ status: 'OFF_TRACK', achievement: 75, confidence: 0.6667 });
  });
});

describe('validateActual', () => {
  const pct = { unit: '%', baselineYear: 2020 };
  it.each<[string, Parameters<typeof validateActual>[0], typeof pct, string[]]>([
    ['a valid percentage', { year: 2021, value: 86 }, pct, []],
    ['the baseline year itself is allowed', { year: 2020, value: 86 }, pct, []],
    ['a percentage above 100', { year: 2021, value: 100.5 }, pct, ['value:actual_percent_range']],
    ['a negative percentage', { year: 2021, value: -1 }, pct, ['value:actual_percent_range']],
    ['a count above 100 is fine', { year: 2021, value: 5000 }, { unit: 'ед.', baselineYear: 2020 }, []],
    ['a year before the baseline', { year: 2019, value: 50 }, pct, ['year:actual_year_before_baseline']],
    ['a year after 2030', { year: 2031, value: 50 }, pct, ['year:actual_year_after_last']],
    ['a fractional year', { year: 2021.5, value: 50 }, pct, ['year:actual_year_invalid']],
    ['infinity', { year: 2021, value: Number.POSITIVE_INFINITY }, pct, ['value:actual_not_finite']],
    ['NaN', { year: 2021, value: Number.NaN }, pct, ['value:actual_not_finite']],
    ['an overlong note', { year: 2021, value: 50, note: 'x'.repeat(2001) }, pct, ['note:actual_note_too_long']],
  ])('%s', (_name, draft, ctx, expected) => {
    expect(validateActual(draft, ctx).map((e) => `${e.field}:${e.rule}`)).toEqual(expected);
  });
});
