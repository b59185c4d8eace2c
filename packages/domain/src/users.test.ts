import { canSeeEmail, normalizeEmail, PASSWORD_MIN, USER_RULES, validatePassword, validateUser } from './users';

const rules = (d: Partial<Parameters<typeof validateUser>[0]>) =>
  validateUser({
    email: 'new.editor@tsifra.test',
    name: 'Новый редактор',
    role: 'REGIONAL_EDITOR',
    regionCode: 'RU-BEL',
    ...d,
  }).map((e) => [e.field, e.rule]);

describe('validateUser', () => {
  it('accepts an editor with a region and a reviewer without one', () => {
    expect(rules({})).toEqual([]);
    expect(rules({ role: 'FEDERAL_REVIEWER', regionCode: null })).toEqual([]);
    expect(rules({ regionCode: 'ru-bel' })).toEqual([]);
  });

  it('binds regions to regional editors only', () => {
    expect(rules({ regionCode: null })).toEqual([['regionCode', 'region_required']]);
    expect(rules({ role: 'ADMIN' })).toEqual([['regionCode', 'region_not_allowed']]);
    expect(rules({ regionCode: 'RU-XXX' })).toEqual([['regionCode', 'unknown_region']]);
    expect(rules({ role: 'KING' as never, regionCode: null })).toEqual([['role', 'unknown_role']]);
  });

  it('checks the email and the name', () => {
    expect(rules({ email: ' ' })).toEqual([['email', 'required']]);
    expect(rules({ email: 'not-an-email' })).toEqual([['email', 'invalid_email']]);
    expect(rules({ email: `${'a'.repeat(320)}@x.ru` })).toEqual([['email', 'too_long']]);
    expect(rules({ name: '' })).toEqual([['name', 'required']]);
    expect(rules({ name: 'n'.repeat(201) })).toEqual([['name', 'too_long']]);
    for (const [, rule] of rules({ email: '', name: '', regionCode: 'RU-XXX' })) expect(USER_RULES).toContain(rule);
  });

  it('normalizes emails to trimmed lower case', () => {
    expect(normalizeEmail('  Editor.Bel@Tsifra.Test ')).toBe('editor.bel@tsifra.test');
  });
});

describe('validatePassword', () => {
  it(`needs at least ${PASSWORD_MIN} characters, counted as the user sees them`, () => {
    expect(validatePassword('x'.repeat(PASSWORD_MIN))).toEqual([]);
    expect(validatePassword('x'.repeat(PASSWORD_MIN - 1)).map((e) => e.rule)).toEqual(['too_short']);
    expect(validatePassword('😀'.repeat(PASSWORD_MIN - 1), 'newPassword').map((e) => [e.field, e.rule])).toEqual([
      ['newPassword', 'too_short'],
    ]);
    expect(validatePassword('x'.repeat(257)).map((e) => e.rule)).toEqual(['too_long']);
  });
});

describe('canSeeEmail', () => {
  const editor = (userId: string, regionCode: string) => ({ userId, role: 'REGIONAL_EDITOR' as const, regionCode });
  it.each([
    ['nobody signed in', null, false],
    ['the person', editor('u1', 'RU-TUL'), true],
    ['another region’s editor', editor('u2', 'RU-BEL'), false],
    ['the same region’s other editor', editor('u3', 'RU-TUL'), false],
    ['a federal reviewer', { userId: 'r', role: 'FEDERAL_REVIEWER' as const, regionCode: null }, true],
    ['an administrator', { userId: 'a', role: 'ADMIN' as const, regionCode: null }, true],
  ])('shows u1’s email to %s: %s', (_who, viewer, expected) => {
    expect(canSeeEmail(viewer, 'u1')).toBe(expected);
  });
});
