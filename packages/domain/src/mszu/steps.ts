/**
 * A region's status for a service is a history of dated steps; the state at any date is derived from it,
 * so the month-end picture of any past month is exact without snapshots. A step backwards is a correction
 * and needs a reason: nothing is changed silently.
 */
import type { FieldError } from '../errors';
import { isIsoDate } from '../period';

export const MSZU_STEPS = ['NOT_STARTED', 'FORM_READY', 'CONNECTED', 'IN_OPERATION'] as const;
export type MszuStep = (typeof MSZU_STEPS)[number];

export const stepRank = (step: MszuStep): number => MSZU_STEPS.indexOf(step);
/** "Connected" counts a service connected to the portal or further (in operation). */
export const isConnected = (step: MszuStep): boolean => stepRank(step) >= stepRank('CONNECTED');
export const isStep = (value: string): value is MszuStep => (MSZU_STEPS as readonly string[]).includes(value);

/** One entry of the history. `seq` orders entries of the same day (the later recorded wins). */
export interface StepEntry {
  step: MszuStep;
  on: string;
  seq: number;
}

/** The step in force at the end of `date` (NOT_STARTED before any entry). Entries may come in any order. */
export function stepAt(history: readonly StepEntry[], date: string): MszuStep {
  let best: StepEntry | undefined;
  for (const e of history) {
    if (e.on > date) continue;
    if (!best || e.on > best.on || (e.on === best.on && e.seq > best.seq)) best = e;
  }
  return best?.step ?? 'NOT_STARTED';
}

/** The date a service was first connected (at or before `date`) and stayed connected then; undefined otherwise. */
export function connectedSince(history: readonly StepEntry[], date: string): string | undefined {
  const sorted = history
    .filter((e) => e.on <= date)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.seq - b.seq));
  let since: string | undefined;
  for (const e of sorted) {
    if (isConnected(e.step)) since ??= e.on;
    else since = undefined;
  }
  return since;
}

/** A step to record: what the editor asks for, with the context the rules need. */
export interface StepChange {
  serviceKnown: boolean;
  step: string;
  on: string;
  reason?: string | null;
  /** The queue's opening date: no step can be dated before it. */
  queueOpensOn: string;
  /** Today (server clock): no step can be dated in the future. */
  today: string;
  /** The step in force on `on` before this change (from the history without the entry being replaced). */
  previous: MszuStep;
}

export const MAX_REASON = 1000;

/** Checks a step change; field names are relative to the step input. */
export function validateStepChange(c: StepChange): FieldError[] {
  const errors: FieldError[] = [];
  if (!c.serviceKnown)
    errors.push({ field: 'serviceCode', rule: 'mszu_unknown_service', message: 'No such service in the catalogue.' });
  if (!isStep(c.step)) errors.push({ field: 'step', rule: 'mszu_unknown_step', message: `Unknown step "${c.step}".` });
  if (!isIsoDate(c.on)) errors.push({ field: 'on', rule: 'date_invalid', message: 'Not a date (YYYY-MM-DD).' });
  else {
    if (c.serviceKnown && c.on < c.queueOpensOn)
      errors.push({
        field: 'on',
        rule: 'mszu_before_queue_opened',
        message: `The queue opened on ${c.queueOpensOn}.`,
        params: { opensOn: c.queueOpensOn },
      });
    if (c.on > c.today)
      errors.push({
        field: 'on',
        rule: 'mszu_date_in_future',
        message: 'The date is in the future.',
        params: { today: c.today },
      });
  }
  const reason = (c.reason ?? '').trim();
  if (isStep(c.step) && stepRank(c.step) < stepRank(c.previous) && !reason) {
    errors.push({
      field: 'reason',
      rule: 'mszu_backwards_needs_reason',
      message: `Going back from ${c.previous} to ${c.step} needs a reason.`,
      params: { from: c.previous, to: c.step },
    });
  }
  if (reason.length > MAX_REASON)
    errors.push({
      field: 'reason',
      rule: 'too_long',
      message: `At most ${MAX_REASON} characters.`,
      params: { max: MAX_REASON },
    });
  return errors;
}
