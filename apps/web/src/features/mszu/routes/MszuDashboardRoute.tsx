import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { DashboardTable, StandingLists } from '../components/DashboardTable';
import { DynamicsChart } from '../components/DynamicsChart';
import { MonthPicker } from '../components/MonthPicker';
import { NationalShare } from '../components/NationalShare';
import { ShareMap } from '../components/ShareMap';
import { DEFAULT_MONTH, FIRST_MONTH, monthsBetween } from '../model/months';
import '../mszu.css';

export const MszuDashboardRouteQuery = graphql(`
  query MszuDashboardRouteQuery($period: String!, $from: String!, $to: String!) {
    mszuQueues {
      number
      opensOn
      dueOn
      services
    }
    mszuSettings {
      leaderAbove
      laggardAtMost
    }
    mszuNational(period: $period) {
      share
      federalWeight
      regionalWeight
      federalShare
      regionalShare
      connected
      total
      leaders
      laggards
    }
    mszuDashboard(period: $period) {
      connected
      total
      standing
      share
      region {
        id
        code
        name
        nameEn
        tile {
          row
          col
        }
      }
      queues {
        queue
        connected
        total
        onTime
        overdue
      }
    }
    mszuDynamics(from: $from, to: $to) {
      period
      connected
      total
      share
    }
  }
`);

/** Demo months: August 2021 to December 2022. */
const MONTHS = monthsBetween(FIRST_MONTH, '2022-12');

/** `/mszu`: the federal МСЗУ dashboard for a chosen month (?month=YYYY-MM). */
export function MszuDashboardRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = MONTHS.includes(params.get('month') ?? '') ? params.get('month')! : DEFAULT_MONTH;
  const { data, loading, error, refetch } = useQuery(MszuDashboardRouteQuery, {
    variables: { period: month, from: FIRST_MONTH, to: MONTHS[MONTHS.length - 1]! },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="mszu" aria-labelledby="mszu-title">
      <h1 id="mszu-title">{t('mszu.dashboard.title')}</h1>
      <p className="notice">{t('mszu.demoList')}</p>
      <MonthPicker months={MONTHS} value={month} onChange={(m) => setParams({ month: m })} />
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p className="lead">
            {t('mszu.dashboard.lead', {
              leaderAbove: data.mszuSettings.leaderAbove,
              laggardAtMost: data.mszuSettings.laggardAtMost,
            })}{' '}
            {data.mszuQueues
              .map((q) =>
                t('mszu.queueDates', { queue: q.number, services: q.services, opensOn: q.opensOn, dueOn: q.dueOn }),
              )
              .join(' ')}
          </p>
          <NationalShare n={data.mszuNational} />
          <StandingLists rows={data.mszuDashboard} />
          <DynamicsChart title={t('mszu.dynamics.national')} points={data.mszuDynamics} />
          <h2>{t('mszu.map.title')}</h2>
          <ShareMap regions={data.mszuDashboard} />
          <h2>{t('mszu.dashboard.regions')}</h2>
          <DashboardTable rows={data.mszuDashboard} queues={data.mszuQueues.map((q) => q.number)} />
        </>
      )}
    </section>
  );
}
