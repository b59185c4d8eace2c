/**
 * The РЦТ and ЦУР registry rules. By 1 December 2020 every region had to appoint a head of digital
 * transformation (РЦТ) and open a control centre (ЦУР). Met: done on or before the deadline; late: done
 * after it; missing: not done yet.
 */

export const REGISTRY_DEADLINE = '2020-12-01';
export const CONTROL_CENTRE_STATUSES = ['PLANNED', 'RISK_ZONE', 'OPERATING'] as const;
export type ControlCentreStatus = (typeof CONTROL_CENTRE_STATUSES)[number];
export const DEADLINE_STATUSES = ['MET', 'LATE', 'MISSING'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export function isControlCentreStatus(value: string): value is ControlCentreStatus {
  return (CONTROL_CENTRE_STATUSES as readonly string[]).includes(value);
}

/** Met / late / missing for a date something was done (appointed, opened); undefined = not done. */
export function deadlineStatus(doneOn: string | null | undefined, deadline = REGISTRY_DEADLINE): DeadlineStatus {
  if (!doneOn) return 'MISSING';
  return doneOn <= deadline ? 'MET' : 'LATE';
}

/** A ЦУР counts as opened only when OPERATING with an opening date. */
export function controlCentreDeadline(
  status: string,
  openedOn: string | null,
  deadline = REGISTRY_DEADLINE,
): DeadlineStatus {
  return status === 'OPERATING' ? deadlineStatus(openedOn, deadline) : 'MISSING';
}
