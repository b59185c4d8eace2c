/**
 * GosTech migration plans (план-график перевода ИС на ГосТех): each region lists its information
 * systems, decides what happens to each (migrate, rebuild, create new, keep outside, decommission),
 * and schedules the stages of that move with planned and actual dates. Plans were due by
 * 2022-05-01 (DEFAULT_GOSTECH_DEADLINE in strategy/deadline) and follow the strategy workflow
 * (strategy/workflow). No public template exists: this model is Tsifra's own.
 *
 * This file holds the plan-level rules (planCompleteness); the vocabulary of decisions and stages,
 * one system's fields and validateInformationSystem live beside it and are exported from here too.
 */

import { DECISION_STAGES, type GostechDecision, type GostechStage } from './decisions-and-stages';
import { findDependencyCycle } from './dependency-cycle';
import type { StageDates } from './information-system';

// The plan's vocabulary and the single-system rules live in their own files; this path keeps exporting them.
export * from './decisions-and-stages';
export * from './information-system';
export { findDependencyCycle } from './dependency-cycle';

/** A system as the plan-level rules see it: its id, decision, stages and what it depends on. */
export interface PlanSystem {
  id: string;
  name: string;
  decision: GostechDecision | null;
  stages: readonly StageDates[];
  /** Ids of systems of the same plan this one needs first. */
  dependsOn: readonly string[];
}

/** One reason a plan is not ready to submit. */
export interface PlanProblem {
  /** `no_systems`, `missing_decision`, `missing_planned_dates`, `stages_out_of_order`, `end_before_start`, `dependency_cycle`. */
  rule:
    | 'no_systems'
    | 'missing_decision'
    | 'missing_planned_dates'
    | 'stages_out_of_order'
    | 'end_before_start'
    | 'dependency_cycle';
  systemId: string | null;
  stage?: GostechStage;
  message: string;
}
export const PLAN_PROBLEM_RULES = [
  'no_systems',
  'missing_decision',
  'missing_planned_dates',
  'stages_out_of_order',
  'end_before_start',
  'dependency_cycle',
] as const;

/**
 * What keeps a plan from being submitted (empty = complete): it lists at least one system; every
 * system has a decision; every system the decision gives stages to has planned start and end dates
 * for each of them, each end on or after its start, and each stage starting no earlier than the one
 * before; no dependency cycle.
 */
export function planCompleteness(plan: { systems: readonly PlanSystem[] }): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.systems.length === 0)
    problems.push({ rule: 'no_systems', systemId: null, message: 'The plan lists no information systems.' });
  for (const system of plan.systems) {
    if (!system.decision) {
      problems.push({ rule: 'missing_decision', systemId: system.id, message: `«${system.name}» has no decision.` });
      continue;
    }
    const byStage = new Map(system.stages.map((s) => [s.stage, s]));
    let previousStart: string | null = null;
    for (const stage of DECISION_STAGES[system.decision]) {
      const dates = byStage.get(stage);
      if (!dates?.plannedStart || !dates.plannedEnd) {
        problems.push({
          rule: 'missing_planned_dates',
          systemId: system.id,
          stage,
          message: `«${system.name}»: ${stage} needs planned start and end dates.`,
        });
        continue;
      }
      if (dates.plannedEnd < dates.plannedStart) {
        problems.push({
          rule: 'end_before_start',
          systemId: system.id,
          stage,
          message: `«${system.name}»: ${stage} is planned to end before it starts.`,
        });
      }
      if (previousStart && dates.plannedStart < previousStart) {
        problems.push({
          rule: 'stages_out_of_order',
          systemId: system.id,
          stage,
          message: `«${system.name}»: ${stage} is planned to start before the previous stage.`,
        });
      }
      previousStart = dates.plannedStart;
    }
  }
  const cycle = findDependencyCycle(plan.systems);
  if (cycle) {
    const names = new Map(plan.systems.map((s) => [s.id, s.name]));
    problems.push({
      rule: 'dependency_cycle',
      systemId: cycle[0] ?? null,
      message: `Dependency cycle: ${cycle.map((id) => `«${names.get(id)}»`).join(' → ')}.`,
    });
  }
  return problems;
}
