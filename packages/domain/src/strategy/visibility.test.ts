import type { Actor } from '../roles';
import { contentEditRefusal, contentExistsFor, HIDDEN } from './visibility';
import { STRATEGY_STATUSES, type StrategyStatus } from './workflow';

const own: Actor = { userId: 'e1', role: 'REGIONAL_EDITOR', regionCode: 'RU-TUL' };
const other: Actor = { userId: 'e2', role: 'REGIONAL_EDITOR', regionCode: 'RU-BEL' };
const reviewer: Actor = { userId: 'r', role: 'FEDERAL_REVIEWER', regionCode: null };
const admin: Actor = { userId: 'a', role: 'ADMIN', regionCode: null };

describe('hidden content reads as missing', () => {
  // [caller, status, exists?, edit answer: HIDDEN | refusal code | null]
  const cases: [string, Actor | null, StrategyStatus, boolean, string | null][] = [
    ['anonymous', null, 'DRAFT', false, HIDDEN],
    ['anonymous', null, 'APPROVED', true, null],
    ['other region', other, 'DRAFT', false, HIDDEN],
    ['other region', other, 'SUBMITTED', false, HIDDEN],
    ['other region', other, 'CHANGES_REQUESTED', false, HIDDEN],
    ['other region', other, 'APPROVED', true, 'FORBIDDEN'],
    ['own editor', own, 'DRAFT', true, null],
    ['own editor', own, 'CHANGES_REQUESTED', true, null],
    ['own editor', own, 'SUBMITTED', true, 'INVALID_TRANSITION'],
    ['reviewer', reviewer, 'DRAFT', true, 'FORBIDDEN'],
    ['reviewer', reviewer, 'SUBMITTED', true, 'FORBIDDEN'],
    ['admin', admin, 'DRAFT', true, null],
    ['admin', admin, 'APPROVED', true, 'INVALID_TRANSITION'],
  ];
  it.each(cases)('%s on a %s item', (_name, actor, status, exists, edit) => {
    expect(contentExistsFor(actor, 'RU-TUL', status)).toBe(exists);
    if (!actor) return;
    const refusal = contentEditRefusal(actor, 'RU-TUL', status);
    expect(refusal === null || refusal === HIDDEN ? refusal : refusal.code).toBe(edit);
  });

  it('never hides an approved item from anyone', () => {
    for (const actor of [null, own, other, reviewer, admin])
      expect(contentExistsFor(actor, 'RU-TUL', 'APPROVED')).toBe(true);
    expect(STRATEGY_STATUSES).toContain('APPROVED');
  });
});
