import { maturityReportDeadline, maturityReportProblems, maturityValuesCount } from './maturity-report';

describe('the quarterly maturity return', () => {
  it.each([
    ['2021-Q1', '2021-04-08'],
    ['2021-Q3', '2021-10-08'],
    ['2021-Q4', '2022-01-08'],
  ])('the %s return is due on %s', (q, due) => {
    expect(maturityReportDeadline(q)).toBe(due);
  });

  it('refuses a non-quarter', () => {
    expect(() => maturityReportDeadline('2021-09')).toThrow('Not a quarter');
  });

  it('is complete with all five key sectors within 0–100', () => {
    expect(
      maturityReportProblems({
        education: 0,
        healthcare: 100,
        public_administration: 50,
        transport: 1,
        urban_environment: 2,
      }),
    ).toEqual([]);
  });

  it('lists each missing or out-of-range sector', () => {
    const problems = maturityReportProblems({ education: 101, healthcare: null, transport: Number.NaN });
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual([
      'values.education:percent_range',
      'values.healthcare:maturity_sector_missing',
      'values.public_administration:maturity_sector_missing',
      'values.transport:maturity_sector_missing',
      'values.urban_environment:maturity_sector_missing',
    ]);
  });

  it.each([
    [undefined, true],
    ['APPROVED', true],
    ['DRAFT', false],
    ['SUBMITTED', false],
    ['CHANGES_REQUESTED', false],
  ] as const)('values of a region-quarter whose return is %s count: %s', (status, counts) => {
    expect(maturityValuesCount(status)).toBe(counts);
  });
});
