import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDateTime } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { RatingBandMap } from '../components/RatingBandMap';
import { RatingTable } from '../components/RatingTable';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import '../ratings.css';

export const RatingPeriodsQuery = graphql(`
  query RatingPeriodsQuery {
    ratingPeriods
  }
`);

export const RatingRouteQuery = graphql(`
  query RatingRouteQuery($period: String!, $version: Int) {
    ratingPublications(period: $period) {
      id
      version
      publishedAt
      reason
      methodologyCode
    }
    rating(period: $period, version: $version) {
      period
      version
      published
      publishedAt
      reason
      methodology {
        code
        maxScore
        parameters {
          code
          name
          nameEn
          maxPoints
        }
      }
      entries {
        rank
        score
        previousRank
        band
        region {
          code
          name
          nameEn
          tile {
            row
            col
          }
        }
        parameters {
          code
          points
          noData
        }
      }
    }
  }
`);

/** `/ratings/:period?`: the published monthly rating (latest version by default, every version readable). */
export function RatingRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const version = search.get('version') ? Number(search.get('version')) : null;
  const periods = useQuery(RatingPeriodsQuery, { fetchPolicy: 'cache-and-network' });
  // Without a month in the address: the latest published month.
  const period = params.period ?? periods.data?.ratingPeriods.at(-1) ?? '';
  const { data, loading, error, refetch } = useQuery(RatingRouteQuery, {
    variables: { period, version },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  const r = data?.rating;
  const en = i18n.language.startsWith('en');
  const leaders = r?.entries.filter((e) => e.band === 'LEADER') ?? [];
  const laggards = r?.entries.filter((e) => e.band === 'LAGGARD') ?? [];
  const name = (e: { region: { name: string; nameEn: string } }) => (en ? e.region.nameEn : e.region.name);
  return (
    <section aria-labelledby="rating-title">
      <h1 id="rating-title">{t('ratings.title', { period })}</h1>
      <RatingsNav />
      <p className="muted">{t('ratings.demoNote')}</p>
      {periods.error && <ErrorNotice error={periods.error} onRetry={() => void periods.refetch()} />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <div className="rating-controls">
          <label>
            {t('ratings.month')}{' '}
            <select value={period} onChange={(e) => navigate(`/ratings/${e.target.value}`)}>
              {(periods.data?.ratingPeriods ?? []).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>{' '}
          {data.ratingPublications.length > 1 && (
            <label>
              {t('ratings.version')}{' '}
              <select
                value={version ?? ''}
                onChange={(e) => setSearch(e.target.value ? { version: e.target.value } : {})}
              >
                <option value="">{t('ratings.latest')}</option>
                {data.ratingPublications.map((p) => (
                  <option key={p.id} value={p.version}>
                    {t('ratings.versionOption', {
                      version: p.version,
                      date: formatDateTime(p.publishedAt, i18n.language),
                    })}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {data && !r && <p>{t('ratings.none')}</p>}
      {r && (
        <>
          <p className="lead">
            {t('ratings.publishedLine', {
              version: r.version,
              date: formatDateTime(r.publishedAt, i18n.language),
              code: r.methodology.code,
              max: r.methodology.maxScore,
            })}{' '}
            <Link to="/ratings/methodologies">{t('ratings.nav.methodologies')}</Link>
          </p>
          {r.reason && <p>{t('ratings.reason', { reason: r.reason })}</p>}
          <p>
            {t('ratings.leaders')}: {leaders.map(name).join(', ')}. {t('ratings.laggards')}:{' '}
            {laggards.map(name).join(', ')}.
          </p>
          <RatingBandMap entries={r.entries} caption={t('ratings.map.caption', { period })} />
          <RatingTable
            caption={t('ratings.tableCaption', { period, version: r.version })}
            parameters={r.methodology.parameters}
            entries={r.entries}
          />
        </>
      )}
    </section>
  );
}
