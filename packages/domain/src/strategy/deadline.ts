/**
 * Deadlines: strategies are due by 1 Sep 2021 (federal schedule ДЧ-П10-6146 of 17 May 2021),
 * GosTech migration plans by May 2022. A deadline is a calendar date and is inclusive: a
 * submission any time on the deadline day is on time. All date math is in UTC calendar days.
 */

export const DEFAULT_STRATEGY_DEADLINE = '2021-09-01';
export const DEFAULT_GOSTECH_DEADLINE = '2022-05-01';

const MS_PER_DAY = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (`2021-02-30` is not).
 */
export function isIsoDate(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The UTC calendar day (days since 1970-01-01) of an ISO date (`2021-09-01`) or timestamp
 * (`2021-09-01T23:30:00+03:00`; one without a zone is read as UTC). Throws RangeError on anything else.
 */
export function utcDayNumber(iso: string): number {
  const text = iso.trim();
  if (isIsoDate(text)) return Date.parse(`${text}T00:00:00Z`) / MS_PER_DAY;
  if (DATE_TIME.test(text)) {
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
    const ms = Date.parse(zoned);
    if (!Number.isNaN(ms) && isIsoDate(text.slice(0, 10))) return Math.floor(ms / MS_PER_DAY);
  }
  throw new RangeError(`Not an ISO date or timestamp: ${JSON.stringify(iso)}`);
}

/**
 * Whole calendar days from one ISO date (or timestamp) to another, in UTC; negative when `to` is
 * earlier. `daysBetween('2021-08-30', '2021-09-01')` → 2.
 */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return utcDayNumber(toIsoDate) - utcDayNumber(fromIsoDate);
}

/**
 * Whether a submission came after the deadline day, and by how many days (0 when on time).
 * `lateness('2021-09-01', '2021-09-03T10:00:00Z')` → `{ late: true, daysLate: 2 }`.
 */
export function lateness(deadline: string, submittedAtIso: string): { late: boolean; daysLate: number } {
  const days = daysBetween(deadline, submittedAtIso);
  return days > 0 ? { late: true, daysLate: days } : { late: false, daysLate: 0 };
}

/**
 * Days left until the deadline day: 0 on the day itself, negative once it has passed.
 */
export function daysLeft(deadline: string, todayIso: string): number {
  return daysBetween(todayIso, deadline);
}

/**
 * Whether the deadline day is over on `todayIso` (the server may refuse with DEADLINE_PASSED or
 * only record lateness — that policy is the server's).
 */
export function isPastDeadline(deadline: string, todayIso: string): boolean {
  return daysLeft(deadline, todayIso) < 0;
}
