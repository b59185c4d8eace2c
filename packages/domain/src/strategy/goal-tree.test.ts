import type { Horizon } from '../horizons';
import {
  canHoldChildren,
  checkGoalInTree,
  checkNewGoal,
  checkPosition,
  childHorizonOf,
  GOAL_TREE_RULES,
  horizonChoices,
  HORIZONS_OUTER_FIRST,
  type GoalTreeInput,
  type TreeGoal,
} from './goal-tree';
import { MAX_GOALS_PER_STRATEGY, MAX_INDICATORS_PER_GOAL } from './goals';
import { storedUnit } from './units';

// A 2030 goal `g30` holds a 2024 goal `g24`, which holds a 2021 task `t21`; `other` is a second 2030 goal.
const tree: TreeGoal[] = [
  { id: 'g30', parentId: null, horizon: 'Y2030' },
  { id: 'g24', parentId: 'g30', horizon: 'Y2024' },
  { id: 't21', parentId: 'g24', horizon: 'Y2021' },
  { id: 'other', parentId: null, horizon: 'Y2030' },
];
const ctx = { goals: tree, chosenSectors: ['healthcare'] };
const input = (over: Partial<GoalTreeInput> = {}): GoalTreeInput => ({
  horizon: 'Y2024',
  sectorCode: 'healthcare',
  title: 'Цель',
  parentId: 'g30',
  ...over,
});
const rules = (errors: { field: string; rule: string }[]) => errors.map((e) => `${e.field}:${e.rule}`);
const indicator = {
  name: 'Доля',
  unit: '%',
  direction: null,
  baselineYear: 2019,
  baselineValue: 10,
  targets: [{ year: 2024, value: 50 }],
};

describe('horizon nesting', () => {
  it('orders horizons outer first and steps one level down', () => {
    expect(HORIZONS_OUTER_FIRST).toEqual(['Y2030', 'Y2024', 'Y2021']);
    expect(childHorizonOf('Y2030')).toBe('Y2024');
    expect(childHorizonOf('Y2024')).toBe('Y2021');
    expect(childHorizonOf('Y2021')).toBeNull();
    expect(HORIZONS_OUTER_FIRST.filter(canHoldChildren)).toEqual(['Y2030', 'Y2024']);
  });

  it.each<[Horizon | null, Horizon[], Horizon[]]>([
    [null, [], ['Y2030', 'Y2024', 'Y2021']],
    ['Y2030', [], ['Y2024', 'Y2021']],
    ['Y2024', [], ['Y2021']],
    ['Y2021', [], []],
    [null, ['Y2021'], ['Y2030', 'Y2024']],
    [null, ['Y2024', 'Y2021'], ['Y2030']],
    ['Y2030', ['Y2024'], []],
  ])('under a %s parent with children %j a goal may take %j', (parent, children, expected) => {
    expect(horizonChoices(parent, children)).toEqual(expected);
  });
});

describe('checkGoalInTree', () => {
  it('accepts a goal placed one horizon under its parent, new or existing', () => {
    expect(checkGoalInTree(input(), ctx)).toEqual([]);
    expect(checkGoalInTree(input({ indicators: [indicator] }), { ...ctx, goalId: 'g24' })).toEqual([]);
  });

  it('refuses a parent outside the strategy', () => {
    expect(rules(checkGoalInTree(input({ parentId: 'elsewhere' }), ctx))).toEqual(['parentId:parent_not_in_strategy']);
  });

  it('refuses a horizon not earlier than the parent’s', () => {
    expect(rules(checkGoalInTree(input({ parentId: 'g24' }), ctx))).toEqual([
      'parentId:horizon_not_earlier_than_parent',
    ]);
  });

  it('refuses nesting a goal under itself or its descendant', () => {
    expect(rules(checkGoalInTree(input({ horizon: 'Y2030', parentId: 't21' }), { ...ctx, goalId: 'g30' }))).toContain(
      'parentId:goal_cycle',
    );
    expect(rules(checkGoalInTree(input({ parentId: 'g24' }), { ...ctx, goalId: 'g24' }))).toContain(
      'parentId:goal_cycle',
    );
  });

  it('refuses a horizon not later than an existing child’s', () => {
    expect(rules(checkGoalInTree(input({ horizon: 'Y2021' }), { ...ctx, goalId: 'g24' }))).toEqual([
      'horizon:horizon_not_later_than_children',
    ]);
  });

  it('applies the goal’s own rules with the chosen sectors and the indicator cap', () => {
    const many = Array.from({ length: MAX_INDICATORS_PER_GOAL + 1 }, () => indicator);
    expect(rules(checkGoalInTree(input({ sectorCode: 'education', indicators: many }), ctx))).toEqual([
      'sectorCode:sector_not_chosen',
      'indicators:too_many_indicators',
    ]);
  });

  it('checks each indicator against the goal’s horizon, at its index', () => {
    const short = { ...indicator, targets: [{ year: 2021, value: 50 }] };
    expect(rules(checkGoalInTree(input({ indicators: [indicator, short] }), ctx))).toEqual([
      'indicators[1].targets:horizon_not_covered',
    ]);
  });
});

describe('checkNewGoal', () => {
  it('puts the tree’s errors under the input argument', () => {
    expect(rules(checkNewGoal(input({ title: '' }), ctx))).toEqual(['input.title:required']);
  });

  it('refuses any goal once the strategy holds MAX_GOALS_PER_STRATEGY, and only then', () => {
    const full = Array.from({ length: MAX_GOALS_PER_STRATEGY }, (_, i) => ({
      id: `g${i}`,
      parentId: null,
      horizon: 'Y2030' as const,
    }));
    expect(rules(checkNewGoal(input({ parentId: null }), { ...ctx, goals: full }))).toEqual([
      'strategyId:too_many_goals',
    ]);
    expect(checkNewGoal(input({ parentId: null }), { ...ctx, goals: full.slice(1) })).toEqual([]);
  });
});

describe('checkPosition', () => {
  it('accepts 0..siblings and refuses the rest', () => {
    expect(checkPosition(0, 0)).toEqual([]);
    expect(checkPosition(3, 3)).toEqual([]);
    expect(rules(checkPosition(4, 3))).toEqual(['position:position_out_of_range']);
    expect(rules(checkPosition(-1, 3))).toEqual(['position:position_out_of_range']);
    expect(checkPosition(1.5, 3)[0]?.params).toEqual({ min: 0, max: 3 });
  });

  it('is one of the tree rules', () => {
    expect(GOAL_TREE_RULES).toContain('position_out_of_range');
  });
});

describe('storedUnit', () => {
  it('stores a known unit as its Russian symbol and anything else trimmed', () => {
    expect(storedUnit('744')).toBe('%');
    expect(storedUnit(' Thousand people ')).toBe('тыс. чел.');
    expect(storedUnit('  попугаев ')).toBe('попугаев');
  });
});
