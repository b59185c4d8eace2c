import { ROLES, isOwnRegionEditor, isRole } from './roles';

describe('roles', () => {
  it('are editor, reviewer and admin', () => {
    expect(ROLES).toEqual(['REGIONAL_EDITOR', 'FEDERAL_REVIEWER', 'ADMIN']);
    expect(isRole('ADMIN')).toBe(true);
    expect(isRole('admin')).toBe(false);
  });

  it('count an editor as own-region editor only for their region', () => {
    expect(isOwnRegionEditor({ userId: 'u', role: 'REGIONAL_EDITOR', regionCode: 'RU-BEL' }, 'RU-BEL')).toBe(true);
    expect(isOwnRegionEditor({ userId: 'u', role: 'REGIONAL_EDITOR', regionCode: 'RU-BEL' }, 'RU-TUL')).toBe(false);
    expect(isOwnRegionEditor({ userId: 'u', role: 'REGIONAL_EDITOR', regionCode: null }, 'RU-BEL')).toBe(false);
    expect(isOwnRegionEditor({ userId: 'u', role: 'ADMIN', regionCode: 'RU-BEL' }, 'RU-BEL')).toBe(false);
  });
});
