import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { localeOf } from '../../../shared/format';
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
  const [sort, setSort] = useState<{ key: SummarySortKey; direction: SortDirection }>({ key: 'region', direction: 'ascending' });
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 });
  const rows = useMemo(
    () =>
      sortSummary(
        lines.map((l) => ({ ...l, regionName: lang === 'en' ? l.region.nameEn : l.region.name, subjectCode: l.region.subjectCode, onScheduleShare: l.onScheduleShare ?? null })),
        sort.key,
        sort.direction,
        localeOf(lang),
      ),
    [lines, sort, lang],
  );
  const toggle = (key: SummarySortKey) =>
    setSort((prev) => ({ key, direction: prev.key === key && prev.direction === 'ascending' ? 'descending' : prev.key === key ? 'ascending' : key === 'region' ? 'ascending' : 'descending' }));

  return (
    <div className="table-scroll">
      <table className="table gostech-summary">
        <caption className="visually-hidden">{t('gostech.summary.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined} className={c.numeric ? 'num' : undefined}>
                <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                  {t(`gostech.summary.column.${c.key}`)}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t('gostech.summary.column.decisions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region.id}>
              <th scope="row">{row.status ? <Link to={`/regions/${row.region.code}/gostech`}>{row.regionName}</Link> : row.regionName}</th>
              <td>{row.status ? <StatusBadge status={row.status} /> : <span className="muted">{t('gostech.summary.noPlan')}</span>}</td>
              <td className="num">{row.contentVisible ? row.systems : <span className="muted" title={t('gostech.summary.hidden')}>{t('common.notSet')}</span>}</td>
              <td className="num">{row.onScheduleShare == null ? t('common.notSet') : percent.format(row.onScheduleShare)}</td>
              <td className="num">{row.contentVisible ? row.overdueStages : t('common.notSet')}</td>
              <td>
                {row.decisions.length === 0
                  ? t('common.notSet')
                  : row.decisions.map((d) => `${d.decision ? t(`gostech.decision.${d.decision}`) : t('gostech.decision.none')}: ${d.count}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
