import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

export interface IndicatorValuesRow {
  /** Row heading, e.g. «План», «Факт». */
  label: string;
  /** The row's `<td>` for one year; the caller decides what a cell shows (a number, a diff, a remark pin). */
  cell: (year: number) => ReactNode;
}

/** An indicator's values by year: a compact table with a year header and one labelled row per series. */
export function IndicatorValuesTable(props: {
  name: string;
  years: readonly number[];
  rows: readonly IndicatorValuesRow[];
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('strategy.indicator.valuesCaption', { name: props.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('strategy.indicator.year')}</th>
            {props.years.map((year) => (
              <th scope="col" key={year} className="num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {props.years.map((year) => row.cell(year))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
