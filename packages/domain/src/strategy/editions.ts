/**
 * Editions of a regional strategy (issue 12). A region's strategy is a series of numbered editions: the
 * first approval adopts edition 1; from the approved edition in force the region's editor (or an admin)
 * starts an amendment — edition + 1, a draft copied from the one in force, reviewed like any strategy.
 * The edition in force stays in force (and public) until the amendment is approved. One open amendment at a time.
 */
import type { FieldError } from '../errors';
import { LEGAL_ACT_KINDS, type LegalAct, type LegalActKind } from '../documents/official-title';
import type { Actor } from '../roles';
import { isOwnRegionEditor } from '../roles';
import type { StrategyStatus } from './workflow';

/** The stable keys of the amendment and legal-act refusals (translated by the UI). */
export const EDITION_RULES = [
  'not_in_force',
  'amendment_open',
  'act_kind_unknown',
  'act_number_required',
  'act_number_too_long',
  'act_date_invalid',
  'act_date_in_future',
  'act_date_before_approval',
  'act_issuer_required',
  'act_issuer_too_long',
  'act_not_approved',
] as const;
export type EditionRule = (typeof EDITION_RULES)[number];

export const MAX_ACT_NUMBER_LENGTH = 64;
export const MAX_ACT_ISSUER_LENGTH = 300;

/** What the amendment rule needs to know of a region's editions. */
export interface EditionFacts {
  /** The edition the caller names: its status and whether a later approved edition replaced it. */
  status: StrategyStatus;
  superseded: boolean;
  /** The region's latest edition number and whether that edition is still in work (not approved). */
  latestEdition: number;
  latestOpen: boolean;
}

export interface EditionRefusal {
  code: 'FORBIDDEN' | 'INVALID_TRANSITION' | 'BAD_USER_INPUT';
  error: FieldError;
}

/** Who may start an amendment: the region's own editor or an admin. */
export function canAmend(actor: Actor, regionCode: string): boolean {
  return actor.role === 'ADMIN' || isOwnRegionEditor(actor, regionCode);
}

/**
 * Whether `actor` may start an amendment from the named edition now: null when allowed. The edition must be
 * the approved one in force (`not_in_force`), and no other amendment may be open (`amendment_open`, a field error).
 */
export function amendRefusal(actor: Actor, regionCode: string, facts: EditionFacts): EditionRefusal | null {
  if (!canAmend(actor, regionCode)) {
    return {
      code: 'FORBIDDEN',
      error: { field: 'id', rule: 'forbidden', message: 'Only the region’s own editor or an admin amends a strategy.' },
    };
  }
  if (facts.status !== 'APPROVED' || facts.superseded) {
    return {
      code: 'INVALID_TRANSITION',
      error: { field: 'id', rule: 'not_in_force', message: 'Only the approved edition in force can be amended.' },
    };
  }
  if (facts.latestOpen) {
    return {
      code: 'BAD_USER_INPUT',
      error: {
        field: 'id',
        rule: 'amendment_open',
        message: `Edition ${facts.latestEdition} is already being prepared; finish it before starting another amendment.`,
        params: { edition: facts.latestEdition },
      },
    };
  }
  return null;
}

/** The next edition's number. */
export const nextEdition = (inForce: number): number => inForce + 1;

/** The edition in force among a region's editions: the approved one with the highest number (null: none yet). */
export function editionInForce<E extends { edition: number; status: StrategyStatus }>(
  editions: readonly E[],
): E | null {
  let best: E | null = null;
  for (const e of editions) if (e.status === 'APPROVED' && (!best || e.edition > best.edition)) best = e;
  return best;
}

/** The latest edition of a region (the one `Region.strategy` shows): the highest number. */
export function latestEdition<E extends { edition: number }>(editions: readonly E[]): E | null {
  let best: E | null = null;
  for (const e of editions) if (!best || e.edition > best.edition) best = e;
  return best;
}

export interface LegalActDraft {
  kind: string;
  number: string;
  date: string;
  issuer: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Checks an adopting act as entered by the region: a known kind, a number, a real date not after today and
 * not before the edition's approval day (an act adopts what was approved), an issuing body.
 */
export function validateLegalAct(
  input: LegalActDraft,
  context: { today: string; approvedOn: string | null },
): FieldError[] {
  const errors: FieldError[] = [];
  if (!(LEGAL_ACT_KINDS as readonly string[]).includes(input.kind))
    errors.push({ field: 'kind', rule: 'act_kind_unknown', message: 'The act is a постановление or a распоряжение.' });
  const number = input.number.trim();
  if (!number) errors.push({ field: 'number', rule: 'act_number_required', message: 'The act’s number is required.' });
  else if (number.length > MAX_ACT_NUMBER_LENGTH)
    errors.push({
      field: 'number',
      rule: 'act_number_too_long',
      message: `The act’s number is at most ${MAX_ACT_NUMBER_LENGTH} characters.`,
      params: { max: MAX_ACT_NUMBER_LENGTH },
    });
  const date = input.date.trim();
  if (!isIsoDate(date))
    errors.push({ field: 'date', rule: 'act_date_invalid', message: 'The act’s date is a date (YYYY-MM-DD).' });
  else if (date > context.today)
    errors.push({ field: 'date', rule: 'act_date_in_future', message: 'The act’s date cannot be in the future.' });
  else if (context.approvedOn && date < context.approvedOn)
    errors.push({
      field: 'date',
      rule: 'act_date_before_approval',
      message: `The act adopts the approved edition: its date is not before ${context.approvedOn}.`,
      params: { date: context.approvedOn },
    });
  const issuer = input.issuer.trim();
  if (!issuer) errors.push({ field: 'issuer', rule: 'act_issuer_required', message: 'The issuing body is required.' });
  else if (issuer.length > MAX_ACT_ISSUER_LENGTH)
    errors.push({
      field: 'issuer',
      rule: 'act_issuer_too_long',
      message: `The issuing body is at most ${MAX_ACT_ISSUER_LENGTH} characters.`,
      params: { max: MAX_ACT_ISSUER_LENGTH },
    });
  return errors;
}

/** The act as stored, trimmed; call after `validateLegalAct` found nothing. */
export function normalizeLegalAct(input: LegalActDraft): LegalAct {
  return {
    kind: input.kind as LegalActKind,
    number: input.number.trim(),
    date: input.date.trim(),
    issuer: input.issuer.trim(),
  };
}
