import { controlCentreDeadline, deadlineStatus } from './registry';

describe('the 1 December 2020 deadline', () => {
  it.each<[string | null, string]>([
    ['2020-11-10', 'MET'],
    ['2020-12-01', 'MET'],
    ['2020-12-02', 'LATE'],
    [null, 'MISSING'],
  ])('done on %s → %s', (on, status) => expect(deadlineStatus(on)).toBe(status));
  it.each<[string, string | null, string]>([
    ['OPERATING', '2020-08-27', 'MET'],
    ['OPERATING', '2020-12-10', 'LATE'],
    ['RISK_ZONE', null, 'MISSING'],
    ['PLANNED', '2020-11-01', 'MISSING'],
  ])('a ЦУР %s opened %s → %s', (status, on, expected) => expect(controlCentreDeadline(status, on)).toBe(expected));
});
