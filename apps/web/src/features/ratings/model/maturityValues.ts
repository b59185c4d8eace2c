import type { FieldError } from '@tsifra/domain/errors';
import { MATURITY_KEY_SECTORS, type MaturityKeySector } from '@tsifra/domain/rating/maturity';
import { maturityReportProblems } from '@tsifra/domain/rating/maturity-report';
import { parseLocaleNumber } from '../../../shared/format';

/** A maturity return's errors before sending, by key sector, and `form` for the form as a whole. */
export type SectorErrors = Partial<Record<MaturityKeySector | 'form', FieldError[]>>;

/**
 * The typed values as numbers (read as people type them: `45,5`, `45.5`) and what is wrong with them before anything
 * is sent: text that is not a number, and the domain's range rule for each value given. An empty field is allowed in
 * a draft (submitting needs all five: the server's completeness guard says so).
 */
export function readMaturityValues(typed: Record<string, string>): {
  filled: { sector: MaturityKeySector; value: number }[];
  errors: SectorErrors;
} {
  const filled: { sector: MaturityKeySector; value: number }[] = [];
  const errors: SectorErrors = {};
  for (const sector of MATURITY_KEY_SECTORS) {
    const value = parseLocaleNumber(typed[sector] ?? '');
    if (value === undefined) continue;
    if (Number.isFinite(value)) filled.push({ sector, value });
    else errors[sector] = [{ field: sector, rule: 'invalid_number', message: 'Expected a number.' }];
  }
  const given = Object.fromEntries(filled.map((f) => [f.sector, f.value]));
  for (const problem of maturityReportProblems(given)) {
    const sector = problem.params?.['sector'] as MaturityKeySector;
    if (problem.rule !== 'maturity_sector_missing') errors[sector] = [problem];
  }
  if (!filled.length && !Object.keys(errors).length)
    errors.form = [{ field: 'values', rule: 'required', message: 'Give at least one value.' }];
  return { filled, errors };
}
