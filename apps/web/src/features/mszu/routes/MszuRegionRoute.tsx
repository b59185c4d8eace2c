import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { useMe } from '../../../shared/session/useMe';
import { DynamicsChart } from '../components/DynamicsChart';
import { MonthPicker } from '../components/MonthPicker';
import { ServicesTable } from '../components/ServicesTable';
import { StatusEditor } from '../components/StatusEditor';
import { StatusUpload } from '../components/StatusUpload';
import { FIRST_MONTH, monthsBetween, percent } from '../model/months';
import '../mszu.css';

export const MszuRegionRouteQuery = graphql(`
  query MszuRegionRouteQuery($code: String!, $period: String, $month: String!, $from: String!, $to: String!) {
    region(code: $code) {
      id
      code
      name
      nameEn
      mszu(period: $month) {
        connected
        total
        standing
        share
        queues {
          queue
          connected
          total
          onTime
          overdue
        }
      }
      mszuServices(period: $period) {
        service {
          id
          code
          name
          level
          queue
        }
        step
        since
        history {
          id
          step
          on
          reason
          superseded
        }
      }
    }
    mszuDynamics(from: $from, to: $to, regionCode: $code) {
      period
      connected
      total
      share
    }
  }
`);

const todayIso = () => new Date().toISOString().slice(0, 10);

/** `/regions/:code/mszu`: the region's МСЗУ tab — services, steps and dates at a month's end; its editor changes them here. */
export function MszuRegionRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const months = monthsBetween(FIRST_MONTH, today.slice(0, 7));
  const month = months.includes(params.get('month') ?? '') ? params.get('month')! : months[months.length - 1]!;
  const { data, loading, error, refetch } = useQuery(MszuRegionRouteQuery, {
    variables: { code, period: month, month, from: FIRST_MONTH, to: month },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const region = data.region;
  if (!region) return <p>{t('region.notFound', { code })}</p>;
  const canEdit = !!me && (me.role === 'ADMIN' || (me.role === 'REGIONAL_EDITOR' && me.region?.code === region.code));
  const name = lang === 'en' ? region.nameEn : region.name;
  return (
    <section className="mszu" aria-labelledby="mszu-region-title">
      <p>
        <Link to={`/regions/${encodeURIComponent(region.code)}`}>← {name}</Link> ·{' '}
        <Link to={`/mszu?month=${month}`}>{t('mszu.dashboard.title')}</Link>
      </p>
      <h1 id="mszu-region-title">{t('mszu.region.title', { region: name })}</h1>
      <p className="notice">{t('mszu.demoList')}</p>
      <MonthPicker months={months} value={month} onChange={(m) => setParams({ month: m })} />
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <p className="lead" data-testid="mszu-region-summary">
        {t('mszu.region.summary', {
          connected: region.mszu.connected,
          total: region.mszu.total,
          share: percent(region.mszu.share, lang),
          standing: t(`mszu.standing.${region.mszu.standing}`),
        })}
      </p>
      <p className="muted">{t('mszu.region.municipalNote')}</p>
      <DynamicsChart title={t('mszu.dynamics.region', { region: name })} points={data.mszuDynamics} />
      {canEdit && (
        <>
          <StatusEditor
            regionCode={region.code}
            lines={region.mszuServices}
            today={today}
            onSaved={() => void refetch()}
          />
          <StatusUpload regionCode={region.code} onImported={() => void refetch()} />
        </>
      )}
      {!canEdit && <ServicesTable lines={region.mszuServices} />}
    </section>
  );
}
