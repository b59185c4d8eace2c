/**
 * A region's quarterly maturity return as a reviewed document: the five key sectors' values for one
 * quarter, filed by the region's editor, due the 8th of the month after the quarter, submitted for
 * federal review through the shared workflow (draft → submitted → returned / approved).
 *
 * Which values the maturity index counts (stated rule): a region-quarter with a return document counts
 * only once that return is APPROVED; a region-quarter without a document (values entered before the
 * workflow existed, the demo seed) counts as it stands. A submitted or returned return's values do not
 * count yet — the index then shows the region's sectors as missing.
 */

import type { FieldError } from '../errors';
import { parsePeriodOf } from '../period';
import { DEFAULT_DUE_RULES, dueDate } from '../reporting-calendar';
import type { ReviewStatus } from '../strategy/workflow';
import { MATURITY_KEY_SECTORS, type MaturityKeySector } from './maturity';

/** The due date of a quarter's return (ISO date): the 8th of the month after the quarter. */
export function maturityReportDeadline(quarter: string): string {
  const q = parsePeriodOf('QUARTER', quarter);
  if (!q) throw new Error(`Not a quarter: ${quarter}`);
  return dueDate(DEFAULT_DUE_RULES.maturity, q);
}

/** The completeness guard of a submission: every key sector has a value within 0–100. */
export function maturityReportProblems(values: Partial<Record<MaturityKeySector, number | null>>): FieldError[] {
  const problems: FieldError[] = [];
  for (const sector of MATURITY_KEY_SECTORS) {
    const v = values[sector];
    if (v === undefined || v === null || !Number.isFinite(v))
      problems.push({
        field: `values.${sector}`,
        rule: 'maturity_sector_missing',
        message: `No value for the key sector ${sector}.`,
        params: { sector },
      });
    else if (v < 0 || v > 100)
      problems.push({
        field: `values.${sector}`,
        rule: 'percent_range',
        message: `The value for ${sector} must be within 0–100.`,
        params: { sector },
      });
  }
  return problems;
}

/** Whether a region-quarter's values count in the index, given its return's status (undefined: no document). */
export function maturityValuesCount(status: ReviewStatus | undefined): boolean {
  return status === undefined || status === 'APPROVED';
}
