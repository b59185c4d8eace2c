import {
  checkGoalCapacity,
  DESCRIPTION_MAX,
  GOAL_RULES,
  MAX_GOALS_PER_STRATEGY,
  MAX_INDICATORS_PER_GOAL,
  TITLE_MAX,
  validateGoal,
  wouldCreateCycle,
} from './goals';
import type { GoalDraft } from './goals';

const goal: GoalDraft = {
  horizon: 'Y2024',
  sectorCode: 'healthcare',
  title: 'Электронная медицинская карта у каждого жителя',
  description: null,
};
const rules = (draft: GoalDraft, ctx?: Parameters<typeof validateGoal>[1]) =>
  validateGoal(draft, ctx).map((e) => `${e.field}:${e.rule}`);

describe('validateGoal', () => {
  it('accepts a valid goal with or without context', () => {
    expect(validateGoal(goal)).toEqual([]);
    expect(validateGoal(goal, { parentHorizon: 'Y2030', chosenSectors: ['healthcare', 'education'] })).toEqual([]);
  });

  it('requires a title after trimming', () => {
    expect(rules({ ...goal, title: ' \n ' })).toEqual(['title:required']);
  });

  it('limits the title to TITLE_MAX characters', () => {
    expect(TITLE_MAX).toBe(500);
    expect(rules({ ...goal, title: 'т'.repeat(TITLE_MAX) })).toEqual([]);
    expect(rules({ ...goal, title: 'т'.repeat(TITLE_MAX + 1) })).toEqual(['title:too_long']);
  });

  it('limits the description to DESCRIPTION_MAX characters', () => {
    expect(DESCRIPTION_MAX).toBe(10000);
    expect(rules({ ...goal, description: 'д'.repeat(DESCRIPTION_MAX) })).toEqual([]);
    expect(rules({ ...goal, description: 'д'.repeat(DESCRIPTION_MAX + 1) })).toEqual(['description:too_long']);
  });

  it('requires a known sector', () => {
    expect(rules({ ...goal, sectorCode: 'space' })).toEqual(['sectorCode:unknown_sector']);
  });

  it("requires one of the strategy's chosen sectors when they are given", () => {
    expect(rules(goal, { chosenSectors: ['education'] })).toEqual(['sectorCode:sector_not_chosen']);
    expect(rules(goal, { chosenSectors: [] })).toEqual(['sectorCode:sector_not_chosen']);
  });

  it('requires a known horizon', () => {
    expect(rules({ ...goal, horizon: 'Y2025' as never })).toEqual(['horizon:unknown_horizon']);
  });

  it("refuses a child goal whose horizon is not earlier than its parent's", () => {
    expect(rules(goal, { parentHorizon: 'Y2024' })).toEqual(['parentId:horizon_not_earlier_than_parent']);
    expect(rules(goal, { parentHorizon: 'Y2021' })).toEqual(['parentId:horizon_not_earlier_than_parent']);
    expect(rules({ ...goal, horizon: 'Y2021' }, { parentHorizon: 'Y2024' })).toEqual([]);
    expect(rules({ ...goal, horizon: 'Y2021' }, { parentHorizon: 'Y2030' })).toEqual([]);
    expect(rules({ ...goal, horizon: 'Y2030' }, { parentHorizon: null })).toEqual([]);
  });

  it('keeps a strategy bounded: a new goal must fit under MAX_GOALS_PER_STRATEGY', () => {
    expect(checkGoalCapacity(MAX_GOALS_PER_STRATEGY - 1)).toEqual([]);
    const errors = checkGoalCapacity(MAX_GOALS_PER_STRATEGY);
    expect(errors.map((e) => [e.field, e.rule])).toEqual([['strategyId', 'too_many_goals']]);
    expect(errors[0]!.params).toEqual({ max: MAX_GOALS_PER_STRATEGY });
  });

  it('caps the indicators of one goal at MAX_INDICATORS_PER_GOAL', () => {
    expect(validateGoal(goal, { indicatorCount: MAX_INDICATORS_PER_GOAL })).toEqual([]);
    expect(validateGoal(goal, { indicatorCount: MAX_INDICATORS_PER_GOAL + 1 }).map((e) => [e.field, e.rule])).toEqual([
      ['indicators', 'too_many_indicators'],
    ]);
  });

  it('reports several problems at once, each with a known rule', () => {
    const errors = validateGoal({ horizon: 'Y2030', sectorCode: 'x', title: '' }, { parentHorizon: 'Y2030' });
    expect(errors.map((e) => e.rule)).toEqual(['required', 'unknown_sector', 'horizon_not_earlier_than_parent']);
    for (const e of errors) expect(GOAL_RULES).toContain(e.rule);
  });
});

describe('wouldCreateCycle', () => {
  // g2030 ─┬─ g2024a ── g2021
  //        └─ g2024b
  const parentOf = new Map<string, string | null>([
    ['g2030', null],
    ['g2024a', 'g2030'],
    ['g2024b', 'g2030'],
    ['g2021', 'g2024a'],
  ]);

  it('refuses making a goal its own parent', () => {
    expect(wouldCreateCycle('g2024a', 'g2024a', parentOf)).toBe(true);
  });

  it('refuses moving a goal under its own descendant', () => {
    expect(wouldCreateCycle('g2030', 'g2021', parentOf)).toBe(true);
    expect(wouldCreateCycle('g2024a', 'g2021', parentOf)).toBe(true);
  });

  it('allows moving a goal under a goal outside its subtree, or to the top', () => {
    expect(wouldCreateCycle('g2021', 'g2024b', parentOf)).toBe(false);
    expect(wouldCreateCycle('g2024a', null, parentOf)).toBe(false);
    expect(wouldCreateCycle('new', 'g2021', parentOf)).toBe(false);
  });

  it('terminates on data that already holds a loop', () => {
    const broken = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(wouldCreateCycle('x', 'a', broken)).toBe(false);
    expect(wouldCreateCycle('a', 'b', broken)).toBe(true);
  });
});
