import { parsePeriod, type Period } from './period';
import {
  DEFAULT_DUE_RULES,
  DEFAULT_REMINDER_POLICY,
  checkDueRule,
  dueDate,
  reminderDue,
  timeliness,
} from './reporting-calendar';

const p = (text: string): Period => parsePeriod(text)!;

describe('dueDate', () => {
  it.each([
    ['actuals', '2021', '2022-02-01'],
    ['maturity', '2021-Q1', '2021-04-08'],
    ['maturity', '2021-Q4', '2022-01-08'],
    ['mszu', '2021-09', '2021-10-05'],
    ['mszu', '2021-12', '2022-01-05'],
  ] as const)('%s for %s is due %s', (kind, period, due) => {
    expect(dueDate(DEFAULT_DUE_RULES[kind], p(period))).toBe(due);
  });

  it('takes the rule as data', () => {
    expect(dueDate({ monthsAfterEnd: 0, day: 25 }, p('2021-09'))).toBe('2021-09-25');
    expect(dueDate({ monthsAfterEnd: 13, day: 1 }, p('2021-12'))).toBe('2023-01-01');
  });

  it('refuses rules that would land on no date', () => {
    expect(checkDueRule({ monthsAfterEnd: 1, day: 5 })).toEqual([]);
    expect(checkDueRule({ monthsAfterEnd: -1, day: 31 })).toEqual(['monthsAfterEnd', 'day']);
    expect(checkDueRule({ monthsAfterEnd: 1.5, day: 0 })).toEqual(['monthsAfterEnd', 'day']);
  });
});

describe('timeliness', () => {
  it('is on time up to and on the due date, late after it', () => {
    expect(timeliness('2021-10-05', '2021-10-05T23:59:00Z')).toEqual({ onTime: true, daysLate: 0 });
    expect(timeliness('2021-10-05', '2021-09-01')).toEqual({ onTime: true, daysLate: 0 });
    expect(timeliness('2021-10-05', '2021-10-08')).toEqual({ onTime: false, daysLate: 3 });
  });
});

describe('reminderDue', () => {
  const due = '2022-02-01';
  it.each([
    ['2022-01-16', undefined],
    ['2022-01-17', 'before-15'],
    ['2022-02-01', 'before-15'],
    ['2022-02-02', undefined],
    ['2022-02-04', 'overdue-3'],
    ['2022-06-01', 'overdue-3'],
  ])('on %s gives %s', (today, key) => {
    expect(reminderDue(due, DEFAULT_REMINDER_POLICY, today, false)?.key).toBe(key);
  });

  it('never reminds of a report already made', () => {
    expect(reminderDue(due, DEFAULT_REMINDER_POLICY, '2022-02-04', true)).toBeUndefined();
  });

  it('gives only the latest stage reached', () => {
    const policy = { daysBefore: [15, 3], daysAfter: [1, 10] };
    expect(reminderDue(due, policy, '2022-01-30', false)?.key).toBe('before-3');
    expect(reminderDue(due, policy, '2022-02-20', false)?.key).toBe('overdue-10');
  });
});
