import type { StageDates } from './plan';
import {
  currentStage,
  isOnSchedule,
  onScheduleShare,
  overdueStages,
  plannedMigrationDate,
  productionQuarter,
  quarterOf,
} from './schedule';

const s = (
  stage: StageDates['stage'],
  plannedStart: string | null,
  plannedEnd: string | null,
  actualStart: string | null = null,
  actualEnd: string | null = null,
): StageDates => ({
  stage,
  plannedStart,
  plannedEnd,
  actualStart,
  actualEnd,
});

describe('currentStage', () => {
  it('is NOT_STARTED before any actual start', () => {
    expect(currentStage({ decision: 'MIGRATE_AS_IS', stages: [s('ASSESSMENT', '2021-01-01', '2021-02-01')] })).toBe(
      'NOT_STARTED',
    );
  });
  it('is the latest stage that actually started, in stage order', () => {
    expect(
      currentStage({
        decision: 'MIGRATE_AS_IS',
        stages: [s('PILOT', null, null, '2022-01-10'), s('ASSESSMENT', null, null, '2021-10-01', '2021-12-01')],
      }),
    ).toBe('PILOT');
  });
  it('is COMPLETED once every stage of the decision has ended', () => {
    expect(
      currentStage({
        decision: 'DECOMMISSION',
        stages: [s('LEGACY_SHUTDOWN', null, null, '2022-01-01', '2022-02-01')],
      }),
    ).toBe('COMPLETED');
    expect(currentStage({ decision: 'KEEP_OUTSIDE', stages: [] })).toBe('NOT_STARTED');
  });
});

describe('overdueStages', () => {
  const system = {
    stages: [
      s('ASSESSMENT', '2021-10-01', '2021-12-01', '2021-10-01'),
      s('PILOT', '2022-01-10', '2022-03-01'),
      s('PRODUCTION', '2022-04-01', '2022-12-31'),
    ],
  };
  it('flags a passed planned end without an actual end', () => {
    expect(overdueStages(system, '2021-12-02')).toEqual([{ stage: 'ASSESSMENT', kind: 'end', due: '2021-12-01' }]);
  });
  it('does not flag a date due today', () => {
    expect(overdueStages(system, '2021-12-01')).toEqual([]);
  });
  it('flags a passed planned start without an actual start', () => {
    expect(overdueStages(system, '2022-01-11').map((o) => `${o.stage}:${o.kind}`)).toEqual([
      'ASSESSMENT:end',
      'PILOT:start',
    ]);
  });
  it('counts nothing once stages are done', () => {
    expect(
      overdueStages({ stages: [s('PILOT', '2022-01-10', '2022-03-01', '2022-01-10', '2022-03-05')] }, '2023-01-01'),
    ).toEqual([]);
  });
});

describe('onScheduleShare', () => {
  const late = { decision: 'MIGRATE_AS_IS' as const, stages: [s('PILOT', '2022-01-10', '2022-03-01')] };
  const onTime = { decision: 'REBUILD_ON_GOSTECH' as const, stages: [s('PILOT', '2022-06-01', '2022-07-01')] };
  const outside = { decision: 'KEEP_OUTSIDE' as const, stages: [s('PILOT', '2020-06-01', '2020-07-01')] };
  it('is the share of migrating systems without overdue stages', () => {
    expect(onScheduleShare([late, onTime, outside], '2022-04-01')).toBe(0.5);
    expect(isOnSchedule(onTime, '2022-04-01')).toBe(true);
  });
  it('is null without a migrating system', () => {
    expect(onScheduleShare([outside], '2022-04-01')).toBeNull();
  });
});

describe('quarters', () => {
  it('names quarters', () => {
    expect(['2022-01-01', '2022-03-31', '2022-04-01', '2022-12-31'].map(quarterOf)).toEqual([
      '2022-Q1',
      '2022-Q1',
      '2022-Q2',
      '2022-Q4',
    ]);
  });
  it('takes the production quarter from the actual start, else the planned one', () => {
    expect(
      productionQuarter({ decision: 'MIGRATE_AS_IS', stages: [s('PRODUCTION', '2022-04-01', '2022-12-31')] }),
    ).toBe('2022-Q2');
    expect(
      productionQuarter({
        decision: 'MIGRATE_AS_IS',
        stages: [s('PRODUCTION', '2022-04-01', '2022-12-31', '2022-07-15')],
      }),
    ).toBe('2022-Q3');
    expect(
      productionQuarter({ decision: 'KEEP_OUTSIDE', stages: [s('PRODUCTION', '2022-04-01', '2022-12-31')] }),
    ).toBeNull();
    expect(productionQuarter({ decision: 'MIGRATE_AS_IS', stages: [] })).toBeNull();
  });
  it('gives the planned production start as the planned migration date', () => {
    expect(
      plannedMigrationDate({ stages: [s('PILOT', '2022-01-01', null), s('PRODUCTION', '2022-04-01', null)] }),
    ).toBe('2022-04-01');
    expect(plannedMigrationDate({ stages: [] })).toBeNull();
  });
});
