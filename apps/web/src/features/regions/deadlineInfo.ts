import type { StrategyStatus } from '../../gql/graphql';

export type DeadlineInfo =
  | { kind: 'left'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'submittedLate'; days: number }
  | { kind: 'onTime' }
  | { kind: 'none' };

interface DeadlineFacts {
  status: StrategyStatus;
  daysLeft?: number | null;
  daysLate?: number | null;
}

/**
 * What the overview says about a strategy's deadline: days left while the region still has to
 * submit, days overdue once the deadline passed, or how late the last revision came in.
 */
export function deadlineInfo(strategy: DeadlineFacts | null | undefined): DeadlineInfo {
  if (!strategy) return { kind: 'none' };
  const stillToSubmit = strategy.status === 'DRAFT' || strategy.status === 'CHANGES_REQUESTED';
  if (stillToSubmit) {
    if (strategy.daysLeft != null && strategy.daysLeft >= 0) return { kind: 'left', days: strategy.daysLeft };
    const days = strategy.daysLate ?? (strategy.daysLeft != null ? -strategy.daysLeft : null);
    return days != null ? { kind: 'overdue', days } : { kind: 'none' };
  }
  if (strategy.daysLate != null && strategy.daysLate > 0) return { kind: 'submittedLate', days: strategy.daysLate };
  return { kind: 'onTime' };
}

/** Sort key: the most urgent first (overdue the longest, then fewest days left), submitted last. */
export function deadlineUrgency(info: DeadlineInfo): number {
  switch (info.kind) {
    case 'overdue':
      return -info.days;
    case 'left':
      return info.days;
    case 'submittedLate':
      return 1_000_000 - info.days;
    case 'onTime':
      return 2_000_000;
    case 'none':
      return 3_000_000;
  }
}
