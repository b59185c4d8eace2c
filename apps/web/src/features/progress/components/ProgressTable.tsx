import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import type { OverviewRow, SortKey } from '../model/overviewRows';
import { Percent, StatusText } from './StatusText';

interface Props {
  rows: OverviewRow[];
  sort: SortKey;
  asc: boolean;
  onSort: (key: SortKey) => void;
  year: number;
}

/** The federal progress table: a region's name opens its progress page; headers sort (buttons, so the keyboard works). */
export function ProgressTable({ rows, sort, asc, onSort, year }: Props) {
  const { t, i18n } = useTranslation();
  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort === key ? (asc ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="link-button" onClick={() => onSort(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="progress-table">
        <caption>{t('progress.overview.tableCaption', { year, count: rows.length })}</caption>
        <thead>
          <tr>
            {header('name', t('progress.overview.region'))}
            {header('laggards', t('progress.overview.status'))}
            {header('achievement', t('progress.overview.achievement'), true)}
            {header('confidence', t('progress.overview.confidence'), true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/regions/${encodeURIComponent(r.code)}/progress?year=${year}`}>{r.name}</Link>
              </th>
              <td>{r.hasStrategy ? <StatusText status={r.status} /> : t('progress.overview.noStrategy')}</td>
              <td className="num">
                <Percent value={r.achievement} lang={i18n.language} />
              </td>
              <td className="num">{r.hasStrategy ? `${Math.round(r.confidence * 100)} %` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
