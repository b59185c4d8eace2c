import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { formatNumber } from '../format';
import { Loading } from '../Loading';
import type { ChartOption, ChartTableColumn, ChartTableRow } from './types';
import './charts.css';

const EChart = lazy(() => import('./EChart'));

export interface ChartFigureProps {
  /** The caption: what the chart shows (also the chart's accessible name). */
  title: string;
  option: ChartOption;
  /** The same data as a table: every chart can be read without seeing it. */
  columns: ChartTableColumn[];
  rows: ChartTableRow[];
  height?: number;
  /** Start on the table (e.g. when the chart is secondary). */
  initialView?: 'chart' | 'table';
}

/**
 * A chart with its table alternative and a keyboard toggle between the two. The chart library loads lazily
 * on first show; the table needs nothing but the data.
 */
export function ChartFigure({ title, option, columns, rows, height, initialView = 'chart' }: ChartFigureProps) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState(initialView);
  const captionId = useId();
  const cell = (value: ChartTableRow[string], numeric?: boolean) =>
    value == null
      ? t('common.notSet')
      : numeric && typeof value === 'number'
        ? formatNumber(value, i18n.language)
        : String(value);

  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span>{title}</span>{' '}
        <button
          type="button"
          aria-pressed={view === 'table'}
          onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
        >
          {view === 'chart' ? t('chart.showTable') : t('chart.showChart')}
        </button>
      </figcaption>
      {view === 'chart' ? (
        <Suspense fallback={<Loading />}>
          <EChart option={option} label={title} height={height} />
        </Suspense>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row">
                        {cell(row[c.key], c.numeric)}
                      </th>
                    ) : (
                      <td key={c.key} className={c.numeric ? 'num' : undefined}>
                        {cell(row[c.key], c.numeric)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
