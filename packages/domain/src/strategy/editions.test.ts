import type { Actor } from '../roles';
import {
  amendRefusal,
  editionInForce,
  latestEdition,
  nextEdition,
  normalizeLegalAct,
  validateLegalAct,
  type EditionFacts,
} from './editions';
import { adoptedBy } from '../documents/official-title';

const editor: Actor = { userId: 'e', role: 'REGIONAL_EDITOR', regionCode: 'RU-KHM' };
const otherEditor: Actor = { userId: 'o', role: 'REGIONAL_EDITOR', regionCode: 'RU-BEL' };
const reviewer: Actor = { userId: 'r', role: 'FEDERAL_REVIEWER', regionCode: null };
const admin: Actor = { userId: 'a', role: 'ADMIN', regionCode: null };
const inForce: EditionFacts = { status: 'APPROVED', superseded: false, latestEdition: 1, latestOpen: false };

describe('amendRefusal', () => {
  it.each([
    ['own editor, edition in force', editor, inForce, null],
    ['admin, edition in force', admin, inForce, null],
    ['another region’s editor', otherEditor, inForce, 'forbidden'],
    ['a reviewer', reviewer, inForce, 'forbidden'],
    ['a draft', editor, { ...inForce, status: 'DRAFT' as const, latestOpen: true }, 'not_in_force'],
    ['a superseded edition', editor, { ...inForce, superseded: true, latestEdition: 2 }, 'not_in_force'],
    ['never approved', editor, { ...inForce, status: 'SUBMITTED' as const }, 'not_in_force'],
    ['an amendment already open', editor, { ...inForce, latestEdition: 2, latestOpen: true }, 'amendment_open'],
  ])('%s', (_name, actor, facts, rule) => {
    expect(amendRefusal(actor, 'RU-KHM', facts)?.error.rule ?? null).toBe(rule);
  });

  it('an open amendment is a field error on the id', () => {
    const r = amendRefusal(editor, 'RU-KHM', { ...inForce, latestEdition: 3, latestOpen: true });
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', error: { field: 'id', params: { edition: 3 } } });
  });
});

describe('editions of a region', () => {
  const rows = [
    { edition: 1, status: 'APPROVED' as const },
    { edition: 2, status: 'APPROVED' as const },
    { edition: 3, status: 'SUBMITTED' as const },
  ];
  it('the edition in force is the highest approved one; the latest is the highest', () => {
    expect(editionInForce(rows)?.edition).toBe(2);
    expect(latestEdition(rows)?.edition).toBe(3);
    expect(editionInForce([{ edition: 1, status: 'DRAFT' as const }])).toBeNull();
    expect(latestEdition([])).toBeNull();
    expect(nextEdition(2)).toBe(3);
  });
});

describe('validateLegalAct', () => {
  const context = { today: '2026-12-02', approvedOn: '2021-06-30' };
  const khm = {
    kind: 'RASPORYAZHENIE',
    number: ' 359-рп ',
    date: '2021-07-02',
    issuer: 'Правительства Ханты-Мансийского автономного округа — Югры',
  };
  it('accepts KhMAO’s act and prints it as the public page does', () => {
    expect(validateLegalAct(khm, context)).toEqual([]);
    expect(adoptedBy(normalizeLegalAct(khm))).toBe(
      'утверждена распоряжением Правительства Ханты-Мансийского автономного округа — Югры от 02.07.2021 № 359-рп',
    );
  });
  it.each([
    ['kind', { kind: 'UKAZ' }, 'act_kind_unknown'],
    ['number', { number: '  ' }, 'act_number_required'],
    ['number', { number: 'x'.repeat(65) }, 'act_number_too_long'],
    ['date', { date: '2021-02-30' }, 'act_date_invalid'],
    ['date', { date: '02.07.2021' }, 'act_date_invalid'],
    ['date', { date: '2027-01-01' }, 'act_date_in_future'],
    ['date', { date: '2021-06-29' }, 'act_date_before_approval'],
    ['issuer', { issuer: '' }, 'act_issuer_required'],
    ['issuer', { issuer: 'И'.repeat(301) }, 'act_issuer_too_long'],
  ])('%s: %j → %s', (field, patch, rule) => {
    expect(validateLegalAct({ ...khm, ...patch }, context)).toEqual([expect.objectContaining({ field, rule })]);
  });
});
