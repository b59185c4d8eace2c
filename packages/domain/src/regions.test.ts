import {
  FEDERAL_DISTRICTS,
  REGIONS,
  REGION_CODES,
  TILE_GRID,
  findFederalDistrict,
  findRegion,
  regionsOfDistrict,
} from './regions';
import type { FederalDistrictCode } from './regions';

describe('regions', () => {
  it('are the 85 federal subjects of 2021', () => {
    expect(REGIONS).toHaveLength(85);
    expect(REGION_CODES).toHaveLength(85);
  });

  it('have unique ISO 3166-2:RU-shaped codes', () => {
    expect(new Set(REGION_CODES).size).toBe(85);
    for (const code of REGION_CODES) expect(code).toMatch(/^RU-[A-Z]{2,3}$/);
  });

  it('have unique two-digit subject codes', () => {
    const codes = REGIONS.map((r) => r.subjectCode);
    expect(new Set(codes).size).toBe(85);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
  });

  it('carry the official subject codes of well-known regions', () => {
    const subject = (code: string) => findRegion(code)?.subjectCode;
    expect(subject('RU-AD')).toBe('01');
    expect(subject('RU-BEL')).toBe('31');
    expect(subject('RU-KEM')).toBe('42');
    expect(subject('RU-MOW')).toBe('77');
    expect(subject('RU-SPE')).toBe('78');
    expect(subject('RU-YEV')).toBe('79');
    expect(subject('RU-KHM')).toBe('86');
    expect(subject('RU-CHU')).toBe('87');
    expect(subject('RU-YAN')).toBe('89');
    expect(subject('RU-CR')).toBe('91');
    expect(subject('RU-SEV')).toBe('92');
  });

  it('place every region in one of the 8 districts with the 2021 counts', () => {
    const expected: Record<FederalDistrictCode, number> = {
      CENTRAL: 18,
      NORTH_WESTERN: 11,
      SOUTHERN: 8,
      NORTH_CAUCASIAN: 7,
      VOLGA: 14,
      URAL: 6,
      SIBERIAN: 10,
      FAR_EASTERN: 11,
    };
    for (const d of FEDERAL_DISTRICTS)
      expect([d.code, regionsOfDistrict(d.code).length]).toEqual([d.code, expected[d.code]]);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(REGIONS.length);
  });

  it('count Buryatia and Zabaykalsky Krai as Far Eastern (since 2018)', () => {
    expect(findRegion('RU-BU')?.federalDistrict).toBe('FAR_EASTERN');
    expect(findRegion('RU-ZAB')?.federalDistrict).toBe('FAR_EASTERN');
  });

  it('have Russian and English names', () => {
    expect(findRegion('RU-BEL')).toMatchObject({ name: 'Белгородская область', nameEn: 'Belgorod Oblast' });
    for (const r of REGIONS) {
      expect(r.name).toMatch(/^[А-ЯЁ]/);
      expect(r.nameEn).toMatch(/^[A-Z]/);
    }
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(85);
  });

  it('each take their own tile on the grid map of about 18 × 12', () => {
    const tiles = REGIONS.map((r) => `${r.tile.row}:${r.tile.col}`);
    expect(new Set(tiles).size).toBe(85);
    for (const { tile } of REGIONS) {
      expect(Number.isInteger(tile.row) && tile.row >= 0 && tile.row < TILE_GRID.rows).toBe(true);
      expect(Number.isInteger(tile.col) && tile.col >= 0 && tile.col < TILE_GRID.cols).toBe(true);
    }
    expect(TILE_GRID.cols).toBeLessThanOrEqual(18);
    expect(TILE_GRID.rows).toBeLessThanOrEqual(12);
  });

  it('lay the tiles out roughly geographically', () => {
    const tile = (code: string) => findRegion(code)!.tile;
    expect(tile('RU-KGD').col).toBeLessThan(tile('RU-MOW').col); // west
    expect(tile('RU-MOW').col).toBeLessThan(tile('RU-NVS').col);
    expect(tile('RU-NVS').col).toBeLessThan(tile('RU-PRI').col); // east
    expect(tile('RU-MUR').row).toBeLessThan(tile('RU-MOW').row); // north
    expect(tile('RU-MOW').row).toBeLessThan(tile('RU-DA').row); // south
  });

  it('are found by ISO code (any case) or subject code, and unknown codes are not', () => {
    expect(findRegion('RU-BEL')?.nameEn).toBe('Belgorod Oblast');
    expect(findRegion(' ru-tul ')?.code).toBe('RU-TUL');
    expect(findRegion('71')?.code).toBe('RU-TUL');
    expect(findRegion('RU-XXX')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
  });
});

describe('federal districts', () => {
  it('are the 8 districts of 2021', () => {
    expect(FEDERAL_DISTRICTS.map((d) => d.code)).toEqual([
      'CENTRAL',
      'NORTH_WESTERN',
      'SOUTHERN',
      'NORTH_CAUCASIAN',
      'VOLGA',
      'URAL',
      'SIBERIAN',
      'FAR_EASTERN',
    ]);
  });

  it.each([
    ['CENTRAL', 'CENTRAL'],
    ['Central', 'CENTRAL'],
    ['central federal district', 'CENTRAL'],
    ['центральный', 'CENTRAL'],
    ['Центральный федеральный округ', 'CENTRAL'],
    ['ЦФО', 'CENTRAL'],
    ['North-Western', 'NORTH_WESTERN'],
    ['north western', 'NORTH_WESTERN'],
    ['Северо-Западный', 'NORTH_WESTERN'],
    ['North Caucasian Federal District', 'NORTH_CAUCASIAN'],
    ['Дальневосточный', 'FAR_EASTERN'],
    ['far_eastern', 'FAR_EASTERN'],
    ['  Ural  ', 'URAL'],
  ])('are found by code or name: %s', (text, code) => {
    expect(findFederalDistrict(text)?.code).toBe(code);
  });

  it('are not found by unknown names', () => {
    expect(findFederalDistrict('Crimean')).toBeUndefined();
    expect(findFederalDistrict('')).toBeUndefined();
    expect(findFederalDistrict('federal district')).toBeUndefined();
  });
});
