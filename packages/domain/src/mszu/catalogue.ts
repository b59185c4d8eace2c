/**
 * The МСЗУ catalogue (mass socially significant services): service levels, queues as data, and the
 * checks of a catalogue row an admin enters or imports. Dates are data (sources disagree on deadlines).
 */
import type { FieldError } from '../errors';
import { isIsoDate } from '../period';

/** Who provides the service; the national indicator weighs federal and regional shares differently. */
export const SERVICE_LEVELS = ['FEDERAL', 'REGIONAL', 'MUNICIPAL', 'BUDGET_INSTITUTION'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** A queue of services going online: opens on one day, due (connected to the portal) by another. */
export interface MszuQueue {
  number: number;
  opensOn: string;
  dueOn: string;
}

export interface MszuServiceRow {
  code: string;
  name: string;
  level: string;
  queue: number;
  epguId?: string | null;
}

export const MAX_SERVICE_CODE = 32;
export const MAX_SERVICE_NAME = 500;

/** Checks a queue: ISO dates, a positive number, due on or after the opening. */
export function validateQueue(q: MszuQueue): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(q.number) || q.number < 1 || q.number > 99)
    errors.push({ field: 'number', rule: 'mszu_queue_number', message: 'A queue number is a whole number 1–99.' });
  if (!isIsoDate(q.opensOn))
    errors.push({ field: 'opensOn', rule: 'date_invalid', message: 'Not a date (YYYY-MM-DD).' });
  if (!isIsoDate(q.dueOn)) errors.push({ field: 'dueOn', rule: 'date_invalid', message: 'Not a date (YYYY-MM-DD).' });
  else if (isIsoDate(q.opensOn) && q.dueOn < q.opensOn)
    errors.push({
      field: 'dueOn',
      rule: 'mszu_due_before_opening',
      message: 'The due date is before the queue opens.',
    });
  return errors;
}

/** Checks one catalogue row against the known queues; `seenCodes` catches duplicates within an import. */
export function validateServiceRow(
  row: MszuServiceRow,
  queues: readonly number[],
  seenCodes?: Set<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const code = row.code.trim();
  if (!code) errors.push({ field: 'code', rule: 'required', message: 'A code is required.' });
  else if (code.length > MAX_SERVICE_CODE)
    errors.push({
      field: 'code',
      rule: 'too_long',
      message: `At most ${MAX_SERVICE_CODE} characters.`,
      params: { max: MAX_SERVICE_CODE },
    });
  else if (seenCodes?.has(code))
    errors.push({
      field: 'code',
      rule: 'mszu_duplicate_code',
      message: `The code ${code} appears twice.`,
      params: { code },
    });
  if (!row.name.trim()) errors.push({ field: 'name', rule: 'required', message: 'A name is required.' });
  else if (row.name.trim().length > MAX_SERVICE_NAME)
    errors.push({
      field: 'name',
      rule: 'too_long',
      message: `At most ${MAX_SERVICE_NAME} characters.`,
      params: { max: MAX_SERVICE_NAME },
    });
  if (!(SERVICE_LEVELS as readonly string[]).includes(row.level))
    errors.push({ field: 'level', rule: 'mszu_unknown_level', message: `Unknown level "${row.level}".` });
  if (!queues.includes(row.queue))
    errors.push({
      field: 'queue',
      rule: 'mszu_unknown_queue',
      message: `Unknown queue ${row.queue}.`,
      params: { queue: row.queue },
    });
  return errors;
}
