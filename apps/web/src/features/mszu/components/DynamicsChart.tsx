import { useTranslation } from '../../../shared/i18n/react';
import { ChartFigure } from '../../../shared/charts/ChartFigure';

export interface MonthPoint {
  period: string;
  connected: number;
  total: number;
  share?: number | null;
}

/** Month-end dynamics as a line of the share connected (%), with the table alternative of ChartFigure. */
export function DynamicsChart({ title, points }: { title: string; points: readonly MonthPoint[] }) {
  const { t } = useTranslation();
  const share = (p: MonthPoint) => (p.share == null ? null : Math.round(p.share * 1000) / 10);
  return (
    <ChartFigure
      title={title}
      option={
        {
          tooltip: { trigger: 'axis' },
          grid: { left: 48, right: 16, top: 24, bottom: 32 },
          xAxis: { type: 'category', data: points.map((p) => p.period) },
          yAxis: { type: 'value', min: 0, max: 100, name: '%' },
          series: [{ type: 'line', name: t('mszu.dynamics.share'), data: points.map(share) }],
        } as never
      }
      columns={[
        { key: 'period', header: t('mszu.month') },
        { key: 'connected', header: t('mszu.dynamics.connected'), numeric: true },
        { key: 'total', header: t('mszu.dynamics.total'), numeric: true },
        { key: 'share', header: t('mszu.dynamics.share'), numeric: true },
      ]}
      rows={points.map((p) => ({ period: p.period, connected: p.connected, total: p.total, share: share(p) }))}
    />
  );
}
