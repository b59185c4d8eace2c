/**
 * User account rules: what an administrator may enter for a user and what a password must be.
 * Validators return FieldError[]; an empty list means valid.
 */

import type { FieldError } from './errors';
import type { Actor, Role } from './roles';
import { isRole } from './roles';
import { findRegion } from './regions';

export const PASSWORD_MIN = 12;
/** Argon2 hashes any length, but an upper bound keeps a request from burning memory and time. */
export const PASSWORD_MAX = 256;
export const USER_NAME_MAX = 200;
export const EMAIL_MAX = 320;

/** Every `rule` the user validators can return, for translation tables. */
export const USER_RULES = [
  'required',
  'too_long',
  'too_short',
  'invalid_email',
  'unknown_role',
  'unknown_region',
  'region_required',
  'region_not_allowed',
] as const;
export type UserRule = (typeof USER_RULES)[number];

function err(field: string, rule: UserRule, message: string, params?: FieldError['params']): FieldError {
  return params ? { field, rule, message, params } : { field, rule, message };
}

/** Email addresses are compared case-insensitively and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a new password (`field` names it): at least PASSWORD_MIN characters (`too_short`), at most
 * PASSWORD_MAX (`too_long`). Characters are counted as the user sees them (code points).
 */
export function validatePassword(password: string, field = 'password'): FieldError[] {
  const length = [...(password ?? '')].length;
  if (length < PASSWORD_MIN)
    return [err(field, 'too_short', `A password needs at least ${PASSWORD_MIN} characters.`, { min: PASSWORD_MIN })];
  if (length > PASSWORD_MAX)
    return [err(field, 'too_long', `A password may be at most ${PASSWORD_MAX} characters.`, { max: PASSWORD_MAX })];
  return [];
}

export interface UserDraft {
  email: string;
  name: string;
  role: Role;
  /** ISO 3166-2:RU code; a regional editor needs one, other roles have none. */
  regionCode?: string | null;
}

/**
 * Checks a user's details (for creation, or the result of an update):
 * - `email`: required, a plausible address (`invalid_email`), at most 320 characters (`too_long`);
 * - `name`: required after trimming (`required`), at most 200 characters (`too_long`);
 * - `role`: one of ROLES (`unknown_role`);
 * - `regionCode`: a known region (`unknown_region`); required for a REGIONAL_EDITOR
 *   (`region_required`) and absent for the other roles (`region_not_allowed`).
 */
export function validateUser(draft: UserDraft): FieldError[] {
  const errors: FieldError[] = [];
  const email = normalizeEmail(draft.email ?? '');
  if (email === '') errors.push(err('email', 'required', 'The user needs an email address.'));
  else if (email.length > EMAIL_MAX)
    errors.push(
      err('email', 'too_long', `An email address may be at most ${EMAIL_MAX} characters.`, { max: EMAIL_MAX }),
    );
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.push(err('email', 'invalid_email', `"${email}" is not an email address.`));

  const name = (draft.name ?? '').trim();
  if (name === '') errors.push(err('name', 'required', 'The user needs a name.'));
  else if (name.length > USER_NAME_MAX)
    errors.push(err('name', 'too_long', `A name may be at most ${USER_NAME_MAX} characters.`, { max: USER_NAME_MAX }));

  const regionCode = draft.regionCode?.trim().toUpperCase() || null;
  if (!isRole(draft.role)) errors.push(err('role', 'unknown_role', `Unknown role: "${String(draft.role)}".`));
  else if (draft.role === 'REGIONAL_EDITOR' && !regionCode)
    errors.push(err('regionCode', 'region_required', 'A regional editor needs a region.'));
  else if (draft.role !== 'REGIONAL_EDITOR' && regionCode)
    errors.push(err('regionCode', 'region_not_allowed', `A ${draft.role} is not bound to a region.`));
  if (regionCode && !findRegion(regionCode))
    errors.push(err('regionCode', 'unknown_region', `Unknown region: "${regionCode}".`, { regionCode }));
  return errors;
}

/**
 * Who may read a person's email address: the person, administrators (who manage accounts) and federal reviewers (who work
 * with every region's editors). Anyone else — an anonymous reader, another region's editor — sees the name and role only.
 */
export function canSeeEmail(viewer: Actor | null, userId: string): boolean {
  if (!viewer) return false;
  return viewer.userId === userId || viewer.role === 'ADMIN' || viewer.role === 'FEDERAL_REVIEWER';
}
