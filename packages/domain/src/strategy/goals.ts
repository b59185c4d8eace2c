/**
 * Goal rules. Goals nest by horizon: a 2030 goal holds 2024 goals, which hold 2021 tasks, so a
 * child always aims strictly earlier than its parent and the tree never loops.
 */

import type { FieldError } from '../errors';
import type { Horizon } from '../horizons';
import { horizonYear, isEarlierHorizon, isHorizon } from '../horizons';
import { findSector } from '../sectors';

export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 10000;
/**
 * Size caps that keep a strategy a bounded document: its goal lists (`Strategy.goals`, `Goal.children`) may then be
 * returned whole, and a national read has a known worst case. Generous: the national benchmark's 4× data set has
 * 936 goals per strategy and 2 indicators per goal.
 */
export const MAX_GOALS_PER_STRATEGY = 5000;
export const MAX_INDICATORS_PER_GOAL = 30;

/** Every `rule` validateGoal can return, for translation tables. */
export const GOAL_RULES = [
  'required',
  'too_long',
  'unknown_horizon',
  'unknown_sector',
  'sector_not_chosen',
  'horizon_not_earlier_than_parent',
  'too_many_goals',
  'too_many_indicators',
] as const;
export type GoalRule = (typeof GOAL_RULES)[number];

export interface GoalDraft {
  horizon: Horizon;
  sectorCode: string;
  title: string;
  description?: string | null;
}

export interface GoalContext {
  /** Horizon of the parent goal; null or absent for a top-level goal. */
  parentHorizon?: Horizon | null;
  /** How many indicators the goal is given. */
  indicatorCount?: number;
  /** The strategy's chosen sector codes; when given, the goal's sector must be one of them. */
  chosenSectors?: readonly string[];
}

function err(field: string, rule: GoalRule, message: string, params?: FieldError['params']): FieldError {
  return params ? { field, rule, message, params } : { field, rule, message };
}

/**
 * Checks a goal, returning one FieldError per broken rule (empty = valid):
 * - `title`: required after trimming (`required`), at most TITLE_MAX characters (`too_long`);
 * - `description`: at most DESCRIPTION_MAX characters (`too_long`);
 * - `horizon`: one of HORIZONS (`unknown_horizon`);
 * - `sectorCode`: a known sector (`unknown_sector`) and, when the strategy's sectors are given,
 *   one of them (`sector_not_chosen`);
 * - `parentId`: a child's horizon is strictly earlier than its parent's (`horizon_not_earlier_than_parent`);
 * - `indicators`: at most MAX_INDICATORS_PER_GOAL (`too_many_indicators`).
 */
export function validateGoal(draft: GoalDraft, ctx: GoalContext = {}): FieldError[] {
  const errors: FieldError[] = [];

  const title = (draft.title ?? '').trim();
  if (title === '') errors.push(err('title', 'required', 'The goal needs a title.'));
  else if (title.length > TITLE_MAX) {
    errors.push(err('title', 'too_long', `The title may be at most ${TITLE_MAX} characters.`, { max: TITLE_MAX }));
  }

  const description = draft.description?.trim() ?? '';
  if (description.length > DESCRIPTION_MAX) {
    errors.push(
      err('description', 'too_long', `The description may be at most ${DESCRIPTION_MAX} characters.`, {
        max: DESCRIPTION_MAX,
      }),
    );
  }

  const horizonOk = isHorizon(draft.horizon);
  if (!horizonOk) errors.push(err('horizon', 'unknown_horizon', `Unknown horizon: "${String(draft.horizon)}".`));

  const sector = findSector(draft.sectorCode ?? '');
  if (!sector) {
    errors.push(
      err('sectorCode', 'unknown_sector', `Unknown sector: "${draft.sectorCode}".`, { sectorCode: draft.sectorCode }),
    );
  } else if (ctx.chosenSectors && !ctx.chosenSectors.includes(sector.code)) {
    errors.push(
      err('sectorCode', 'sector_not_chosen', `The strategy has not chosen the sector "${sector.code}".`, {
        sectorCode: sector.code,
      }),
    );
  }

  if (horizonOk && ctx.parentHorizon && !isEarlierHorizon(draft.horizon, ctx.parentHorizon)) {
    const parentYear = horizonYear(ctx.parentHorizon);
    errors.push(
      err(
        'parentId',
        'horizon_not_earlier_than_parent',
        `A goal under a ${parentYear} goal must aim earlier than ${parentYear}.`,
        { parentYear },
      ),
    );
  }

  if (ctx.indicatorCount !== undefined && ctx.indicatorCount > MAX_INDICATORS_PER_GOAL) {
    errors.push(
      err('indicators', 'too_many_indicators', `A goal may have at most ${MAX_INDICATORS_PER_GOAL} indicators.`, {
        max: MAX_INDICATORS_PER_GOAL,
      }),
    );
  }

  return errors;
}

/**
 * Whether a strategy that holds `existingGoals` goals and tasks has room for one more: a `too_many_goals` error on
 * `strategyId` (the argument of addGoal, not part of the goal) when it already holds MAX_GOALS_PER_STRATEGY.
 */
export function checkGoalCapacity(existingGoals: number): FieldError[] {
  if (existingGoals < MAX_GOALS_PER_STRATEGY) return [];
  return [
    err('strategyId', 'too_many_goals', `A strategy may hold at most ${MAX_GOALS_PER_STRATEGY} goals and tasks.`, {
      max: MAX_GOALS_PER_STRATEGY,
    }),
  ];
}

/**
 * Whether giving `goalId` the parent `newParentId` would put it inside its own subtree (a loop):
 * true when the new parent is the goal itself or one of its descendants. `parentOf` maps every
 * goal of the strategy to its current parent (null for top-level goals). A null parent never loops.
 */
export function wouldCreateCycle(
  goalId: string,
  newParentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const visited = new Set<string>();
  for (let id: string | null | undefined = newParentId; id != null; id = parentOf.get(id)) {
    if (id === goalId) return true;
    // An existing loop that does not pass through goalId: stop rather than spin.
    if (visited.has(id)) return false;
    visited.add(id);
  }
  return false;
}
