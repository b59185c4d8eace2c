/**
 * The reporting calendar: when a period's report is due, whether it came on time, and which reminder is
 * due today. Every date is data (a DueRule an admin can change), never a constant in code: the sources
 * disagree on several deadlines, and the defaults below are our assumptions, which the UI says.
 *
 * - strategy actuals for year Y: 1 February of Y+1 (assumption);
 * - digital maturity for a quarter: the 8th of the month after the quarter (Приказ Минцифры № 600);
 * - МСЗУ statuses for a month: the 5th of the next month (assumption).
 * Reminders: 15 days before the due date and 3 days after it while still missing (after Spider Impact).
 */

import { addDays, daysBetween, isoDate, periodEnd, type Period } from './period';

/** A report is due on `day` of the month that lies `monthsAfterEnd` months after the period's last month. */
export interface DueRule {
  monthsAfterEnd: number;
  day: number;
}

export const DEFAULT_DUE_RULES = {
  /** Strategy actuals (yearly): 1 February of the next year. Our assumption. */
  actuals: { monthsAfterEnd: 2, day: 1 },
  /** Digital maturity returns (quarterly): the 8th of the month after the quarter. */
  maturity: { monthsAfterEnd: 1, day: 8 },
  /** МСЗУ monthly statuses: the 5th of the next month. Our assumption. */
  mszu: { monthsAfterEnd: 1, day: 5 },
} as const satisfies Record<string, DueRule>;

/** Checks a rule an admin enters; returns the problems (empty when valid). */
export function checkDueRule(rule: DueRule): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(rule.monthsAfterEnd) || rule.monthsAfterEnd < 0 || rule.monthsAfterEnd > 24)
    problems.push('monthsAfterEnd');
  if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > 28) problems.push('day');
  return problems;
}

/** The due date of a period's report, `YYYY-MM-DD`. */
export function dueDate(rule: DueRule, period: Period): string {
  const end = periodEnd(period);
  const m = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1 + rule.monthsAfterEnd;
  return isoDate(Math.floor(m / 12), (m % 12) + 1, rule.day);
}

export interface Timeliness {
  onTime: boolean;
  /** Whole days after the due date; 0 when on time. */
  daysLate: number;
}

/** Whether a report made on `reportedOn` (a date or an ISO timestamp) met its due date. */
export function timeliness(due: string, reportedOn: string): Timeliness {
  const late = daysBetween(due, reportedOn.slice(0, 10));
  return late > 0 ? { onTime: false, daysLate: late } : { onTime: true, daysLate: 0 };
}

/** Days before the due date and days after it on which a missing report is reminded. */
export interface ReminderPolicy {
  daysBefore: readonly number[];
  daysAfter: readonly number[];
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = { daysBefore: [15], daysAfter: [3] };

export interface ReminderStage {
  /** 'before' the due date, or 'overdue' after it. */
  stage: 'before' | 'overdue';
  /** The days before or after the due date this stage is for. */
  days: number;
  /** The date this stage begins. */
  on: string;
  /** Stable key for a reminder (with the period and the recipient), so a job run twice sends it once. */
  key: string;
}

/**
 * The reminder stage reached by `today` for a report still missing, or undefined (nothing to remind:
 * reported, or too early). Only the latest stage is returned, so a job that did not run for a week sends
 * one reminder, not a backlog. Send it when its key has not been sent yet.
 */
export function reminderDue(
  due: string,
  policy: ReminderPolicy,
  today: string,
  reported: boolean,
): ReminderStage | undefined {
  if (reported) return undefined;
  const stages: ReminderStage[] = [
    ...policy.daysBefore.map((d) => ({ stage: 'before' as const, days: d, on: addDays(due, -d), key: `before-${d}` })),
    ...policy.daysAfter.map((d) => ({ stage: 'overdue' as const, days: d, on: addDays(due, d), key: `overdue-${d}` })),
  ];
  const reached = stages.filter((s) => s.on <= today).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const latest = reached[reached.length - 1];
  // A 'before' reminder is pointless once the due date has passed without an 'overdue' stage yet.
  if (latest && latest.stage === 'before' && today > due) return undefined;
  return latest;
}
