import { STATUS_ORDER } from '../../../shared/status';

export const SUMMARY_SORT_KEYS = ['region', 'status', 'systems', 'onSchedule', 'overdue'] as const;
export type SummarySortKey = (typeof SUMMARY_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** The fields of a summary line the sort reads. */
export interface SortableSummaryRow {
  regionName: string;
  subjectCode: string;
  status: string | null;
  systems: number;
  onScheduleShare: number | null;
  overdueStages: number;
}

/**
 * Sorts summary lines by a column. Missing values (no plan, no share) go last whichever the
 * direction; ties keep the subject-code order, so the sort is stable and predictable.
 */
export function sortSummary<T extends SortableSummaryRow>(
  rows: readonly T[],
  key: SummarySortKey,
  direction: SortDirection,
  locale: string,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const value = (row: T): string | number | null => {
    switch (key) {
      case 'region':
        return row.regionName;
      case 'status':
        return row.status ? STATUS_ORDER.indexOf(row.status as (typeof STATUS_ORDER)[number]) : null;
      case 'systems':
        return row.systems;
      case 'onSchedule':
        return row.onScheduleShare;
      case 'overdue':
        return row.overdueStages;
    }
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : (x as number) - (y as number);
      if (c !== 0) return sign * c;
    }
    return a.subjectCode.localeCompare(b.subjectCode);
  });
}
