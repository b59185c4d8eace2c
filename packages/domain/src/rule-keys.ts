/**
 * Every `extensions.code` and field-error `details[].rule` the server can send for the strategy editor and
 * accounts, in one list the UI's translation test reads (so a rule added anywhere fails there until it has
 * a Russian and an English sentence). Rules the server checks against stored data are named here too.
 */
import { ERROR_CODES } from './errors';
import { USER_RULES } from './users';
import { GOAL_RULES } from './strategy/goals';
import { GOAL_TREE_RULES } from './strategy/goal-tree';
import { INDICATOR_RULES } from './strategy/indicators';
import { INITIATIVE_RULES } from './strategy/initiatives';
import { SECTOR_CHOICE_RULES } from './strategy/sector-choices';
import { REFUSAL_RULES } from './strategy/workflow';
import { EDITION_RULES } from './strategy/editions';

export { GOAL_TREE_RULES };

/** Account rules checked against the stored user (the current password, not locking oneself out). */
export const ACCOUNT_RULES = ['self_lockout', 'wrong_password'] as const;

/** Every field-error rule of the editor and account forms (the `editor.rules` translations). */
export const FIELD_RULE_KEYS: readonly string[] = [
  ...new Set<string>([
    ...GOAL_RULES,
    ...INDICATOR_RULES,
    ...INITIATIVE_RULES,
    ...SECTOR_CHOICE_RULES,
    ...USER_RULES,
    ...REFUSAL_RULES,
    ...GOAL_TREE_RULES,
    ...ACCOUNT_RULES,
    ...EDITION_RULES,
    // Choosing no sector at all is refused with the completeness problem's key.
    'no_sectors',
  ]),
];

/** Every `extensions.code` the server sends. */
export const SERVER_ERROR_CODES = ERROR_CODES;
