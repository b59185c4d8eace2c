import {
  addDays,
  comparePeriods,
  daysBetween,
  formatPeriod,
  isIsoDate,
  nextPeriod,
  parsePeriod,
  parsePeriodOf,
  periodContains,
  periodContainsDate,
  periodEnd,
  periodOfDate,
  periodRange,
  periodStart,
  previousPeriod,
  shiftPeriod,
  type Period,
} from './period';

const p = (text: string): Period => {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`not a period: ${text}`);
  return parsed;
};

describe('parsePeriod and formatPeriod', () => {
  it.each(['2021', '2021-Q1', '2021-Q4', '2021-01', '2021-09', '2021-12'])('round-trips %s', (text) => {
    expect(formatPeriod(p(text))).toBe(text);
  });

  it.each([
    '',
    '21',
    '2021-13',
    '2021-00',
    '2021-Q0',
    '2021-Q5',
    '2021-9',
    ' 2021',
    '2021 ',
    '2021-q3',
    '1999',
    '2101',
    '2021-09-01',
  ])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('reads the kind', () => {
    expect(p('2021')).toEqual({ kind: 'YEAR', year: 2021 });
    expect(p('2021-Q3')).toEqual({ kind: 'QUARTER', year: 2021, quarter: 3 });
    expect(p('2021-09')).toEqual({ kind: 'MONTH', year: 2021, month: 9 });
  });

  it('parses one kind only when asked', () => {
    expect(parsePeriodOf('MONTH', '2021-09')).toBeDefined();
    expect(parsePeriodOf('MONTH', '2021')).toBeUndefined();
    expect(parsePeriodOf('QUARTER', '2021-09')).toBeUndefined();
  });
});

describe('period arithmetic', () => {
  it.each([
    ['2021', '2022'],
    ['2021-Q3', '2021-Q4'],
    ['2021-Q4', '2022-Q1'],
    ['2021-09', '2021-10'],
    ['2021-12', '2022-01'],
  ])('next of %s is %s', (a, b) => {
    expect(formatPeriod(nextPeriod(p(a)))).toBe(b);
    expect(formatPeriod(previousPeriod(p(b)))).toBe(a);
  });

  it('shifts by many steps both ways', () => {
    expect(formatPeriod(shiftPeriod(p('2021-08'), 16))).toBe('2022-12');
    expect(formatPeriod(shiftPeriod(p('2021-01'), -1))).toBe('2020-12');
    expect(formatPeriod(shiftPeriod(p('2021-Q1'), -5))).toBe('2019-Q4');
  });

  it('gives start and end days, leap years included', () => {
    expect([periodStart(p('2021')), periodEnd(p('2021'))]).toEqual(['2021-01-01', '2021-12-31']);
    expect([periodStart(p('2021-Q3')), periodEnd(p('2021-Q3'))]).toEqual(['2021-07-01', '2021-09-30']);
    expect(periodEnd(p('2020-02'))).toBe('2020-02-29');
    expect(periodEnd(p('2021-02'))).toBe('2021-02-28');
  });

  it('orders by start, longer first on the same start', () => {
    const sorted = ['2021-02', '2021-01', '2021-Q1', '2020-12', '2021'].map(p).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(['2020-12', '2021', '2021-Q1', '2021-01', '2021-02']);
  });

  it('knows what contains what', () => {
    expect(periodContains(p('2021'), p('2021-Q3'))).toBe(true);
    expect(periodContains(p('2021'), p('2021-09'))).toBe(true);
    expect(periodContains(p('2021-Q3'), p('2021-09'))).toBe(true);
    expect(periodContains(p('2021-Q3'), p('2021-10'))).toBe(false);
    expect(periodContains(p('2021-09'), p('2021'))).toBe(false);
    expect(periodContains(p('2021-09'), p('2021-09'))).toBe(true);
    expect(periodContainsDate(p('2021-09'), '2021-09-30')).toBe(true);
    expect(periodContainsDate(p('2021-09'), '2021-10-01T00:00:00Z')).toBe(false);
  });

  it('finds the period of a date', () => {
    expect(formatPeriod(periodOfDate('QUARTER', '2021-09-30'))).toBe('2021-Q3');
    expect(formatPeriod(periodOfDate('MONTH', '2021-10-01'))).toBe('2021-10');
    expect(formatPeriod(periodOfDate('YEAR', '2021-10-01'))).toBe('2021');
  });

  it('lists a range', () => {
    expect(periodRange(p('2021-08'), p('2022-12'))).toHaveLength(17);
    expect(periodRange(p('2021-Q3'), p('2021-Q2'))).toEqual([]);
    expect(() => periodRange(p('2021'), p('2021-09'))).toThrow(RangeError);
  });

  it('checks and moves dates', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-9-1')).toBe(false);
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(daysBetween('2021-10-01', '2021-10-05')).toBe(4);
  });
});
