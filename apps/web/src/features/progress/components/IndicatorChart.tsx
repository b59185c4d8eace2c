import { useTranslation } from '../../../shared/i18n/react';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import type { ChartOption } from '../../../shared/charts/types';

export interface IndicatorSeries {
  name: string;
  unit: string;
  baselineYear: number;
  baselineValue: number;
  targets: readonly { year: number; value: number }[];
  actuals: readonly { year: number; value: number }[];
}

/** Plan against actual by year for one indicator, as a line chart with its table. */
export function IndicatorChart({ indicator }: { indicator: IndicatorSeries }) {
  const { t } = useTranslation();
  const years = [
    ...new Set([
      indicator.baselineYear,
      ...indicator.targets.map((v) => v.year),
      ...indicator.actuals.map((v) => v.year),
    ]),
  ].sort((a, b) => a - b);
  const plan = (y: number) =>
    y === indicator.baselineYear
      ? indicator.baselineValue
      : (indicator.targets.find((v) => v.year === y)?.value ?? null);
  const actual = (y: number) =>
    y === indicator.baselineYear
      ? indicator.baselineValue
      : (indicator.actuals.find((v) => v.year === y)?.value ?? null);
  const planLabel = t('progress.region.plan');
  const actualLabel = t('progress.region.actual');
  const option: ChartOption = {
    grid: { left: 50, right: 20, top: 30, bottom: 30 },
    legend: { data: [planLabel, actualLabel] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: true, name: indicator.unit },
    series: [
      {
        name: planLabel,
        type: 'line',
        data: years.map(plan),
        connectNulls: true,
        lineStyle: { type: 'dashed' },
        symbol: 'rect',
      },
      { name: actualLabel, type: 'line', data: years.map(actual), connectNulls: false, symbol: 'circle' },
    ],
  };
  return (
    <ChartFigure
      title={t('progress.region.chartTitle', { name: indicator.name, unit: indicator.unit })}
      option={option}
      height={240}
      columns={[
        { key: 'year', header: t('progress.year') },
        { key: 'plan', header: planLabel, numeric: true },
        { key: 'actual', header: actualLabel, numeric: true },
      ]}
      rows={years.map((y) => ({ year: String(y), plan: plan(y), actual: actual(y) }))}
    />
  );
}
