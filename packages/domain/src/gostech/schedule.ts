/**
 * Where a system stands against its plan-schedule: its current stage (from actual dates), the stages
 * that are overdue on a given day, the share of systems on schedule, and the quarter it reaches
 * production. Dates are ISO `YYYY-MM-DD` strings, which compare correctly as text.
 */

import {
  DECISION_STAGES,
  GOSTECH_STAGES,
  isMigrating,
  stageIndex,
  type GostechDecision,
  type GostechStage,
  type StageDates,
} from './plan';

/** A system's position: a stage, not started yet, or every stage of its decision done. */
export type CurrentStage = GostechStage | 'NOT_STARTED' | 'COMPLETED';
export const CURRENT_STAGE_VALUES = ['NOT_STARTED', ...GOSTECH_STAGES, 'COMPLETED'] as const;

interface ScheduledSystem {
  decision: GostechDecision | null;
  stages: readonly StageDates[];
}

/**
 * The latest stage (in the fixed order) that has actually started. `COMPLETED` once every stage the
 * decision needs has an actual end; `NOT_STARTED` when nothing has started.
 */
export function currentStage(system: ScheduledSystem): CurrentStage {
  const started = system.stages.filter((s) => s.actualStart).sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage));
  const needed = system.decision ? DECISION_STAGES[system.decision] : [];
  if (needed.length > 0 && needed.every((stage) => system.stages.some((s) => s.stage === stage && s.actualEnd)))
    return 'COMPLETED';
  return started[started.length - 1]?.stage ?? 'NOT_STARTED';
}

/** A stage late on `today`: it should have started (`start`) or ended (`end`) by now and has not. */
export interface OverdueStage {
  stage: GostechStage;
  kind: 'start' | 'end';
  /** The planned date that passed. */
  due: string;
}

/**
 * The stages overdue on `today`: a planned end passed without an actual end, or (when the end is
 * not yet due) a planned start passed without an actual start. A planned date is due through its own
 * day, so a stage planned to end today is not overdue yet.
 */
export function overdueStages(system: Pick<ScheduledSystem, 'stages'>, today: string): OverdueStage[] {
  const overdue: OverdueStage[] = [];
  for (const s of [...system.stages].sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage))) {
    if (s.plannedEnd && !s.actualEnd && s.plannedEnd < today)
      overdue.push({ stage: s.stage, kind: 'end', due: s.plannedEnd });
    else if (s.plannedStart && !s.actualStart && s.plannedStart < today)
      overdue.push({ stage: s.stage, kind: 'start', due: s.plannedStart });
  }
  return overdue;
}

/** Whether a migrating system has no overdue stage on `today`. */
export function isOnSchedule(system: ScheduledSystem, today: string): boolean {
  return overdueStages(system, today).length === 0;
}

/**
 * The share (0…1) of systems moving onto GosTech (and decommissions) that have no overdue stage on
 * `today`; null when the plan has no such system. Systems kept outside and those without a decision
 * do not count.
 */
export function onScheduleShare(systems: readonly ScheduledSystem[], today: string): number | null {
  const counted = systems.filter((s) => isMigrating(s.decision) || s.decision === 'DECOMMISSION');
  if (!counted.length) return null;
  return counted.filter((s) => isOnSchedule(s, today)).length / counted.length;
}

/** The calendar quarter of an ISO date, written `2022-Q2`. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * The quarter a migrating system reaches production on GosTech: from the actual start of PRODUCTION
 * when it has one, otherwise the planned start; null when neither is known or the system does not migrate.
 */
export function productionQuarter(system: ScheduledSystem): string | null {
  if (!isMigrating(system.decision)) return null;
  const production = system.stages.find((s) => s.stage === 'PRODUCTION');
  const date = production?.actualStart ?? production?.plannedStart ?? null;
  return date ? quarterOf(date) : null;
}

/** The planned start of PRODUCTION: the contract's `InformationSystem.plannedMigrationDate`. */
export function plannedMigrationDate(system: Pick<ScheduledSystem, 'stages'>): string | null {
  return system.stages.find((s) => s.stage === 'PRODUCTION')?.plannedStart ?? null;
}
