import { budgetTotal, INITIATIVE_RULES, isIsoDate, validateInitiative, type InitiativeDraft } from './initiatives';

const valid: InitiativeDraft = {
  title: 'Платформа обратной связи',
  kind: 'FEDERAL_TEMPLATE',
  templateCode: 'POS-2021',
  startDate: '2021-03-01',
  endDate: '2024-12-31',
  responsible: 'Министерство цифрового развития области',
  budgets: [
    { year: 2021, source: 'FEDERAL', amount: 12.5 },
    { year: 2021, source: 'REGIONAL', amount: 3 },
    { year: 2024, source: 'EXTRA_BUDGETARY', amount: 0 },
  ],
};
const rules = (d: Partial<InitiativeDraft>) => validateInitiative({ ...valid, ...d }).map((e) => [e.field, e.rule]);

describe('validateInitiative', () => {
  it('accepts a valid federal-template initiative and a regional one without a template', () => {
    expect(validateInitiative(valid)).toEqual([]);
    expect(rules({ kind: 'REGIONAL', templateCode: null })).toEqual([]);
    expect(rules({ budgets: undefined })).toEqual([]);
  });

  it('requires a title of at most 500 characters', () => {
    expect(rules({ title: '  ' })).toEqual([['title', 'required']]);
    expect(rules({ title: 'x'.repeat(500) })).toEqual([]);
    expect(rules({ title: 'x'.repeat(501) })).toEqual([['title', 'too_long']]);
    expect(rules({ title: 'x'.repeat(10_000) })).toEqual([['title', 'too_long']]);
  });

  it('ties the template code to the kind', () => {
    expect(rules({ templateCode: '' })).toEqual([['templateCode', 'required']]);
    expect(rules({ kind: 'REGIONAL' })).toEqual([['templateCode', 'template_code_not_allowed']]);
    expect(rules({ kind: 'PRIVATE' as never })).toEqual([['kind', 'unknown_kind']]);
    expect(rules({ templateCode: 'x'.repeat(65) })).toEqual([['templateCode', 'too_long']]);
  });

  it('needs calendar dates within 2020–2030, the end not before the start', () => {
    expect(rules({ startDate: '2021-02-30' })).toEqual([['startDate', 'invalid_date']]);
    expect(rules({ startDate: '01.03.2021' })).toEqual([['startDate', 'invalid_date']]);
    expect(rules({ endDate: '2031-01-01' })).toEqual([['endDate', 'date_out_of_range']]);
    expect(rules({ startDate: '2019-12-31', budgets: [] })).toEqual([['startDate', 'date_out_of_range']]);
    expect(rules({ startDate: '2024-06-01', endDate: '2024-05-31', budgets: [] })).toEqual([
      ['endDate', 'end_before_start'],
    ]);
    expect(rules({ startDate: '2024-06-01', endDate: '2024-06-01', budgets: [] })).toEqual([]);
    expect(rules({ startDate: '2020-01-01', endDate: '2030-12-31' })).toEqual([]);
  });

  it('keeps budget amounts finite and not negative', () => {
    expect(rules({ budgets: [{ year: 2021, source: 'FEDERAL', amount: -1 }] })).toEqual([
      ['budgets[0].amount', 'negative'],
    ]);
    expect(rules({ budgets: [{ year: 2021, source: 'FEDERAL', amount: Number.NaN }] })).toEqual([
      ['budgets[0].amount', 'not_finite'],
    ]);
    expect(rules({ budgets: [{ year: 2021, source: 'FEDERAL', amount: Number.POSITIVE_INFINITY }] })).toEqual([
      ['budgets[0].amount', 'not_finite'],
    ]);
  });

  it('keeps budget years within the initiative years, once per source', () => {
    expect(rules({ budgets: [{ year: 2025, source: 'FEDERAL', amount: 1 }] })).toEqual([
      ['budgets[0].year', 'budget_year_outside_dates'],
    ]);
    expect(rules({ budgets: [{ year: 2020, source: 'FEDERAL', amount: 1 }] })).toEqual([
      ['budgets[0].year', 'budget_year_outside_dates'],
    ]);
    expect(rules({ budgets: [{ year: 2021.5, source: 'FEDERAL', amount: 1 }] })).toEqual([
      ['budgets[0].year', 'not_integer'],
    ]);
    expect(
      rules({
        budgets: [
          { year: 2022, source: 'FEDERAL', amount: 1 },
          { year: 2022, source: 'REGIONAL', amount: 1 },
          { year: 2022, source: 'FEDERAL', amount: 2 },
        ],
      }),
    ).toEqual([['budgets[2].year', 'duplicate_budget']]);
    expect(rules({ budgets: [{ year: 2022, source: 'STATE' as never, amount: 1 }] })).toEqual([
      ['budgets[0].source', 'unknown_source'],
    ]);
  });

  it('reports every broken rule at once, each with a rule the translation table knows', () => {
    const errors = validateInitiative({
      title: '',
      kind: 'REGIONAL',
      templateCode: 'T',
      startDate: '2025-01-01',
      endDate: '2024-01-01',
      responsible: 'r'.repeat(501),
      budgets: [{ year: 2024, source: 'FEDERAL', amount: -5 }],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'title',
      'templateCode',
      'endDate',
      'responsible',
      'budgets[0].year',
      'budgets[0].amount',
    ]);
    for (const e of errors) expect(INITIATIVE_RULES).toContain(e.rule);
  });
});

describe('isIsoDate and budgetTotal', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('sums the budget, by source when asked', () => {
    expect(budgetTotal(valid.budgets!)).toBe(15.5);
    expect(budgetTotal(valid.budgets!, 'REGIONAL')).toBe(3);
  });
});
