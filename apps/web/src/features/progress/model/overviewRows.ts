import { statusRank } from './status';

export interface OverviewRow {
  code: string;
  name: string;
  district: string;
  status: string;
  achievement: number | null;
  confidence: number;
  hasStrategy: boolean;
  /** Sector code → status and achievement. */
  sectors: Record<string, { status: string; achievement: number | null }>;
}

export type SortKey = 'laggards' | 'name' | 'achievement' | 'confidence';

export interface OverviewFilter {
  district: string;
  status: string;
  sort: SortKey;
  /** Ascending when true. */
  asc: boolean;
}

const byName = (a: OverviewRow, b: OverviewRow) => a.name.localeCompare(b.name, 'ru');
const num = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

/** Filters by district and status and sorts; "laggards" puts the worst status first, then the lowest achievement. */
export function overviewRows(rows: readonly OverviewRow[], f: OverviewFilter): OverviewRow[] {
  const kept = rows.filter(
    (r) => (f.district === '' || r.district === f.district) && (f.status === '' || r.status === f.status),
  );
  const cmp: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
    laggards: (a, b) =>
      statusRank(a.status) - statusRank(b.status) || num(a.achievement) - num(b.achievement) || byName(a, b),
    name: byName,
    achievement: (a, b) => num(a.achievement) - num(b.achievement) || byName(a, b),
    confidence: (a, b) => a.confidence - b.confidence || byName(a, b),
  };
  const sorted = [...kept].sort(cmp[f.sort]);
  return f.sort === 'laggards' || f.asc ? sorted : sorted.reverse();
}
