/**
 * Reporting periods: a year `2021`, a quarter `2021-Q3`, a month `2021-09`. Strategy actuals are yearly,
 * the digital maturity index quarterly, МСЗУ statuses and ratings monthly; one type serves all three so a
 * month can be asked which quarter and year it lies in. Periods travel as these strings (API, database,
 * files) and are parsed at the edge; dates are ISO `YYYY-MM-DD` strings in Moscow's calendar (no time zone
 * arithmetic: a period is a set of calendar days).
 */

export const PERIOD_KINDS = ['YEAR', 'QUARTER', 'MONTH'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period =
  | { kind: 'YEAR'; year: number }
  | { kind: 'QUARTER'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'MONTH'; year: number; month: number };

/** The years the programme's data may use; anything outside is a typo, not a period. */
export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** Parses `2021`, `2021-Q3` or `2021-09`; undefined for anything else (including `2021-13`, `2021-Q5`, ` 2021`). */
export function parsePeriod(text: string): Period | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return undefined;
  if (m[2]) return { kind: 'QUARTER', year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  if (m[3]) return { kind: 'MONTH', year, month: Number(m[3]) };
  return { kind: 'YEAR', year };
}

/** Like parsePeriod, but of one kind only (a monthly report takes `2021-09`, not `2021`). */
export function parsePeriodOf(kind: PeriodKind, text: string): Period | undefined {
  const p = parsePeriod(text);
  return p && p.kind === kind ? p : undefined;
}

/** The canonical string: `2021`, `2021-Q3`, `2021-09`. */
export function formatPeriod(p: Period): string {
  if (p.kind === 'YEAR') return String(p.year);
  if (p.kind === 'QUARTER') return `${p.year}-Q${p.quarter}`;
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

export function yearPeriod(year: number): Period {
  return { kind: 'YEAR', year };
}
export function monthPeriod(year: number, month: number): Period {
  return { kind: 'MONTH', year, month };
}
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  return { kind: 'QUARTER', year, quarter };
}

/** First and last month (1–12) a period covers. */
function monthSpan(p: Period): [number, number] {
  if (p.kind === 'YEAR') return [1, 12];
  if (p.kind === 'QUARTER') return [p.quarter * 3 - 2, p.quarter * 3];
  return [p.month, p.month];
}

/** Month index since year 0, for ordering and arithmetic. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The first day of the period, `YYYY-MM-DD`. */
export function periodStart(p: Period): string {
  const [from] = monthSpan(p);
  return isoDate(p.year, from, 1);
}

/** The last day of the period, `YYYY-MM-DD`. */
export function periodEnd(p: Period): string {
  const [, to] = monthSpan(p);
  return isoDate(p.year, to, daysInMonth(p.year, to));
}

/**
 * Orders periods by their start, and a longer period before a shorter one starting the same day
 * (`2021` < `2021-Q1` < `2021-01` < `2021-02`), so a sorted list reads as a report's rows.
 */
export function comparePeriods(a: Period, b: Period): number {
  const [af] = monthSpan(a);
  const [bf] = monthSpan(b);
  const byStart = monthIndex(a.year, af) - monthIndex(b.year, bf);
  if (byStart !== 0) return byStart;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
const KIND_ORDER: Readonly<Record<PeriodKind, number>> = { YEAR: 0, QUARTER: 1, MONTH: 2 };

/** The next period of the same kind: 2021 → 2022, 2021-Q4 → 2022-Q1, 2021-12 → 2022-01. */
export function nextPeriod(p: Period): Period {
  return shiftPeriod(p, 1);
}

/** The previous period of the same kind. */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/** The period `n` steps away (negative goes back). */
export function shiftPeriod(p: Period, n: number): Period {
  if (p.kind === 'YEAR') return { kind: 'YEAR', year: p.year + n };
  if (p.kind === 'QUARTER') {
    const q = p.year * 4 + (p.quarter - 1) + n;
    return { kind: 'QUARTER', year: Math.floor(q / 4), quarter: ((((q % 4) + 4) % 4) + 1) as 1 | 2 | 3 | 4 };
  }
  const m = monthIndex(p.year, p.month) + n;
  return { kind: 'MONTH', year: Math.floor(m / 12), month: (((m % 12) + 12) % 12) + 1 };
}

/** Whether `outer` covers every day of `inner` (a year contains its quarters and months; a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  const [of, ot] = monthSpan(outer);
  const [inf, int] = monthSpan(inner);
  return (
    monthIndex(outer.year, of) <= monthIndex(inner.year, inf) &&
    monthIndex(inner.year, int) <= monthIndex(outer.year, ot)
  );
}

/** Whether an ISO date `YYYY-MM-DD` falls within the period. */
export function periodContainsDate(p: Period, date: string): boolean {
  return periodStart(p) <= date.slice(0, 10) && date.slice(0, 10) <= periodEnd(p);
}

/** The period of a kind that holds a date: (`MONTH`, `2021-09-30`) → 2021-09. */
export function periodOfDate(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'YEAR') return { kind, year };
  if (kind === 'QUARTER') return { kind, year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
  return { kind, year, month };
}

/** Every period of `from`'s kind from `from` to `to` inclusive (empty when `to` is earlier). Kinds must match. */
export function periodRange(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind)
    throw new RangeError(`periodRange needs one kind: ${formatPeriod(from)} and ${formatPeriod(to)}`);
  const out: Period[] = [];
  for (let p = from; comparePeriods(p, to) <= 0; p = nextPeriod(p)) out.push(p);
  return out;
}

export function samePeriod(a: Period, b: Period): boolean {
  return formatPeriod(a) === formatPeriod(b);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a string is a real calendar date `YYYY-MM-DD` (2021-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** `date` moved by whole days (negative goes back), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(to) - t(from)) / 86_400_000);
}
