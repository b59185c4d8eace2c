/**
 * Checks on a reported actual. The rule keys are stable; the web translates them (`validation.<rule>`).
 */

import type { FieldError } from '../errors';
import { LAST_YEAR } from '../strategy/indicators';
import { isPercentUnit } from '../strategy/units';

export const ACTUAL_RULES = [
  'actual_not_finite',
  'actual_percent_range',
  'actual_year_invalid',
  'actual_year_before_baseline',
  'actual_year_after_last',
  'actual_note_too_long',
] as const;
export type ActualRule = (typeof ACTUAL_RULES)[number];

export const ACTUAL_NOTE_MAX = 2000;

export interface ActualDraft {
  year: number;
  value: number;
  note?: string | null;
  source?: string | null;
}

export interface ActualContext {
  unit: string;
  baselineYear: number;
}

const err = (
  field: string,
  rule: ActualRule,
  message: string,
  params?: Record<string, string | number>,
): FieldError => ({ field, rule, message, ...(params ? { params } : {}) });

/** The problems of an actual for an indicator (empty when valid). Field paths: year, value, note, source. */
export function validateActual(draft: ActualDraft, ctx: ActualContext): FieldError[] {
  const out: FieldError[] = [];
  if (!Number.isInteger(draft.year)) out.push(err('year', 'actual_year_invalid', 'The year must be a whole number'));
  else if (draft.year < ctx.baselineYear)
    out.push(
      err('year', 'actual_year_before_baseline', `The year must not be before the baseline year ${ctx.baselineYear}`, {
        min: ctx.baselineYear,
      }),
    );
  else if (draft.year > LAST_YEAR)
    out.push(err('year', 'actual_year_after_last', `The year must not be after ${LAST_YEAR}`, { max: LAST_YEAR }));
  if (typeof draft.value !== 'number' || !Number.isFinite(draft.value))
    out.push(err('value', 'actual_not_finite', 'The value must be a finite number'));
  else if (isPercentUnit(ctx.unit) && (draft.value < 0 || draft.value > 100))
    out.push(err('value', 'actual_percent_range', 'A percentage must be within 0–100', { min: 0, max: 100 }));
  for (const f of ['note', 'source'] as const) {
    const v = draft[f];
    if (v && v.length > ACTUAL_NOTE_MAX)
      out.push(err(f, 'actual_note_too_long', `At most ${ACTUAL_NOTE_MAX} characters`, { max: ACTUAL_NOTE_MAX }));
  }
  return out;
}
