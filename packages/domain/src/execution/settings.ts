import type { ProgressThresholds } from './progress';

/**
 * Rules of the execution settings and the progress reads, sent as field errors (the UI's translation test reads
 * this list, so a rule added here fails there until it has a Russian and an English sentence).
 */
export const EXECUTION_SETTING_RULES = ['thresholds_order', 'due_rule_invalid', 'progress_year_range'] as const;

/** Years a progress read may ask for. */
export const PROGRESS_YEARS = { first: 2010, last: 2030 } as const;

/** Status thresholds are percentages in falling order (achieved ≥ on track ≥ at risk ≥ 0) under a named version. */
export function thresholdsInOrder(t: ProgressThresholds): boolean {
  return (
    [t.achieved, t.onTrack, t.atRisk].every(Number.isFinite) &&
    t.achieved >= t.onTrack &&
    t.onTrack >= t.atRisk &&
    t.atRisk >= 0 &&
    t.version.trim() !== ''
  );
}

export function isProgressYear(year: number): boolean {
  return Number.isInteger(year) && year >= PROGRESS_YEARS.first && year <= PROGRESS_YEARS.last;
}
