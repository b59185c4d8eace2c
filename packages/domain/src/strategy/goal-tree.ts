/**
 * Goal-tree rules: where a goal may sit in its strategy's tree. Goals nest by horizon (2030 → 2024 → 2021): a child
 * aims strictly earlier than its parent and later than none of its own children, the tree never loops, a strategy
 * holds at most MAX_GOALS_PER_STRATEGY goals and a goal at most MAX_INDICATORS_PER_GOAL indicators. The server checks
 * a write against the stored tree with these functions; the editor offers and checks the same against the tree it
 * has loaded.
 */

import { prefixFieldErrors, type FieldError } from '../errors';
import { HORIZONS, isEarlierHorizon, type Horizon } from '../horizons';
import { checkGoalCapacity, validateGoal, wouldCreateCycle, type GoalDraft } from './goals';
import { validateIndicator, type IndicatorDirection, type IndicatorDraft } from './indicators';

/** Rules checked against the strategy's tree (parent, cycles, children's horizons, positions, goals left in a sector). */
export const GOAL_TREE_RULES = [
  'parent_not_in_strategy',
  'goal_cycle',
  'horizon_not_later_than_children',
  'position_out_of_range',
  'sector_has_goals',
] as const;
export type GoalTreeRule = (typeof GOAL_TREE_RULES)[number];

/** Display and nesting order of horizons: the perspective goal first, then the steps towards it (2030 → 2024 → 2021). */
export const HORIZONS_OUTER_FIRST: readonly Horizon[] = [...HORIZONS].sort((a, b) =>
  isEarlierHorizon(a, b) ? 1 : isEarlierHorizon(b, a) ? -1 : 0,
);

/** Horizons a goal may take (outer first): earlier than its parent's, later than each of its children's. */
export function horizonChoices(parentHorizon: Horizon | null, childHorizons: readonly Horizon[]): Horizon[] {
  return HORIZONS_OUTER_FIRST.filter(
    (h) => (!parentHorizon || isEarlierHorizon(h, parentHorizon)) && childHorizons.every((c) => isEarlierHorizon(c, h)),
  );
}

/** The horizon one level down (2030 → 2024 → 2021), or null under a goal on the earliest horizon. */
export function childHorizonOf(horizon: Horizon): Horizon | null {
  return HORIZONS_OUTER_FIRST[HORIZONS_OUTER_FIRST.indexOf(horizon) + 1] ?? null;
}

/** Whether a goal on `horizon` can hold sub-goals (some horizon is earlier). */
export function canHoldChildren(horizon: Horizon): boolean {
  return childHorizonOf(horizon) !== null;
}

/** A goal as the tree rules see it. */
export interface TreeGoal {
  id: string;
  parentId: string | null;
  horizon: Horizon;
}

/** An indicator as a goal write gives it (the API sends a missing direction as null). */
export type GoalIndicatorInput = Omit<IndicatorDraft, 'direction'> & { direction?: IndicatorDirection | null };

/** What a goal write asks for: a goal's content with its parent and indicators. */
export interface GoalTreeInput extends GoalDraft {
  parentId?: string | null;
  indicators?: readonly GoalIndicatorInput[] | null;
}

export interface GoalTreeContext {
  /** Every goal of the strategy (id, parent, horizon). */
  goals: readonly TreeGoal[];
  /** The strategy's chosen sector codes. */
  chosenSectors: readonly string[];
  /** The goal being changed; null or absent when a goal is added. */
  goalId?: string | null;
}

/**
 * Every rule of a goal write against the strategy's tree, one FieldError per broken rule (paths relative to the
 * goal input, e.g. `indicators[0].targets[1].value`):
 * - the goal's own rules (validateGoal), with the parent's horizon and the indicator count;
 * - `parentId`: the parent is one of the strategy's goals (`parent_not_in_strategy`), not the goal or one of its
 *   descendants (`goal_cycle`);
 * - `horizon`: later than every existing child's (`horizon_not_later_than_children`);
 * - each indicator's rules (validateIndicator) against the goal's horizon.
 */
export function checkGoalInTree(input: GoalTreeInput, ctx: GoalTreeContext): FieldError[] {
  const errors: FieldError[] = [];
  const goalId = ctx.goalId ?? null;
  let parentHorizon: Horizon | null = null;
  if (input.parentId) {
    const parent = ctx.goals.find((g) => g.id === input.parentId);
    if (!parent) {
      errors.push({
        field: 'parentId',
        rule: 'parent_not_in_strategy',
        message: 'The parent goal is not part of this strategy.',
      });
    } else {
      parentHorizon = parent.horizon;
      if (goalId && wouldCreateCycle(goalId, input.parentId, new Map(ctx.goals.map((g) => [g.id, g.parentId])))) {
        errors.push({
          field: 'parentId',
          rule: 'goal_cycle',
          message: 'A goal cannot be nested under itself or its own descendant.',
        });
      }
    }
  }
  errors.push(
    ...validateGoal(
      { horizon: input.horizon, sectorCode: input.sectorCode, title: input.title, description: input.description },
      { parentHorizon, chosenSectors: ctx.chosenSectors, indicatorCount: input.indicators?.length ?? 0 },
    ),
  );
  if (goalId && ctx.goals.some((g) => g.parentId === goalId && !isEarlierHorizon(g.horizon, input.horizon))) {
    errors.push({
      field: 'horizon',
      rule: 'horizon_not_later_than_children',
      message: 'The goal has sub-goals on the same or a later horizon.',
    });
  }
  (input.indicators ?? []).forEach((indicator, i) => {
    const draft: IndicatorDraft = { ...indicator, direction: indicator.direction ?? undefined };
    errors.push(...prefixFieldErrors(`indicators[${i}]`, validateIndicator(draft, { horizon: input.horizon })));
  });
  return errors;
}

/**
 * The rules of adding a goal: room in the strategy (checkGoalCapacity, on `strategyId`) first — when it is full,
 * nothing else is checked — then checkGoalInTree, whose paths are put under `inputPrefix` (the mutation's argument).
 */
export function checkNewGoal(input: GoalTreeInput, ctx: GoalTreeContext, inputPrefix = 'input'): FieldError[] {
  const capacity = checkGoalCapacity(ctx.goals.length);
  if (capacity.length) return capacity;
  return prefixFieldErrors(inputPrefix, checkGoalInTree(input, { ...ctx, goalId: null }));
}

/** Whether `position` (0-based) is a place among `siblings` other goals: `position_out_of_range` when it is not. */
export function checkPosition(position: number, siblings: number): FieldError[] {
  if (Number.isInteger(position) && position >= 0 && position <= siblings) return [];
  return [
    {
      field: 'position',
      rule: 'position_out_of_range',
      message: `The position must be between 0 and ${siblings}.`,
      params: { min: 0, max: siblings },
    },
  ];
}
