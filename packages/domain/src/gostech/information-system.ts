/**
 * One information system of a GosTech plan as entered (form, API or spreadsheet row): its fields,
 * their limits, the planned and actual dates of its stages, and validateInformationSystem, which
 * checks one system on its own (plan-level rules are planCompleteness', in ./plan).
 *
 * Validators return FieldError[] (empty = valid); `rule` is a stable key the UI translates.
 */

import type { FieldError } from '../errors';
import { isSectorCode } from '../sectors';
import { isIsoDate } from '../strategy/deadline';
import {
  GOSTECH_DECISIONS,
  GOSTECH_STAGES,
  isGostechDecision,
  isGostechStage,
  stageIndex,
  type GostechStage,
} from './decisions-and-stages';

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
