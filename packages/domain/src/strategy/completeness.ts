/**
 * What "complete" means for a strategy that is about to be submitted:
 * - it has chosen at least one sector;
 * - every chosen sector has at least one goal on every horizon (2021, 2024, 2030);
 * - every 2021 and 2024 goal has at least one indicator (2030 goals may stay qualitative);
 * - every indicator has targets, including one for its goal's horizon year;
 * - no goal sits in a sector the strategy no longer chooses.
 */

import type { Horizon } from '../horizons';
import { HORIZONS, horizonYear } from '../horizons';

export const COMPLETENESS_KINDS = [
  'no_sectors',
  'sector_without_goals',
  'goal_without_indicators',
  'indicator_without_targets',
  'indicator_horizon_not_covered',
  'goal_sector_not_chosen',
] as const;
export type CompletenessKind = (typeof COMPLETENESS_KINDS)[number];

/** Horizons whose goals must carry at least one indicator. */
export const HORIZONS_NEEDING_INDICATORS: readonly Horizon[] = ['Y2021', 'Y2024'];

export interface OutlineIndicator {
  name: string;
  targets: { year: number; value: number }[];
}

export interface OutlineGoal {
  id: string;
  sectorCode: string;
  horizon: Horizon;
  parentId: string | null;
  indicators: OutlineIndicator[];
}

/** The shape of a strategy that completeness looks at. */
export interface StrategyOutline {
  sectors: string[];
  goals: OutlineGoal[];
}

export interface CompletenessProblem {
  kind: CompletenessKind;
  /** Same as `kind`: the translation key, like FieldError's `rule`. */
  rule: CompletenessKind;
  message: string;
  sectorCode?: string;
  horizon?: Horizon;
  goalId?: string;
  /** Index of the indicator within its goal's `indicators`. */
  indicatorIndex?: number;
  indicatorName?: string;
}

function problem(
  kind: CompletenessKind,
  message: string,
  where: Omit<CompletenessProblem, 'kind' | 'rule' | 'message'> = {},
): CompletenessProblem {
  return { kind, rule: kind, message, ...where };
}

/**
 * Everything that keeps a strategy from being complete, in a stable order: sectors first (in the
 * order chosen, horizons 2021 → 2030), then goals in the given order. Empty = complete.
 */
export function completenessProblems(outline: StrategyOutline): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];

  if (outline.sectors.length === 0) {
    problems.push(problem('no_sectors', 'The strategy has not chosen any sector.'));
  }

  for (const sectorCode of outline.sectors) {
    for (const horizon of HORIZONS) {
      if (!outline.goals.some((g) => g.sectorCode === sectorCode && g.horizon === horizon)) {
        problems.push(
          problem('sector_without_goals', `Sector "${sectorCode}" has no goal for ${horizonYear(horizon)}.`, {
            sectorCode,
            horizon,
          }),
        );
      }
    }
  }

  const chosen = new Set(outline.sectors);
  for (const goal of outline.goals) {
    const where = { sectorCode: goal.sectorCode, horizon: goal.horizon, goalId: goal.id };
    if (!chosen.has(goal.sectorCode)) {
      problems.push(
        problem(
          'goal_sector_not_chosen',
          `Goal ${goal.id} belongs to sector "${goal.sectorCode}", which the strategy has not chosen.`,
          where,
        ),
      );
    }
    if (goal.indicators.length === 0 && HORIZONS_NEEDING_INDICATORS.includes(goal.horizon)) {
      problems.push(
        problem('goal_without_indicators', `Goal ${goal.id} (${horizonYear(goal.horizon)}) has no indicator.`, where),
      );
    }
    const year = horizonYear(goal.horizon);
    goal.indicators.forEach((indicator, indicatorIndex) => {
      const at = { ...where, indicatorIndex, indicatorName: indicator.name };
      if (indicator.targets.length === 0) {
        problems.push(
          problem('indicator_without_targets', `Indicator "${indicator.name}" of goal ${goal.id} has no targets.`, at),
        );
      } else if (!indicator.targets.some((t) => t.year === year)) {
        problems.push(
          problem(
            'indicator_horizon_not_covered',
            `Indicator "${indicator.name}" of goal ${goal.id} has no target for ${year}.`,
            at,
          ),
        );
      }
    });
  }

  return problems;
}

/**
 * Whether the strategy has no completeness problems.
 */
export function isComplete(outline: StrategyOutline): boolean {
  return completenessProblems(outline).length === 0;
}
