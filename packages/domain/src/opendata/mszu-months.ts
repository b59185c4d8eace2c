import { formatPeriod, monthPeriod, nextPeriod, parsePeriod, periodEnd, type Period } from '../period';

/** One dated step in force (corrections already applied) of one region's service. */
export interface DatedStep {
  step: string;
  on: string;
  seq: number;
}

/** Every month from the month of `from` to the month of `to` (ISO dates), as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let p: Period = monthPeriod(Number(from.slice(0, 4)), Number(from.slice(5, 7)));
  const last = formatPeriod(monthPeriod(Number(to.slice(0, 4)), Number(to.slice(5, 7))));
  for (let guard = 0; guard < 1200; guard++) {
    const text = formatPeriod(p);
    months.push(text);
    if (text >= last) break;
    p = nextPeriod(p);
  }
  return months;
}

/**
 * The step in force at the end of each month, with the date it took effect; months before the first entry are
 * left out (the service had no recorded status yet).
 */
export function stepsByMonth(
  history: readonly DatedStep[],
  months: readonly string[],
): { month: string; step: string; since: string }[] {
  const sorted = [...history].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.seq - b.seq));
  const out: { month: string; step: string; since: string }[] = [];
  let k = -1;
  for (const month of months) {
    const end = periodEnd(parsePeriod(month)!);
    while (k + 1 < sorted.length && sorted[k + 1]!.on <= end) k++;
    if (k >= 0) out.push({ month, step: sorted[k]!.step, since: sorted[k]!.on });
  }
  return out;
}
