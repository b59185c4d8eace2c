import { useTranslation } from '../../../shared/i18n/react';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import type { ChartOption } from '../../../shared/charts/types';
import type { OverviewRow } from '../model/overviewRows';
import { PROGRESS_STATUS_ORDER, STATUS_COLOUR } from '../model/status';

export interface SectorColumn {
  code: string;
  label: string;
}

/** Regions × sectors coloured by status (value = the status's rank), with its table alternative. */
export function ProgressHeatmap({
  rows,
  sectors,
  year,
}: {
  rows: OverviewRow[];
  sectors: SectorColumn[];
  year: number;
}) {
  const { t } = useTranslation();
  const statusLabel = (s: string) => t(`progress.status.${s}`);
  const data: [number, number, number][] = [];
  rows.forEach((r, y) =>
    sectors.forEach((s, x) => {
      const cell = r.sectors[s.code];
      if (cell) data.push([x, y, PROGRESS_STATUS_ORDER.indexOf(cell.status as never)]);
    }),
  );
  const option: ChartOption = {
    grid: { left: 180, right: 20, top: 10, bottom: 110 },
    xAxis: { type: 'category', data: sectors.map((s) => s.label), axisLabel: { rotate: 40, interval: 0 } },
    yAxis: { type: 'category', data: rows.map((r) => r.name), inverse: true, axisLabel: { interval: 0, fontSize: 10 } },
    tooltip: {
      formatter: (p: unknown) => {
        const v = (p as { value: [number, number, number] }).value;
        return `${rows[v[1]]?.name ?? ''} · ${sectors[v[0]]?.label ?? ''}: ${statusLabel(PROGRESS_STATUS_ORDER[v[2]] ?? 'NO_DATA')}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      bottom: 0,
      left: 'center',
      pieces: PROGRESS_STATUS_ORDER.map((s, i) => ({ value: i, label: statusLabel(s), color: STATUS_COLOUR[s] })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          formatter: (p: unknown) => ['✕', '!', '↗', '✓', '—'][(p as { value: number[] }).value[2] ?? 4] ?? '',
        },
      },
    ],
  } as ChartOption;
  return (
    <ChartFigure
      title={t('progress.overview.heatmapTitle', { year })}
      option={option}
      height={Math.max(240, rows.length * 18 + 130)}
      columns={[
        { key: 'region', header: t('progress.overview.region') },
        ...sectors.map((s) => ({ key: s.code, header: s.label })),
      ]}
      rows={rows.map((r) => ({
        region: r.name,
        ...Object.fromEntries(
          sectors.map((s) => [s.code, r.sectors[s.code] ? statusLabel(r.sectors[s.code]!.status) : null]),
        ),
      }))}
    />
  );
}
