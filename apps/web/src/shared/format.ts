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
