import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { localeOf } from '../../../shared/format';
import { DataTable, type Column } from '../../../shared/ui/DataTable';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { sortSummary, type SortDirection, type SummarySortKey } from '../model/summarySort';

export interface SummaryLine {
  status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'APPROVED' | null;
  contentVisible: boolean;
  systems: number;
  onScheduleShare?: number | null;
  overdueStages: number;
  decisions: readonly { decision?: string | null; count: number }[];
  region: { id: string; code: string; subjectCode: string; name: string; nameEn: string };
}

const COLUMNS: { key: SummarySortKey; numeric: boolean }[] = [
  { key: 'region', numeric: false },
  { key: 'status', numeric: false },
  { key: 'systems', numeric: true },
  { key: 'onSchedule', numeric: true },
  { key: 'overdue', numeric: true },
];

/** The federal summary per region, sortable by any column (header buttons; `aria-sort` tells which). */
export function SummaryTable({ lines }: { lines: readonly SummaryLine[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [sort, setSort] = useState<{ key: SummarySortKey; direction: SortDirection }>({
    key: 'region',
    direction: 'ascending',
  });
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 });
  const rows = useMemo(
    () =>
      sortSummary(
        lines.map((l) => ({
          ...l,
          regionName: lang === 'en' ? l.region.nameEn : l.region.name,
          subjectCode: l.region.subjectCode,
          onScheduleShare: l.onScheduleShare ?? null,
        })),
        sort.key,
        sort.direction,
        localeOf(lang),
      ),
    [lines, sort, lang],
  );
  const toggle = (key: SummarySortKey) =>
    setSort((prev) => ({
      key,
      direction:
        prev.key === key && prev.direction === 'ascending'
          ? 'descending'
          : prev.key === key
            ? 'ascending'
            : key === 'region'
              ? 'ascending'
              : 'descending',
    }));
  type Row = (typeof rows)[number];
  const CELLS = CELLS_OF();
  const columns: Column<Row, SummarySortKey | 'decisions'>[] = [
    ...COLUMNS.map((c) => ({
      key: c.key,
      numeric: c.numeric,
      sortable: true,
      rowHeader: c.key === 'region',
      header: t(`gostech.summary.column.${c.key}`),
      cell: CELLS[c.key],
    })),
    {
      key: 'decisions',
      header: t('gostech.summary.column.decisions'),
      cell: (row: Row) =>
        row.decisions.length === 0
          ? t('common.notSet')
          : row.decisions
              .map(
                (d) => `${d.decision ? t(`gostech.decision.${d.decision}`) : t('gostech.decision.none')}: ${d.count}`,
              )
              .join('; '),
    },
  ];
  function CELLS_OF(): Record<SummarySortKey, (row: Row) => ReactNode> {
    return {
      region: (row) =>
        row.status ? <Link to={`/regions/${row.region.code}/gostech`}>{row.regionName}</Link> : row.regionName,
      status: (row) =>
        row.status ? <StatusBadge status={row.status} /> : <span className="muted">{t('gostech.summary.noPlan')}</span>,
      systems: (row) =>
        row.contentVisible ? (
          row.systems
        ) : (
          <span className="muted" title={t('gostech.summary.hidden')}>
            {t('common.notSet')}
          </span>
        ),
      onSchedule: (row) => (row.onScheduleShare == null ? t('common.notSet') : percent.format(row.onScheduleShare)),
      overdue: (row) => (row.contentVisible ? row.overdueStages : t('common.notSet')),
    };
  }

  return (
    <DataTable
      caption={t('gostech.summary.caption')}
      className="gostech-summary"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.region.id}
      sort={sort}
      onSort={(key) => key !== 'decisions' && toggle(key)}
    />
  );
}
