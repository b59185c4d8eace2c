import { SECTORS, SECTOR_CODES, findSector, isSectorCode } from './sectors';

describe('sectors', () => {
  it('have unique lower-case codes', () => {
    expect(new Set(SECTOR_CODES).size).toBe(SECTORS.length);
    for (const code of SECTOR_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('mark exactly the six main areas of the 2021 strategies', () => {
    expect(
      SECTORS.filter((s) => s.mainArea2021)
        .map((s) => s.code)
        .sort(),
    ).toEqual(['education', 'healthcare', 'public_administration', 'social_sphere', 'transport', 'urban_environment']);
  });

  it('mark exactly the five key sectors of the digital maturity index', () => {
    expect(
      SECTORS.filter((s) => s.maturityKeySector)
        .map((s) => s.code)
        .sort(),
    ).toEqual(['education', 'healthcare', 'public_administration', 'transport', 'urban_environment']);
  });

  it('include the other sectors regions chose', () => {
    for (const code of [
      'culture',
      'agriculture',
      'ecology',
      'industry',
      'energy',
      'tourism',
      'sport',
      'construction',
      'finance',
      'security',
    ]) {
      expect(findSector(code)?.mainArea2021).toBe(false);
    }
  });

  it('carry Russian and English names', () => {
    expect(findSector('healthcare')?.name).toBe('Здравоохранение');
    expect(findSector('education')?.name).toBe('Образование и наука');
    for (const s of SECTORS) {
      expect(s.name).toMatch(/^[А-ЯЁ]/);
      expect(s.nameEn).toMatch(/^[A-Z]/);
    }
  });

  it('are found by code, trimmed and case-insensitive, and unknown codes are not', () => {
    expect(findSector(' Transport ')?.code).toBe('transport');
    expect(findSector('space')).toBeUndefined();
    expect(isSectorCode('transport')).toBe(true);
    expect(isSectorCode('Transport')).toBe(false);
  });
});
