/**
 * Indicator rules. An indicator is a measurable value of a goal: a unit (ОКЕИ), a baseline (year
 * and value) and targets by year. Validators return FieldError[]; an empty list means valid.
 *
 * Values may be negative (a balance, a change) unless the unit is a percentage, which stays within
 * 0–100. When a direction is given, targets may not move against it relative to the baseline.
 */

import type { FieldError } from '../errors';
import type { Horizon } from '../horizons';
import { horizonYear } from '../horizons';
import { findUnit } from './units';

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_NAME_MAX = 500;
export const RESPONSIBLE_MAX = 500;
/** Earliest baseline year accepted: strategies of 2021 rely on statistics from the 2010s. */
export const BASELINE_YEAR_MIN = 2010;
/** Latest year of the programme: the 2030 horizon. */
export const LAST_YEAR = 2030;

/** Every `rule` validateIndicator can return, for translation tables. */
export const INDICATOR_RULES = [
  'required',
  'too_long',
  'unknown_unit',
  'not_integer',
  'year_out_of_range',
  'not_finite',
  'target_year_not_after_baseline',
  'duplicate_year',
  'horizon_not_covered',
  'target_below_baseline',
  'target_above_baseline',
  'percent_out_of_range',
] as const;
export type IndicatorRule = (typeof INDICATOR_RULES)[number];

export interface IndicatorValue {
  year: number;
  value: number;
}

export interface IndicatorDraft {
  name: string;
  /** An ОКЕИ code or symbol that findUnit knows (`744`, `%`, `тыс. чел.`). */
  unit: string;
  /** When absent, targets are not compared with the baseline. */
  direction?: IndicatorDirection;
  baselineYear: number;
  baselineValue: number;
  targets: IndicatorValue[];
  /** The responsible body, free text. */
  responsible?: string | null;
}

export interface IndicatorContext {
  /** Horizon of the goal the indicator measures; a target for that year is required. */
  horizon: Horizon;
}

function err(field: string, rule: IndicatorRule, message: string, params?: FieldError['params']): FieldError {
  return params ? { field, rule, message, params } : { field, rule, message };
}

/**
 * Checks an indicator against the rules, returning one FieldError per broken rule (empty = valid):
 * - `name`: required after trimming (`required`), at most 500 characters (`too_long`);
 * - `unit`: required, and a unit findUnit knows (`unknown_unit`);
 * - `baselineYear`: an integer (`not_integer`) within 2010–2030 (`year_out_of_range`);
 * - `baselineValue`: a finite number (`not_finite`);
 * - `targets[i].year`: an integer (`not_integer`) after the baseline year
 *   (`target_year_not_after_baseline`), within 2010–2030 (`year_out_of_range`), once (`duplicate_year`,
 *   on the repeat) — so any year between the baseline and 2030 is fine, TARGET_YEARS included;
 * - `targets[i].value`: a finite number (`not_finite`); with direction INCREASE not below the
 *   baseline (`target_below_baseline`), with DECREASE not above it (`target_above_baseline`);
 * - `targets`: holds a target for the horizon's year (`horizon_not_covered`);
 * - percent units keep `baselineValue` and every `targets[i].value` within 0–100 (`percent_out_of_range`);
 * - `responsible`: at most 500 characters (`too_long`).
 */
export function validateIndicator(draft: IndicatorDraft, ctx: IndicatorContext): FieldError[] {
  const errors: FieldError[] = [];

  const name = (draft.name ?? '').trim();
  if (name === '') errors.push(err('name', 'required', 'The indicator needs a name.'));
  else if (name.length > INDICATOR_NAME_MAX) {
    errors.push(
      err('name', 'too_long', `The name may be at most ${INDICATOR_NAME_MAX} characters.`, { max: INDICATOR_NAME_MAX }),
    );
  }

  const unitText = (draft.unit ?? '').trim();
  const unit = unitText === '' ? undefined : findUnit(unitText);
  if (unitText === '') errors.push(err('unit', 'required', 'The indicator needs a unit of measure.'));
  else if (!unit)
    errors.push(err('unit', 'unknown_unit', `Unknown unit of measure: "${unitText}".`, { unit: unitText }));
  const percent = unit?.percent === true;

  checkBaselineYear(errors, draft.baselineYear);
  const baselineYearKnown = Number.isInteger(draft.baselineYear);

  const baselineOk = Number.isFinite(draft.baselineValue);
  if (!baselineOk) errors.push(err('baselineValue', 'not_finite', 'The baseline value must be a finite number.'));
  else if (percent && !inPercentRange(draft.baselineValue)) {
    errors.push(
      err('baselineValue', 'percent_out_of_range', 'A percentage must be between 0 and 100.', { min: 0, max: 100 }),
    );
  }

  const seen = new Set<number>();
  const targets = draft.targets ?? [];
  targets.forEach((t, i) => {
    const yearField = `targets[${i}].year`;
    const valueField = `targets[${i}].value`;

    if (!Number.isInteger(t.year)) {
      errors.push(err(yearField, 'not_integer', 'A target year must be a whole year.'));
    } else if (baselineYearKnown && t.year <= draft.baselineYear) {
      errors.push(
        err(
          yearField,
          'target_year_not_after_baseline',
          `A target year must come after the baseline year ${draft.baselineYear}.`,
          { baselineYear: draft.baselineYear },
        ),
      );
    } else if (t.year < BASELINE_YEAR_MIN || t.year > LAST_YEAR) {
      errors.push(
        err(yearField, 'year_out_of_range', `A target year must be between ${BASELINE_YEAR_MIN} and ${LAST_YEAR}.`, {
          min: BASELINE_YEAR_MIN,
          max: LAST_YEAR,
        }),
      );
    } else if (seen.has(t.year)) {
      errors.push(err(yearField, 'duplicate_year', `There is already a target for ${t.year}.`, { year: t.year }));
    }
    if (Number.isInteger(t.year)) seen.add(t.year);

    if (!Number.isFinite(t.value)) {
      errors.push(err(valueField, 'not_finite', 'A target value must be a finite number.'));
      return;
    }
    if (percent && !inPercentRange(t.value)) {
      errors.push(
        err(valueField, 'percent_out_of_range', 'A percentage must be between 0 and 100.', { min: 0, max: 100 }),
      );
    }
    if (baselineOk && draft.direction === 'INCREASE' && t.value < draft.baselineValue) {
      errors.push(
        err(
          valueField,
          'target_below_baseline',
          `An increasing indicator's target may not be below the baseline ${draft.baselineValue}.`,
          { baselineValue: draft.baselineValue },
        ),
      );
    }
    if (baselineOk && draft.direction === 'DECREASE' && t.value > draft.baselineValue) {
      errors.push(
        err(
          valueField,
          'target_above_baseline',
          `A decreasing indicator's target may not be above the baseline ${draft.baselineValue}.`,
          { baselineValue: draft.baselineValue },
        ),
      );
    }
  });

  const year = horizonYear(ctx.horizon);
  if (!targets.some((t) => t.year === year)) {
    errors.push(
      err('targets', 'horizon_not_covered', `The indicator needs a target for ${year}, the goal's horizon.`, { year }),
    );
  }

  const responsible = draft.responsible?.trim() ?? '';
  if (responsible.length > RESPONSIBLE_MAX) {
    errors.push(
      err('responsible', 'too_long', `The responsible body may be at most ${RESPONSIBLE_MAX} characters.`, {
        max: RESPONSIBLE_MAX,
      }),
    );
  }

  return errors;
}

function inPercentRange(value: number): boolean {
  return value >= 0 && value <= 100;
}

function checkBaselineYear(errors: FieldError[], year: number): void {
  if (!Number.isInteger(year)) {
    errors.push(err('baselineYear', 'not_integer', 'The baseline year must be a whole year.'));
  } else if (year < BASELINE_YEAR_MIN || year > LAST_YEAR) {
    errors.push(
      err(
        'baselineYear',
        'year_out_of_range',
        `The baseline year must be between ${BASELINE_YEAR_MIN} and ${LAST_YEAR}.`,
        { min: BASELINE_YEAR_MIN, max: LAST_YEAR },
      ),
    );
  }
}

/**
 * The target for a year, if the indicator has one.
 */
export function targetFor(targets: readonly IndicatorValue[], year: number): number | undefined {
  return targets.find((t) => t.year === year)?.value;
}
