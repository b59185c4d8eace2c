/**
 * GosTech migration plans (план-график перевода ИС на ГосТех): each region lists its information
 * systems, decides what happens to each (migrate, rebuild, create new, keep outside, decommission),
 * and schedules the stages of that move with planned and actual dates. Plans were due by
 * 2022-05-01 (DEFAULT_GOSTECH_DEADLINE in strategy/deadline) and follow the strategy workflow
 * (strategy/workflow). No public template exists: this model is Tsifra's own.
 *
 * Validators return FieldError[] (empty = valid); `rule` is a stable key the UI translates.
 */

import type { FieldError } from '../errors';
import { isSectorCode } from '../sectors';
import { isIsoDate } from '../strategy/deadline';

export const GOSTECH_DECISIONS = [
  'MIGRATE_AS_IS',
  'REBUILD_ON_GOSTECH',
  'CREATE_NEW_ON_GOSTECH',
  'KEEP_OUTSIDE',
  'DECOMMISSION',
] as const;
export type GostechDecision = (typeof GOSTECH_DECISIONS)[number];

export const GOSTECH_STAGES = [
  'ASSESSMENT',
  'DESIGN',
  'DEVELOPMENT',
  'PILOT',
  'PRODUCTION',
  'LEGACY_SHUTDOWN',
] as const;
export type GostechStage = (typeof GOSTECH_STAGES)[number];

export interface Label {
  name: string;
  nameEn: string;
}

export const DECISION_LABELS: Readonly<Record<GostechDecision, Label>> = {
  MIGRATE_AS_IS: { name: 'Перевести без изменений', nameEn: 'Migrate as is' },
  REBUILD_ON_GOSTECH: { name: 'Переработать на ГосТех', nameEn: 'Rebuild on GosTech' },
  CREATE_NEW_ON_GOSTECH: { name: 'Создать новую на ГосТех', nameEn: 'Create new on GosTech' },
  KEEP_OUTSIDE: { name: 'Оставить вне ГосТех', nameEn: 'Keep outside GosTech' },
  DECOMMISSION: { name: 'Вывести из эксплуатации', nameEn: 'Decommission' },
};

export const STAGE_LABELS: Readonly<Record<GostechStage, Label>> = {
  ASSESSMENT: { name: 'Обследование', nameEn: 'Assessment' },
  DESIGN: { name: 'Проектирование', nameEn: 'Design' },
  DEVELOPMENT: { name: 'Разработка', nameEn: 'Development' },
  PILOT: { name: 'Опытная эксплуатация', nameEn: 'Pilot' },
  PRODUCTION: { name: 'Промышленная эксплуатация', nameEn: 'Production' },
  LEGACY_SHUTDOWN: { name: 'Вывод старой системы', nameEn: 'Legacy shutdown' },
};

/**
 * The stages each decision goes through, in order. A system kept outside GosTech has none; a
 * decommissioned one only shuts down; one migrated as is skips design and development; a new one
 * has no legacy to shut down.
 */
export const DECISION_STAGES: Readonly<Record<GostechDecision, readonly GostechStage[]>> = {
  MIGRATE_AS_IS: ['ASSESSMENT', 'PILOT', 'PRODUCTION', 'LEGACY_SHUTDOWN'],
  REBUILD_ON_GOSTECH: ['ASSESSMENT', 'DESIGN', 'DEVELOPMENT', 'PILOT', 'PRODUCTION', 'LEGACY_SHUTDOWN'],
  CREATE_NEW_ON_GOSTECH: ['ASSESSMENT', 'DESIGN', 'DEVELOPMENT', 'PILOT', 'PRODUCTION'],
  KEEP_OUTSIDE: [],
  DECOMMISSION: ['LEGACY_SHUTDOWN'],
};

export function isGostechDecision(value: unknown): value is GostechDecision {
  return typeof value === 'string' && (GOSTECH_DECISIONS as readonly string[]).includes(value);
}

export function isGostechStage(value: unknown): value is GostechStage {
  return typeof value === 'string' && (GOSTECH_STAGES as readonly string[]).includes(value);
}

/** Whether the decision moves the system onto GosTech (it then reaches PRODUCTION there). */
export function isMigrating(decision: GostechDecision | null | undefined): boolean {
  return decision === 'MIGRATE_AS_IS' || decision === 'REBUILD_ON_GOSTECH' || decision === 'CREATE_NEW_ON_GOSTECH';
}

/** The position of a stage in the fixed order (0 = ASSESSMENT). */
export function stageIndex(stage: GostechStage): number {
  return GOSTECH_STAGES.indexOf(stage);
}

export const SYSTEM_NAME_MAX = 500;
export const SYSTEM_SHORT_NAME_MAX = 100;
export const SYSTEM_OPERATOR_MAX = 500;
export const SYSTEM_PURPOSE_MAX = 2000;
export const SYSTEM_HOSTING_MAX = 200;
export const SYSTEM_ASSESSMENT_MAX = 10_000;
/** GosTech plan dates stay within the programme's years. */
export const GOSTECH_FIRST_DATE = '2020-01-01';
export const GOSTECH_LAST_DATE = '2030-12-31';

/** Planned and actual dates of one stage (ISO `YYYY-MM-DD`; null when not set). */
export interface StageDates {
  stage: GostechStage;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
}

/** An information system as entered (form, API or spreadsheet row). */
export interface InformationSystemDraft {
  name: string;
  shortName?: string | null;
  /** The regional body operating the system (оператор ИС). */
  operator: string;
  sectorCode?: string | null;
  purpose?: string | null;
  /** A state information system (ГИС) in the sense of 149-ФЗ. */
  isStateSystem?: boolean | null;
  processesPersonalData?: boolean | null;
  /** Where it runs today: a regional data centre, a commercial cloud, … */
  hosting?: string | null;
  /** Annual running cost in roubles. */
  annualCost?: number | null;
  decision?: string | null;
  /** The economic feasibility assessment behind the decision. */
  economicAssessment?: string | null;
  /** The technological feasibility assessment behind the decision. */
  technologicalAssessment?: string | null;
  stages?:
    | readonly {
        stage: string;
        plannedStart?: string | null;
        plannedEnd?: string | null;
        actualStart?: string | null;
        actualEnd?: string | null;
      }[]
    | null;
}

/** Every `rule` validateInformationSystem can return, for translation tables. */
export const SYSTEM_RULES = [
  'required',
  'too_long',
  'unknown_sector',
  'unknown_decision',
  'not_finite',
  'negative',
  'unknown_stage',
  'duplicate_stage',
  'invalid_date',
  'date_out_of_range',
  'end_before_start',
  'end_without_start',
  'stages_out_of_order',
] as const;
export type SystemRule = (typeof SYSTEM_RULES)[number];

const DATE_KEYS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
export type StageDateKey = (typeof DATE_KEYS)[number];
export const STAGE_DATE_KEYS: readonly StageDateKey[] = DATE_KEYS;

function text(
  errors: FieldError[],
  field: string,
  value: string | null | undefined,
  max: number,
  required: boolean,
): void {
  const v = (value ?? '').trim();
  if (!v) {
    if (required) errors.push({ field, rule: 'required', message: `${field} is required.` });
    return;
  }
  if (v.length > max)
    errors.push({ field, rule: 'too_long', message: `${field} is longer than ${max} characters.`, params: { max } });
}

/**
 * Checks one information system: name (required, ≤ 500), short name (≤ 100), operator (required,
 * ≤ 500), a known sector and decision when given, a finite non-negative annual cost, and per stage:
 * a known stage at most once, ISO dates within 2020–2030, start ≤ end for planned and actual dates,
 * no actual end without an actual start, and planned stages in the fixed order (a stage may not
 * start before the previous one does). Field paths are relative to the draft (`stages[2].plannedEnd`).
 */
export function validateInformationSystem(draft: InformationSystemDraft): FieldError[] {
  const errors: FieldError[] = [];
  text(errors, 'name', draft.name, SYSTEM_NAME_MAX, true);
  text(errors, 'shortName', draft.shortName, SYSTEM_SHORT_NAME_MAX, false);
  text(errors, 'operator', draft.operator, SYSTEM_OPERATOR_MAX, true);
  text(errors, 'purpose', draft.purpose, SYSTEM_PURPOSE_MAX, false);
  text(errors, 'hosting', draft.hosting, SYSTEM_HOSTING_MAX, false);
  text(errors, 'economicAssessment', draft.economicAssessment, SYSTEM_ASSESSMENT_MAX, false);
  text(errors, 'technologicalAssessment', draft.technologicalAssessment, SYSTEM_ASSESSMENT_MAX, false);
  if (draft.sectorCode != null && draft.sectorCode !== '' && !isSectorCode(draft.sectorCode)) {
    errors.push({
      field: 'sectorCode',
      rule: 'unknown_sector',
      message: `Unknown sector "${draft.sectorCode}".`,
      params: { value: draft.sectorCode },
    });
  }
  if (draft.decision != null && draft.decision !== '' && !isGostechDecision(draft.decision)) {
    errors.push({
      field: 'decision',
      rule: 'unknown_decision',
      message: `Unknown decision "${draft.decision}"; use one of ${GOSTECH_DECISIONS.join(', ')}.`,
      params: { value: draft.decision },
    });
  }
  if (draft.annualCost != null) {
    if (!Number.isFinite(draft.annualCost))
      errors.push({ field: 'annualCost', rule: 'not_finite', message: 'The annual cost must be a finite number.' });
    else if (draft.annualCost < 0)
      errors.push({ field: 'annualCost', rule: 'negative', message: 'The annual cost cannot be negative.' });
  }
  const seen = new Set<string>();
  let previous: { index: number; order: number; start: string } | null = null;
  const stages = (draft.stages ?? []).map((s, i) => ({ s, i })).filter(({ s }) => isGostechStage(s.stage));
  (draft.stages ?? []).forEach((s, i) => {
    const at = `stages[${i}]`;
    if (!isGostechStage(s.stage)) {
      errors.push({
        field: `${at}.stage`,
        rule: 'unknown_stage',
        message: `Unknown stage "${s.stage}".`,
        params: { value: String(s.stage) },
      });
      return;
    }
    if (seen.has(s.stage))
      errors.push({
        field: `${at}.stage`,
        rule: 'duplicate_stage',
        message: `The stage ${s.stage} is given twice.`,
        params: { stage: s.stage },
      });
    seen.add(s.stage);
    const valid: Partial<Record<StageDateKey, string>> = {};
    for (const key of DATE_KEYS) {
      const value = s[key];
      if (value == null || value === '') continue;
      if (!isIsoDate(value)) {
        errors.push({
          field: `${at}.${key}`,
          rule: 'invalid_date',
          message: `${key} must be a calendar date written YYYY-MM-DD.`,
          params: { value },
        });
      } else if (value < GOSTECH_FIRST_DATE || value > GOSTECH_LAST_DATE) {
        errors.push({
          field: `${at}.${key}`,
          rule: 'date_out_of_range',
          message: `${key} must fall within ${GOSTECH_FIRST_DATE}…${GOSTECH_LAST_DATE}.`,
          params: { min: GOSTECH_FIRST_DATE, max: GOSTECH_LAST_DATE },
        });
      } else {
        valid[key] = value;
      }
    }
    if (valid.plannedStart && valid.plannedEnd && valid.plannedEnd < valid.plannedStart) {
      errors.push({
        field: `${at}.plannedEnd`,
        rule: 'end_before_start',
        message: `The planned end of ${s.stage} is before its planned start.`,
        params: { stage: s.stage },
      });
    }
    if (valid.actualStart && valid.actualEnd && valid.actualEnd < valid.actualStart) {
      errors.push({
        field: `${at}.actualEnd`,
        rule: 'end_before_start',
        message: `The actual end of ${s.stage} is before its actual start.`,
        params: { stage: s.stage },
      });
    }
    if (valid.actualEnd && !s.actualStart) {
      errors.push({
        field: `${at}.actualStart`,
        rule: 'end_without_start',
        message: `${s.stage} has an actual end but no actual start.`,
        params: { stage: s.stage },
      });
    }
  });
  // Planned starts follow the stage order: sort the known stages by their place and compare neighbours.
  const planned = stages
    .filter(({ s }) => s.plannedStart && isIsoDate(s.plannedStart))
    .map(({ s, i }) => ({
      index: i,
      order: stageIndex(s.stage as GostechStage),
      start: s.plannedStart!,
      stage: s.stage,
    }))
    .sort((a, b) => a.order - b.order);
  for (const p of planned) {
    if (previous && p.order !== previous.order && p.start < previous.start) {
      errors.push({
        field: `stages[${p.index}].plannedStart`,
        rule: 'stages_out_of_order',
        message: `${p.stage} is planned to start before ${GOSTECH_STAGES[previous.order]} does.`,
        params: { stage: p.stage, previous: GOSTECH_STAGES[previous.order]! },
      });
    }
    previous = p;
  }
  return errors;
}

/** A system as the plan-level rules see it: its id, decision, stages and what it depends on. */
export interface PlanSystem {
  id: string;
  name: string;
  decision: GostechDecision | null;
  stages: readonly StageDates[];
  /** Ids of systems of the same plan this one needs first. */
  dependsOn: readonly string[];
}

/**
 * A dependency cycle among the systems, as the ids along it with the first repeated at the end
 * (`['a', 'b', 'a']`; a system depending on itself gives `['a', 'a']`), or null when there is none.
 * Dependencies on ids not in the list are ignored. Iterative depth-first search: safe for long chains.
 */
export function findDependencyCycle(systems: readonly Pick<PlanSystem, 'id' | 'dependsOn'>[]): string[] | null {
  const edges = new Map(systems.map((s) => [s.id, s.dependsOn]));
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const root of systems) {
    if (state.has(root.id)) continue;
    const path: string[] = [root.id];
    const cursor: number[] = [0];
    state.set(root.id, 1);
    while (path.length) {
      const node = path[path.length - 1]!;
      const next = (edges.get(node) ?? []).filter((d) => edges.has(d));
      const i = cursor[cursor.length - 1]!;
      if (i >= next.length) {
        state.set(node, 2);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = i + 1;
      const dep = next[i]!;
      const seen = state.get(dep);
      if (seen === 1) return [...path.slice(path.indexOf(dep)), dep];
      if (seen === undefined) {
        state.set(dep, 1);
        path.push(dep);
        cursor.push(0);
      }
    }
  }
  return null;
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
