/**
 * Progress of a strategy's execution: how far an indicator got towards its plan for a year, its status,
 * and the roll-up indicator → goal → sector → strategy. Every threshold and rule is data stamped with a
 * version, so any figure shown can be explained by (inputs, rules version).
 *
 * The rules, in plain words (the UI help repeats them):
 * 1. Plan for year Y: the target for Y; between known points (the baseline and the targets) the straight
 *    line between them; after the last target, the last target. No plan at or before the baseline year.
 * 2. Achievement % = (actual − baseline) / (plan − baseline) × 100 for INCREASE; the same with both
 *    differences negated for DECREASE (which gives the same number); not capped, so overshoot shows.
 *    A plan equal to the baseline ("keep the level"): 100 % when the actual is at or beyond the plan in the
 *    indicator's direction, else 100 × (1 − |actual − plan| / |plan|), never below 0 (0 when the plan is 0).
 *    Without a stated direction, the direction is read from the plan (plan ≥ baseline → INCREASE).
 * 3. Status from the thresholds: ≥ achieved → ACHIEVED, ≥ onTrack → ON_TRACK, ≥ atRisk → AT_RISK, else
 *    OFF_TRACK; no actual or no plan → NO_DATA.
 * 4. Roll-up (goal, sector, strategy alike): status = the worst status among children that have data
 *    (NO_DATA when none has); achievement = the mean of the children's achievements, each clamped to
 *    0–100 so one overshoot cannot hide a shortfall; confidence = the share of leaf indicators below that
 *    have an actual. A goal's children are its own indicators and its child goals; a sector's are its root
 *    goals; the strategy's are its sectors.
 */

import type { IndicatorDirection } from '../strategy/indicators';

export const PROGRESS_STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Thresholds in % of plan; versioned data an admin may change, never constants in the rules. */
export interface ProgressThresholds {
  version: string;
  achieved: number;
  onTrack: number;
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: ProgressThresholds = {
  version: 'thresholds-1',
  achieved: 100,
  onTrack: 90,
  atRisk: 75,
};

/** The version of the achievement and roll-up rules written above; bump it when a rule changes. */
export const PROGRESS_RULES_VERSION = 'progress-rules-1';

export interface Progress {
  status: ProgressStatus;
  /** In %, null without data. */
  achievement: number | null;
  /** 0..1: the share of leaf indicators with an actual. */
  confidence: number;
  /** Leaf indicators below this node, and how many have an actual (confidence = withActual / leaves). */
  leaves: number;
  withActual: number;
  /** `<rules version>/<thresholds version>`, so a figure can be explained. */
  rulesVersion: string;
}

export interface IndicatorFacts {
  direction?: IndicatorDirection | null;
  baselineYear: number;
  baselineValue: number;
  targets: readonly { year: number; value: number }[];
}

const stamp = (t: ProgressThresholds) => `${PROGRESS_RULES_VERSION}/${t.version}`;

/** The plan for a year (rule 1), or undefined when there is none. */
export function planFor(ind: IndicatorFacts, year: number): number | undefined {
  if (year <= ind.baselineYear) return undefined;
  const points = [
    { year: ind.baselineYear, value: ind.baselineValue },
    ...[...ind.targets].filter((t) => t.year > ind.baselineYear).sort((a, b) => a.year - b.year),
  ];
  if (points.length === 1 || !points.every((p) => Number.isFinite(p.value))) return undefined;
  const exact = points.find((p) => p.year === year);
  if (exact) return exact.value;
  const last = points[points.length - 1];
  if (!last || year > last.year) return last?.value;
  const after = points.findIndex((p) => p.year > year);
  const a = points[after - 1];
  const b = points[after];
  if (!a || !b) return undefined;
  return a.value + ((b.value - a.value) * (year - a.year)) / (b.year - a.year);
}

/** Achievement in % for an actual against a plan (rule 2), or null when a value is missing. */
export function achievement(
  ind: IndicatorFacts,
  plan: number | undefined,
  actual: number | null | undefined,
): number | null {
  if (
    plan === undefined ||
    actual === null ||
    actual === undefined ||
    !Number.isFinite(actual) ||
    !Number.isFinite(ind.baselineValue)
  )
    return null;
  const direction = ind.direction ?? (plan >= ind.baselineValue ? 'INCREASE' : 'DECREASE');
  const sign = direction === 'DECREASE' ? -1 : 1;
  const planned = plan - ind.baselineValue;
  if (planned === 0) {
    if (sign * (actual - plan) >= 0) return 100;
    if (plan === 0) return 0;
    return round2(Math.max(0, 100 * (1 - Math.abs(actual - plan) / Math.abs(plan))));
  }
  return round2((100 * (actual - ind.baselineValue)) / planned);
}

/** The status for an achievement (rule 3). */
export function statusOf(achievementPct: number | null, t: ProgressThresholds = DEFAULT_THRESHOLDS): ProgressStatus {
  if (achievementPct === null) return 'NO_DATA';
  if (achievementPct >= t.achieved) return 'ACHIEVED';
  if (achievementPct >= t.onTrack) return 'ON_TRACK';
  if (achievementPct >= t.atRisk) return 'AT_RISK';
  return 'OFF_TRACK';
}

/** An indicator's progress for a year from its facts and its actual for that year (null when not reported). */
export function indicatorProgress(
  ind: IndicatorFacts,
  year: number,
  actual: number | null | undefined,
  t: ProgressThresholds = DEFAULT_THRESHOLDS,
): Progress {
  const a = achievement(ind, planFor(ind, year), actual);
  const has = actual !== null && actual !== undefined && Number.isFinite(actual);
  return {
    status: statusOf(a, t),
    achievement: a,
    confidence: has ? 1 : 0,
    leaves: 1,
    withActual: has ? 1 : 0,
    rulesVersion: stamp(t),
  };
}

/** Worst first: the order in which statuses win a roll-up. */
const SEVERITY: Record<ProgressStatus, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, ACHIEVED: 3, NO_DATA: 4 };

/** Rolls children up into their parent (rule 4). A parent without children has no data. */
export function rollUp(children: readonly Progress[], t: ProgressThresholds = DEFAULT_THRESHOLDS): Progress {
  const leaves = children.reduce((s, c) => s + c.leaves, 0);
  const withActual = children.reduce((s, c) => s + c.withActual, 0);
  const withData = children.filter((c) => c.status !== 'NO_DATA' && c.achievement !== null);
  const status = withData.reduce<ProgressStatus>(
    (w, c) => (SEVERITY[c.status] < SEVERITY[w] ? c.status : w),
    'NO_DATA',
  );
  const ach =
    withData.length === 0
      ? null
      : round2(withData.reduce((s, c) => s + clamp(c.achievement as number), 0) / withData.length);
  return {
    status,
    achievement: ach,
    confidence: leaves === 0 ? 0 : round4(withActual / leaves),
    leaves,
    withActual,
    rulesVersion: stamp(t),
  };
}

/** Compares statuses worst first, for "laggards first" lists. */
export function compareStatus(a: ProgressStatus, b: ProgressStatus): number {
  return SEVERITY[a] - SEVERITY[b];
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const round2 = (v: number) => Math.round(v * 100) / 100;
const round4 = (v: number) => Math.round(v * 10000) / 10000;
