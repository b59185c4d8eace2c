/**
 * Units of measure for indicators. Codes are from ОКЕИ (ОК 015-94, the all-Russian classifier
 * of units of measure), which regional programmes cite for every indicator — except «балл»
 * (points), which ОКЕИ does not list: its code `9642` is ours, chosen outside ОКЕИ's three-digit
 * range so it can never clash with a real one.
 */

export const UNITS = [
  { code: '744', name: 'Процент', nameEn: 'Percent', symbol: '%', symbolEn: '%', percent: true },
  { code: '642', name: 'Единица', nameEn: 'Unit', symbol: 'ед.', symbolEn: 'units', percent: false },
  { code: '796', name: 'Штука', nameEn: 'Piece', symbol: 'шт.', symbolEn: 'pcs', percent: false },
  { code: '792', name: 'Человек', nameEn: 'Person', symbol: 'чел.', symbolEn: 'people', percent: false },
  {
    code: '793',
    name: 'Тысяча человек',
    nameEn: 'Thousand people',
    symbol: 'тыс. чел.',
    symbolEn: 'thousand people',
    percent: false,
  },
  { code: '383', name: 'Рубль', nameEn: 'Rouble', symbol: 'руб.', symbolEn: 'roubles', percent: false },
  {
    code: '384',
    name: 'Тысяча рублей',
    nameEn: 'Thousand roubles',
    symbol: 'тыс. руб.',
    symbolEn: 'thousand roubles',
    percent: false,
  },
  {
    code: '385',
    name: 'Миллион рублей',
    nameEn: 'Million roubles',
    symbol: 'млн руб.',
    symbolEn: 'million roubles',
    percent: false,
  },
  { code: '359', name: 'Сутки', nameEn: 'Day', symbol: 'сут.', symbolEn: 'days', percent: false },
  { code: '356', name: 'Час', nameEn: 'Hour', symbol: 'ч', symbolEn: 'hours', percent: false },
  { code: '355', name: 'Минута', nameEn: 'Minute', symbol: 'мин', symbolEn: 'minutes', percent: false },
  { code: '166', name: 'Килограмм', nameEn: 'Kilogram', symbol: 'кг', symbolEn: 'kg', percent: false },
  // Not ОКЕИ: see the note at the top of this file.
  { code: '9642', name: 'Балл', nameEn: 'Point', symbol: 'баллы', symbolEn: 'points', percent: false },
] as const;

export type Unit = (typeof UNITS)[number];
export type UnitCode = Unit['code'];
export const UNIT_CODES: readonly UnitCode[] = UNITS.map((u) => u.code);

/** Lower-case, `ё` → `е`, spaces collapsed, a trailing dot dropped: `' Тыс.чел. '` → `тыс.чел`. */
function normalizeUnit(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** Also without spaces, so `тыс.чел.` and `тыс. чел.` are the same. */
function unitKeys(text: string): string[] {
  const n = normalizeUnit(text);
  return [n, n.replace(/ /g, '')];
}

const UNIT_KEYS: ReadonlyMap<string, Unit> = new Map(
  UNITS.flatMap((u) =>
    [u.code, u.symbol, u.symbolEn, u.name, u.nameEn].flatMap((k) => unitKeys(k).map((key) => [key, u] as const)),
  ),
);

/**
 * The unit named by `text`: its ОКЕИ code (`744`), Russian or English symbol (`%`, `тыс. чел.`,
 * `thousand people`) or name (`Процент`, `Percent`) — trimmed, case-insensitive, ignoring spaces
 * and a trailing dot. Undefined when none matches.
 */
export function findUnit(text: string): Unit | undefined {
  for (const key of unitKeys(text)) {
    const unit = UNIT_KEYS.get(key);
    if (unit) return unit;
  }
  return undefined;
}

/**
 * Whether the unit named by `text` is a percentage (values are kept within 0–100).
 */
export function isPercentUnit(text: string): boolean {
  return findUnit(text)?.percent === true;
}

/**
 * How an indicator's unit is stored: the Russian symbol users read (`744`, `Percent` → `%`; `тыс.чел` → `тыс. чел.`)
 * when the unit is known, else the text as typed, trimmed. The ОКЕИ code stays derivable with findUnit.
 */
export function storedUnit(text: string): string {
  return findUnit(text)?.symbol ?? text.trim();
}
