import { prefixFieldErrors } from '../errors';
import { INDICATOR_RULES, targetFor, validateIndicator } from './indicators';
import type { IndicatorDraft } from './indicators';

// KhMAO's broadband share: real figures from the programme (domain.md).
const broadband: IndicatorDraft = {
  name: 'Доля домохозяйств с широкополосным доступом к интернету',
  unit: '%',
  direction: 'INCREASE',
  baselineYear: 2020,
  baselineValue: 84.9,
  targets: [
    { year: 2021, value: 86.6 },
    { year: 2022, value: 88.2 },
    { year: 2023, value: 90.2 },
    { year: 2024, value: 92.5 },
  ],
  responsible: 'Департамент информационных технологий и цифрового развития',
};
const Y2024 = { horizon: 'Y2024' } as const;

const with_ = (patch: Partial<IndicatorDraft>): IndicatorDraft => ({ ...broadband, ...patch });
const rules = (draft: IndicatorDraft, ctx: { horizon: 'Y2021' | 'Y2024' | 'Y2030' } = Y2024) =>
  validateIndicator(draft, ctx).map((e) => `${e.field}:${e.rule}`);

describe('validateIndicator', () => {
  it('accepts a complete indicator', () => {
    expect(validateIndicator(broadband, Y2024)).toEqual([]);
  });

  it('accepts years between the template columns, such as 2025', () => {
    expect(rules(with_({ targets: [...broadband.targets, { year: 2025, value: 93.8 }] }))).toEqual([]);
  });

  it('requires a name after trimming', () => {
    expect(rules(with_({ name: '   ' }))).toEqual(['name:required']);
  });

  it('limits the name to 500 characters', () => {
    expect(rules(with_({ name: 'x'.repeat(500) }))).toEqual([]);
    expect(rules(with_({ name: 'x'.repeat(501) }))).toEqual(['name:too_long']);
  });

  it('requires a unit it knows', () => {
    expect(rules(with_({ unit: '' }))).toEqual(['unit:required']);
    expect(rules(with_({ unit: 'попугаи' }))).toEqual(['unit:unknown_unit']);
    expect(rules(with_({ unit: '744' }))).toEqual([]);
  });

  it('requires a whole baseline year within 2010–2030', () => {
    expect(rules(with_({ baselineYear: 2009 }))).toEqual(['baselineYear:year_out_of_range']);
    expect(rules(with_({ baselineYear: 2010 }))).toEqual([]);
    expect(rules(with_({ baselineYear: 2020.5 }))).toEqual(['baselineYear:not_integer']);
    expect(rules(with_({ baselineYear: 2031, targets: [] }))).toEqual([
      'baselineYear:year_out_of_range',
      'targets:horizon_not_covered',
    ]);
  });

  it('rejects a baseline value that is not finite', () => {
    expect(rules(with_({ baselineValue: Number.NaN }))).toEqual(['baselineValue:not_finite']);
    expect(rules(with_({ baselineValue: Number.POSITIVE_INFINITY }))).toEqual(['baselineValue:not_finite']);
  });

  it('requires target years after the baseline year', () => {
    expect(rules(with_({ baselineYear: 2021 }))).toEqual(['targets[0].year:target_year_not_after_baseline']);
  });

  it('requires whole target years up to 2030', () => {
    expect(rules(with_({ targets: [...broadband.targets, { year: 2031, value: 95 }] }))).toEqual([
      'targets[4].year:year_out_of_range',
    ]);
    expect(rules(with_({ targets: [...broadband.targets, { year: 2022.5, value: 89 }] }))).toEqual([
      'targets[4].year:not_integer',
    ]);
  });

  it('flags a repeated target year on the repeat', () => {
    expect(rules(with_({ targets: [...broadband.targets, { year: 2022, value: 89 }] }))).toEqual([
      'targets[4].year:duplicate_year',
    ]);
  });

  it('rejects target values that are not finite', () => {
    const targets = broadband.targets.map((t, i) => (i === 1 ? { ...t, value: Number.NaN } : t));
    expect(rules(with_({ targets }))).toEqual(['targets[1].value:not_finite']);
  });

  it("needs a target for the goal's horizon year", () => {
    expect(rules(broadband, { horizon: 'Y2030' })).toEqual(['targets:horizon_not_covered']);
    expect(rules(broadband, { horizon: 'Y2021' })).toEqual([]);
    expect(rules(with_({ targets: [] }))).toEqual(['targets:horizon_not_covered']);
    expect(validateIndicator(broadband, { horizon: 'Y2030' })[0]?.params).toEqual({ year: 2030 });
  });

  it('keeps targets of an increasing indicator at or above the baseline', () => {
    expect(
      rules(
        with_({
          targets: [
            { year: 2021, value: 84.9 },
            { year: 2024, value: 80 },
          ],
        }),
      ),
    ).toEqual(['targets[1].value:target_below_baseline']);
  });

  it('keeps targets of a decreasing indicator at or below the baseline', () => {
    const waiting: IndicatorDraft = {
      name: 'Среднее время ожидания в очереди',
      unit: 'мин',
      direction: 'DECREASE',
      baselineYear: 2020,
      baselineValue: 15,
      targets: [
        { year: 2021, value: 12 },
        { year: 2024, value: 16 },
      ],
    };
    expect(rules(waiting)).toEqual(['targets[1].value:target_above_baseline']);
    expect(rules({ ...waiting, targets: [{ year: 2024, value: 15 }] })).toEqual([]);
  });

  it('does not compare targets with the baseline when no direction is given', () => {
    expect(rules(with_({ direction: undefined, targets: [{ year: 2024, value: 10 }] }))).toEqual([]);
  });

  it('keeps percentages within 0–100', () => {
    expect(rules(with_({ baselineValue: 101 }))).toContain('baselineValue:percent_out_of_range');
    expect(rules(with_({ baselineValue: -1, direction: undefined }))).toEqual(['baselineValue:percent_out_of_range']);
    expect(rules(with_({ targets: [{ year: 2024, value: 100.5 }] }))).toEqual([
      'targets[0].value:percent_out_of_range',
    ]);
    expect(rules(with_({ baselineValue: 0, targets: [{ year: 2024, value: 100 }] }))).toEqual([]);
  });

  it('allows negative values outside percentages', () => {
    const balance: IndicatorDraft = {
      name: 'Сальдо миграции IT-специалистов',
      unit: 'чел.',
      direction: 'INCREASE',
      baselineYear: 2020,
      baselineValue: -120,
      targets: [{ year: 2024, value: -20 }],
    };
    expect(rules(balance)).toEqual([]);
  });

  it('limits the responsible body to 500 characters', () => {
    expect(rules(with_({ responsible: null }))).toEqual([]);
    expect(rules(with_({ responsible: 'x'.repeat(501) }))).toEqual(['responsible:too_long']);
  });

  it('reports several problems at once, each with a message and a known rule', () => {
    const errors = validateIndicator(
      {
        name: '',
        unit: '?',
        baselineYear: 2020,
        baselineValue: Number.NaN,
        targets: [{ year: 2019, value: Number.NaN }],
      },
      Y2024,
    );
    expect(errors.map((e) => `${e.field}:${e.rule}`)).toEqual([
      'name:required',
      'unit:unknown_unit',
      'baselineValue:not_finite',
      'targets[0].year:target_year_not_after_baseline',
      'targets[0].value:not_finite',
      'targets:horizon_not_covered',
    ]);
    for (const e of errors) {
      expect(INDICATOR_RULES).toContain(e.rule);
      expect(e.message.length).toBeGreaterThan(0);
    }
  });

  it('nests under the goal input with prefixFieldErrors', () => {
    const errors = prefixFieldErrors(
      'indicators[1]',
      validateIndicator(with_({ targets: [{ year: 2024, value: 50 }] }), Y2024),
    );
    expect(errors.map((e) => e.field)).toEqual(['indicators[1].targets[0].value']);
  });
});

describe('targetFor', () => {
  it('finds the target of a year', () => {
    expect(targetFor(broadband.targets, 2024)).toBe(92.5);
    expect(targetFor(broadband.targets, 2030)).toBeUndefined();
  });
});
