import {
  DEFAULT_GOSTECH_DEADLINE,
  DEFAULT_STRATEGY_DEADLINE,
  daysBetween,
  daysLeft,
  isIsoDate,
  isPastDeadline,
  lateness,
  utcDayNumber,
} from './deadline';

describe('deadlines', () => {
  it('default to 1 Sep 2021 for strategies and 1 May 2022 for GosTech plans', () => {
    expect(DEFAULT_STRATEGY_DEADLINE).toBe('2021-09-01');
    expect(DEFAULT_GOSTECH_DEADLINE).toBe('2022-05-01');
  });

  it('count calendar days between dates, negative backwards', () => {
    expect(daysBetween('2021-08-30', '2021-09-01')).toBe(2);
    expect(daysBetween('2021-09-01', '2021-08-30')).toBe(-2);
    expect(daysBetween('2021-09-01', '2021-09-01')).toBe(0);
    expect(daysBetween('2020-12-31', '2021-01-01')).toBe(1);
  });

  it('count leap days', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
    expect(daysBetween('2021-01-01', '2022-01-01')).toBe(365);
  });

  it('ignore daylight saving: every day is a UTC day', () => {
    expect(daysBetween('2021-03-27', '2021-03-29')).toBe(2);
    expect(daysBetween('2021-10-30', '2021-11-01')).toBe(2);
  });

  it('treat a submission any time on the deadline day as on time', () => {
    expect(lateness('2021-09-01', '2021-09-01T23:59:59Z')).toEqual({ late: false, daysLate: 0 });
    expect(lateness('2021-09-01', '2021-08-15T10:00:00Z')).toEqual({ late: false, daysLate: 0 });
  });

  it('count days late after the deadline day', () => {
    expect(lateness('2021-09-01', '2021-09-02T00:00:00Z')).toEqual({ late: true, daysLate: 1 });
    expect(lateness('2021-09-01', '2021-09-03T10:00:00.000Z')).toEqual({ late: true, daysLate: 2 });
  });

  it('read timestamps with an offset in UTC', () => {
    // 01:00 in Moscow on 2 Sep is still 1 Sep in UTC.
    expect(lateness('2021-09-01', '2021-09-02T01:00:00+03:00')).toEqual({ late: false, daysLate: 0 });
    // A timestamp without a zone is UTC.
    expect(lateness('2021-09-01', '2021-09-02T01:00:00')).toEqual({ late: true, daysLate: 1 });
  });

  it('count days left, zero on the day and negative after it', () => {
    expect(daysLeft('2021-09-01', '2021-08-22')).toBe(10);
    expect(daysLeft('2021-09-01', '2021-09-01')).toBe(0);
    expect(daysLeft('2021-09-01', '2021-09-04')).toBe(-3);
    expect(isPastDeadline('2021-09-01', '2021-09-01')).toBe(false);
    expect(isPastDeadline('2021-09-01', '2021-09-02')).toBe(true);
  });

  it('refuse text that is not a real date', () => {
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-9-1')).toBe(false);
    expect(() => utcDayNumber('1 Sep 2021')).toThrow(RangeError);
    expect(() => daysBetween('2021-02-30', '2021-03-01')).toThrow(RangeError);
    expect(() => lateness('2021-09-01', '2021-13-01T00:00:00Z')).toThrow(RangeError);
  });
});
