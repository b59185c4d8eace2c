import { useTranslation } from '../../../shared/i18n/react';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import type { ChartOption } from '../../../shared/charts/types';

interface Point {
  period: string;
  rank: number;
  score: number;
  methodologyCode: string;
  maxScore: number;
}

/** Months where the methodology differs from the month before. */
export function methodologyChanges(history: Point[]): Point[] {
  return history.filter((p, i) => i > 0 && history[i - 1]!.methodologyCode !== p.methodologyCode);
}

/** Rank (inverted axis, 1 on top) and score over months; a methodology change is a marked line on the month axis and a table column. */
export function RatingHistoryChart({ history }: { history: Point[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('ratings.history.empty')}</p>;
  const changes = methodologyChanges(history);
  const months = history.map((p) => p.period);
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('ratings.history.rank'), t('ratings.history.score')] },
    grid: { left: 48, right: 48, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', name: t('ratings.history.rank'), inverse: true, min: 1 },
      { type: 'value', name: t('ratings.history.score'), min: 0 },
    ],
    series: [
      {
        type: 'line',
        name: t('ratings.history.rank'),
        data: history.map((p) => p.rank),
        markLine: {
          symbol: 'none',
          label: { formatter: (x: { name?: string }) => x.name ?? '' },
          data: changes.map((c) => ({
            xAxis: c.period,
            name: t('ratings.history.methodologyChange', { code: c.methodologyCode }),
          })),
        },
      },
      {
        type: 'line',
        name: t('ratings.history.score'),
        yAxisIndex: 1,
        lineStyle: { type: 'dashed' },
        data: history.map((p) => p.score),
      },
    ],
  } as ChartOption;
  return (
    <>
      {changes.map((c) => (
        <p key={c.period}>
          {t('ratings.history.changeNote', { period: c.period, code: c.methodologyCode, max: c.maxScore })}
        </p>
      ))}
      <ChartFigure
        title={t('ratings.history.title')}
        option={option}
        columns={[
          { key: 'period', header: t('ratings.history.month') },
          { key: 'rank', header: t('ratings.history.rank'), numeric: true },
          { key: 'score', header: t('ratings.history.score'), numeric: true },
          { key: 'methodology', header: t('ratings.history.methodology') },
        ]}
        rows={history.map((p) => ({
          period: p.period,
          rank: p.rank,
          score: p.score,
          methodology: changes.some((c) => c.period === p.period)
            ? `${p.methodologyCode} — ${t('ratings.history.changed')}`
            : p.methodologyCode,
        }))}
      />
    </>
  );
}
