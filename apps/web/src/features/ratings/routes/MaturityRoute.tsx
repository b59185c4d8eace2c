import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import type { ChartOption } from '../../../shared/charts/types';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import '../ratings.css';

export const MaturityRouteQuery = graphql(`
  query MaturityRouteQuery($quarter: String!) {
    maturityIndex(quarter: $quarter) {
      index
      missing
      region {
        code
        name
        nameEn
      }
      components {
        sector
        value
      }
    }
  }
`);

const SECTORS = ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment'];
const QUARTERS = ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'];

/** `/ratings/maturity/:quarter?`: the maturity index by region and key sector, a heatmap with its table. */
export function MaturityRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { quarter = '2022-Q2' } = useParams();
  const { data, loading, error, refetch } = useQuery(MaturityRouteQuery, { variables: { quarter } });
  const en = i18n.language.startsWith('en');
  const rows = [...(data?.maturityIndex ?? [])].sort((a, b) => b.index - a.index);
  const sectorName = (s: string) => t(`ratings.sectors.${s}`);
  const option: ChartOption = {
    tooltip: {},
    grid: { left: 160, right: 24, top: 24, bottom: 80 },
    xAxis: { type: 'category', data: SECTORS.map(sectorName) },
    yAxis: { type: 'category', data: rows.map((r) => (en ? r.region.nameEn : r.region.name)), inverse: true },
    visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
    series: [{ type: 'heatmap', data: rows.flatMap((r, y) => r.components.map((c, x) => [x, y, c.value ?? 0])) }],
  } as ChartOption;
  return (
    <section aria-labelledby="maturity-title">
      <h1 id="maturity-title">{t('ratings.maturity.title', { quarter })}</h1>
      <RatingsNav />
      <p>{t('ratings.methodologies.demoWeights')}</p>
      <label>
        {t('ratings.maturity.quarter')}{' '}
        <select value={quarter} onChange={(e) => navigate(`/ratings/maturity/${e.target.value}`)}>
          {QUARTERS.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </select>
      </label>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <ChartFigure
          title={t('ratings.maturity.chart', { quarter })}
          option={option}
          height={Math.max(400, rows.length * 16)}
          columns={[
            { key: 'region', header: t('ratings.table.region') },
            { key: 'index', header: t('ratings.maturity.index'), numeric: true },
            ...SECTORS.map((s) => ({ key: s, header: sectorName(s), numeric: true })),
          ]}
          rows={rows.map((r) => ({
            region: en ? r.region.nameEn : r.region.name,
            index: r.index,
            ...Object.fromEntries(r.components.map((c) => [c.sector, c.value])),
          }))}
        />
      )}
    </section>
  );
}
