import { COMPLETENESS_KINDS, completenessProblems, isComplete } from './completeness';
import type { OutlineGoal, StrategyOutline } from './completeness';

const targets = [
  { year: 2021, value: 1 },
  { year: 2024, value: 2 },
  { year: 2030, value: 3 },
];
const ind = (name = 'Показатель') => ({ name, targets });
const g = (
  id: string,
  sectorCode: string,
  horizon: OutlineGoal['horizon'],
  parentId: string | null,
  indicators = [ind()],
): OutlineGoal => ({ id, sectorCode, horizon, parentId, indicators });

/** A complete strategy with one sector: a 2030 goal without indicators holding a 2024 goal holding a 2021 task. */
const complete: StrategyOutline = {
  sectors: ['healthcare'],
  goals: [
    g('h30', 'healthcare', 'Y2030', null, []),
    g('h24', 'healthcare', 'Y2024', 'h30'),
    g('h21', 'healthcare', 'Y2021', 'h24'),
  ],
};

describe('completenessProblems', () => {
  it('finds nothing wrong in a complete strategy; 2030 goals may stay without indicators', () => {
    expect(completenessProblems(complete)).toEqual([]);
    expect(isComplete(complete)).toBe(true);
  });

  it('requires at least one sector', () => {
    expect(completenessProblems({ sectors: [], goals: [] })).toEqual([
      { kind: 'no_sectors', rule: 'no_sectors', message: expect.any(String) },
    ]);
  });

  it('requires a goal on every horizon of every chosen sector', () => {
    const problems = completenessProblems({
      ...complete,
      sectors: ['healthcare', 'education'],
      goals: [...complete.goals, g('e30', 'education', 'Y2030', null, [])],
    });
    expect(problems.map((p) => [p.kind, p.sectorCode, p.horizon])).toEqual([
      ['sector_without_goals', 'education', 'Y2021'],
      ['sector_without_goals', 'education', 'Y2024'],
    ]);
    expect(isComplete({ ...complete, sectors: ['healthcare', 'education'] })).toBe(false);
  });

  it('requires indicators on 2021 and 2024 goals', () => {
    const problems = completenessProblems({
      ...complete,
      goals: [
        complete.goals[0]!,
        g('h24', 'healthcare', 'Y2024', 'h30', []),
        g('h21', 'healthcare', 'Y2021', 'h24', []),
      ],
    });
    expect(problems.map((p) => [p.kind, p.goalId, p.horizon, p.sectorCode])).toEqual([
      ['goal_without_indicators', 'h24', 'Y2024', 'healthcare'],
      ['goal_without_indicators', 'h21', 'Y2021', 'healthcare'],
    ]);
  });

  it('requires targets on every indicator', () => {
    const problems = completenessProblems({
      ...complete,
      goals: [...complete.goals, g('h24b', 'healthcare', 'Y2024', 'h30', [ind(), { name: 'Пустой', targets: [] }])],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'indicator_without_targets',
        goalId: 'h24b',
        indicatorIndex: 1,
        indicatorName: 'Пустой',
      }),
    ]);
  });

  it("requires each indicator to cover its goal's horizon year, 2030 goals included", () => {
    const short = {
      name: 'Короткий',
      targets: [
        { year: 2021, value: 1 },
        { year: 2024, value: 2 },
      ],
    };
    const problems = completenessProblems({
      ...complete,
      goals: [g('h30', 'healthcare', 'Y2030', null, [short]), ...complete.goals.slice(1)],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'indicator_horizon_not_covered',
        rule: 'indicator_horizon_not_covered',
        goalId: 'h30',
        horizon: 'Y2030',
        indicatorIndex: 0,
      }),
    ]);
  });

  it('flags goals in a sector the strategy no longer chooses', () => {
    const problems = completenessProblems({
      ...complete,
      goals: [...complete.goals, g('t24', 'transport', 'Y2024', null)],
    });
    expect(problems.map((p) => [p.kind, p.goalId, p.sectorCode])).toEqual([
      ['goal_sector_not_chosen', 't24', 'transport'],
    ]);
  });

  it('gives every problem a known rule equal to its kind and a message', () => {
    const problems = completenessProblems({ sectors: ['culture'], goals: [g('x', 'culture', 'Y2021', null, [])] });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(COMPLETENESS_KINDS).toContain(p.kind);
      expect(p.rule).toBe(p.kind);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });
});
