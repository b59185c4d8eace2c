import { UNITS, findUnit, isPercentUnit } from './units';

describe('units', () => {
  it('have unique codes, and all but our own «балл» are three-digit ОКЕИ codes', () => {
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
    for (const u of UNITS.filter((x) => x.code !== '9642')) expect(u.code).toMatch(/^\d{3}$/);
    expect(UNITS.length).toBeGreaterThanOrEqual(12);
  });

  it('mark only the percent as percent', () => {
    expect(UNITS.filter((u) => u.percent).map((u) => u.code)).toEqual(['744']);
  });

  it.each([
    ['744', '744'],
    ['%', '744'],
    ['Процент', '744'],
    ['ед.', '642'],
    ['ед', '642'],
    ['units', '642'],
    ['чел.', '792'],
    ['people', '792'],
    ['тыс. чел.', '793'],
    ['тыс.чел.', '793'],
    ['  ТЫС. ЧЕЛ. ', '793'],
    ['Thousand People', '793'],
    ['млн руб.', '385'],
    ['тыс. руб.', '384'],
    ['шт.', '796'],
    ['сут.', '359'],
    ['ч', '356'],
    ['hours', '356'],
    ['баллы', '9642'],
    ['points', '9642'],
  ])('are found by code, symbol or name: %s', (text, code) => {
    expect(findUnit(text)?.code).toBe(code);
  });

  it('are not found by unknown text', () => {
    expect(findUnit('parsecs')).toBeUndefined();
    expect(findUnit('')).toBeUndefined();
    expect(findUnit('745')).toBeUndefined();
  });

  it('tell percent units apart', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit('чел.')).toBe(false);
    expect(isPercentUnit('nonsense')).toBe(false);
  });
});
