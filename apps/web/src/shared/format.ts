import { findUnit } from '@tsifra/domain/strategy/units';

/** Formats an ISO date (`2021-09-01`) or timestamp for the given language. */
export function formatDate(value: string | null | undefined, lang: string): string | null {
  if (!value) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // A bare date is a calendar day: format it in UTC so it never shifts by a day.
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** Formats an ISO timestamp as a date and time (to the minute) in the reader's time zone. */
export function formatDateTime(value: string | null | undefined, lang: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(value);
}

export function localeOf(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'ru-RU';
}

/**
 * A unit of measure as the interface language writes it: the domain's ОКЕИ table gives both symbols
 * (`ед.` ↔ `units`, `чел.` ↔ `people`); a unit it does not know is shown as entered.
 */
export function unitLabel(unit: string, lang: string): string {
  const known = findUnit(unit);
  if (!known) return unit;
  return lang === 'en' ? known.symbolEn : known.symbol;
}

/** Grouping spaces people type or paste: ordinary, no-break (U+00A0) and narrow no-break (U+202F, what ru-RU prints). */
const GROUP_SPACES = /[ \u00a0\u202f]/g;

/**
 * Reads a number as people type it in either language: `92,5` and `92.5` alike, spaces (also no-break ones) as
 * thousand separators (`1 234,5`), a leading minus (also `−`), a bare fraction (`,5`). One decimal separator at most, digits around it —
 * so `1,234.5`, `1.2.3`, `12a` and `,` are refused. Blank → undefined; anything else unreadable → NaN.
 */
export function parseLocaleNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const compact = trimmed.replace(/^[-−]\s*/, '-');
  // Spaces only between groups of digits: `1 234` yes, `1 2,5` no, `12 ` (trimmed) fine.
  if (!/^-?\d{1,3}([ \u00a0\u202f]\d{3})*([.,]\d+)?$/.test(compact) && !/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact))
    return Number.NaN;
  return Number(compact.replace(GROUP_SPACES, '').replace(',', '.'));
}

/** A number for an edit field: the language's decimal sign, no grouping (so it reads back through parseLocaleNumber). */
export function formatNumberForInput(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(localeOf(lang), { useGrouping: false, maximumFractionDigits: 10 })
    .format(value)
    .replace('\u2212', '-');
}
