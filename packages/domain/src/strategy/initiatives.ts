/**
 * Initiative rules. An initiative (проект, инициатива) is a project or service that delivers a goal:
 * a federal template solution (типовое решение) or the region's own, with dates, a budget by year and
 * source, and a responsible body. Validators return FieldError[]; an empty list means valid.
 */

import type { FieldError } from '../errors';

export const INITIATIVE_KINDS = ['FEDERAL_TEMPLATE', 'REGIONAL'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Where budget money comes from: the federal budget, the regional budget, or outside the budget system. */
export const BUDGET_SOURCES = ['FEDERAL', 'REGIONAL', 'EXTRA_BUDGETARY'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const INITIATIVE_TITLE_MAX = 500;
export const INITIATIVE_RESPONSIBLE_MAX = 500;
export const TEMPLATE_CODE_MAX = 64;
/** Initiatives of the 2021 strategies run within the programme's years. */
export const INITIATIVE_FIRST_DATE = '2020-01-01';
export const INITIATIVE_LAST_DATE = '2030-12-31';

/** Every `rule` validateInitiative can return, for translation tables. */
export const INITIATIVE_RULES = [
  'required',
  'too_long',
  'unknown_kind',
  'template_code_not_allowed',
  'invalid_date',
  'date_out_of_range',
  'end_before_start',
  'unknown_source',
  'not_integer',
  'not_finite',
  'negative',
  'budget_year_outside_dates',
  'duplicate_budget',
] as const;
export type InitiativeRule = (typeof INITIATIVE_RULES)[number];

export interface InitiativeBudgetLine {
  year: number;
  source: BudgetSource;
  /** Million roubles. */
  amount: number;
}

export interface InitiativeDraft {
  title: string;
  kind: InitiativeKind;
  /** Code of the federal template solution; required for FEDERAL_TEMPLATE, absent for REGIONAL. */
  templateCode?: string | null;
  /** ISO dates, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  responsible?: string | null;
  budgets?: InitiativeBudgetLine[];
}

function err(field: string, rule: InitiativeRule, message: string, params?: FieldError['params']): FieldError {
  return params ? { field, rule, message, params } : { field, rule, message };
}

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDate(errors: FieldError[], field: 'startDate' | 'endDate', value: string): boolean {
  if (!isIsoDate(value)) {
    errors.push(err(field, 'invalid_date', 'A date must be a calendar date written as YYYY-MM-DD.'));
    return false;
  }
  if (value < INITIATIVE_FIRST_DATE || value > INITIATIVE_LAST_DATE) {
    errors.push(
      err(field, 'date_out_of_range', `A date must be between ${INITIATIVE_FIRST_DATE} and ${INITIATIVE_LAST_DATE}.`, {
        min: INITIATIVE_FIRST_DATE,
        max: INITIATIVE_LAST_DATE,
      }),
    );
    return false;
  }
  return true;
}

/**
 * Checks an initiative, returning one FieldError per broken rule (empty = valid):
 * - `title`: required after trimming (`required`), at most 500 characters (`too_long`);
 * - `kind`: one of INITIATIVE_KINDS (`unknown_kind`);
 * - `templateCode`: required for FEDERAL_TEMPLATE (`required`), at most 64 characters (`too_long`),
 *   absent for REGIONAL (`template_code_not_allowed`);
 * - `startDate`, `endDate`: YYYY-MM-DD calendar dates (`invalid_date`) within 2020–2030
 *   (`date_out_of_range`); the end not before the start (`end_before_start`, on `endDate`);
 * - `responsible`: at most 500 characters (`too_long`);
 * - `budgets[i].source`: one of BUDGET_SOURCES (`unknown_source`);
 * - `budgets[i].year`: a whole year (`not_integer`) within the initiative's dates
 *   (`budget_year_outside_dates`); one line per year and source (`duplicate_budget`, on the repeat);
 * - `budgets[i].amount`: million roubles, finite (`not_finite`) and not negative (`negative`).
 */
export function validateInitiative(draft: InitiativeDraft): FieldError[] {
  const errors: FieldError[] = [];

  const title = (draft.title ?? '').trim();
  if (title === '') errors.push(err('title', 'required', 'The initiative needs a title.'));
  else if (title.length > INITIATIVE_TITLE_MAX) {
    errors.push(
      err('title', 'too_long', `The title may be at most ${INITIATIVE_TITLE_MAX} characters.`, {
        max: INITIATIVE_TITLE_MAX,
      }),
    );
  }

  const templateCode = draft.templateCode?.trim() ?? '';
  if (!(INITIATIVE_KINDS as readonly string[]).includes(draft.kind)) {
    errors.push(err('kind', 'unknown_kind', `Unknown initiative kind: "${String(draft.kind)}".`));
  } else if (draft.kind === 'FEDERAL_TEMPLATE' && templateCode === '') {
    errors.push(err('templateCode', 'required', 'An initiative built on a federal template names the template.'));
  } else if (draft.kind === 'REGIONAL' && templateCode !== '') {
    errors.push(
      err('templateCode', 'template_code_not_allowed', "A region's own initiative has no federal template code."),
    );
  }
  if (templateCode.length > TEMPLATE_CODE_MAX) {
    errors.push(
      err('templateCode', 'too_long', `The template code may be at most ${TEMPLATE_CODE_MAX} characters.`, {
        max: TEMPLATE_CODE_MAX,
      }),
    );
  }

  const startOk = checkDate(errors, 'startDate', draft.startDate);
  const endOk = checkDate(errors, 'endDate', draft.endDate);
  const datesOk = startOk && endOk;
  if (datesOk && draft.endDate < draft.startDate) {
    errors.push(err('endDate', 'end_before_start', 'The end date may not be before the start date.'));
  }

  const responsible = draft.responsible?.trim() ?? '';
  if (responsible.length > INITIATIVE_RESPONSIBLE_MAX) {
    errors.push(
      err('responsible', 'too_long', `The responsible body may be at most ${INITIATIVE_RESPONSIBLE_MAX} characters.`, {
        max: INITIATIVE_RESPONSIBLE_MAX,
      }),
    );
  }

  const firstYear = datesOk ? Number(draft.startDate.slice(0, 4)) : undefined;
  const lastYear = datesOk ? Number(draft.endDate.slice(0, 4)) : undefined;
  const seen = new Set<string>();
  (draft.budgets ?? []).forEach((line, i) => {
    const at = (f: string) => `budgets[${i}].${f}`;
    const sourceOk = (BUDGET_SOURCES as readonly string[]).includes(line.source);
    if (!sourceOk) errors.push(err(at('source'), 'unknown_source', `Unknown budget source: "${String(line.source)}".`));
    if (!Number.isInteger(line.year)) {
      errors.push(err(at('year'), 'not_integer', 'A budget year must be a whole year.'));
    } else if (firstYear !== undefined && lastYear !== undefined && (line.year < firstYear || line.year > lastYear)) {
      errors.push(
        err(
          at('year'),
          'budget_year_outside_dates',
          `A budget year must fall within the initiative's years ${firstYear}–${lastYear}.`,
          { min: firstYear, max: lastYear },
        ),
      );
    } else if (sourceOk) {
      const key = `${line.year}|${line.source}`;
      if (seen.has(key))
        errors.push(
          err(at('year'), 'duplicate_budget', `There is already a ${line.source} budget line for ${line.year}.`, {
            year: line.year,
            source: line.source,
          }),
        );
      seen.add(key);
    }
    if (!Number.isFinite(line.amount))
      errors.push(err(at('amount'), 'not_finite', 'An amount must be a finite number.'));
    else if (line.amount < 0) errors.push(err(at('amount'), 'negative', 'An amount may not be negative.', { min: 0 }));
  });

  return errors;
}

/** The total of an initiative's budget lines (million roubles), optionally of one source. */
export function budgetTotal(budgets: readonly InitiativeBudgetLine[], source?: BudgetSource): number {
  return budgets.filter((b) => !source || b.source === source).reduce((sum, b) => sum + b.amount, 0);
}
