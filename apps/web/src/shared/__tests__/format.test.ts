import { formatNumber, formatNumberForInput, parseLocaleNumber, unitLabel } from '../format';

describe("numbers in the reader's language", () => {
  it.each([
    ['92,5', 92.5],
    ['92.5', 92.5],
    [' 92,5 ', 92.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1 234.5', 1234.5],
    ['1234567', 1234567],
    ['-3,2', -3.2],
    ['− 3,2', -3.2],
    ['0', 0],
    ['0,05', 0.05],
    [',5', 0.5],
    ['.5', 0.5],
  ])('reads %j as %p', (text, expected) => {
    expect(parseLocaleNumber(text)).toBe(expected);
  });

  it.each([
    'abc',
    '12a',
    '1,2,3',
    '1.2.3',
    '1,234.5',
    ',',
    '.5.',
    '1 2,5',
    '12 34',
    '--1',
    '1e5',
    'Infinity',
    '0x10',
    '92,',
  ])('refuses %j', (text) => {
    expect(parseLocaleNumber(text)).toBeNaN();
  });

  it('reads blank as nothing', () => {
    expect(parseLocaleNumber('')).toBeUndefined();
    expect(parseLocaleNumber('   ')).toBeUndefined();
  });

  it("shows numbers with the language's separators and reads its own output back", () => {
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumberForInput(92.5, 'ru')).toBe('92,5');
    expect(formatNumberForInput(92.5, 'en')).toBe('92.5');
    expect(formatNumberForInput(-1234567.125, 'ru')).toBe('-1234567,125');
    expect(formatNumberForInput(null, 'ru')).toBe('');
    for (const value of [92.5, 84.9, -0.25, 1234567.5, 0]) {
      expect(parseLocaleNumber(formatNumberForInput(value, 'ru'))).toBe(value);
      expect(parseLocaleNumber(formatNumberForInput(value, 'en'))).toBe(value);
      expect(parseLocaleNumber(formatNumber(value, 'ru'))).toBe(value);
    }
  });

  it('writes units in the interface language and keeps unknown ones as entered', () => {
    expect(unitLabel('ед.', 'en')).toBe('units');
    expect(unitLabel('шт.', 'en')).toBe('pcs');
    expect(unitLabel('чел.', 'en')).toBe('people');
    expect(unitLabel('people', 'ru')).toBe('чел.');
    expect(unitLabel('%', 'en')).toBe('%');
    expect(unitLabel('ГВт·ч', 'en')).toBe('ГВт·ч');
  });
});
