import { overviewRows, type OverviewRow } from '../model/overviewRows';

const row = (code: string, status: string, achievement: number | null, district = 'CENTRAL'): OverviewRow => ({
  code,
  name: code,
  district,
  status,
  achievement,
  confidence: achievement === null ? 0 : 1,
  hasStrategy: achievement !== null,
  sectors: {},
});
const rows = [
  row('A', 'ACHIEVED', 104),
  row('B', 'OFF_TRACK', 60, 'URAL'),
  row('C', 'NO_DATA', null),
  row('D', 'OFF_TRACK', 40),
  row('E', 'AT_RISK', 80),
];

describe('overviewRows', () => {
  it('puts the regions falling behind first: worst status, then lowest achievement, regions without data last', () => {
    expect(overviewRows(rows, { district: '', status: '', sort: 'laggards', asc: true }).map((r) => r.code)).toEqual([
      'D',
      'B',
      'E',
      'A',
      'C',
    ]);
  });
  it('filters by district and by status', () => {
    expect(
      overviewRows(rows, { district: 'URAL', status: '', sort: 'laggards', asc: true }).map((r) => r.code),
    ).toEqual(['B']);
    expect(
      overviewRows(rows, { district: '', status: 'OFF_TRACK', sort: 'name', asc: true }).map((r) => r.code),
    ).toEqual(['B', 'D']);
  });
  it('sorts by achievement both ways', () => {
    expect(
      overviewRows(rows, { district: '', status: '', sort: 'achievement', asc: false }).map((r) => r.code),
    ).toEqual(['C', 'A', 'E', 'B', 'D']);
  });
});
