import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { AtRiskList } from '../components/AtRiskList';
import { RegionsOverview } from '../components/RegionsOverview';
import { useOverviewParams } from '../overviewParams';

export const RegionsRouteQuery = graphql(`
  query RegionsRouteQuery {
    me {
      id
      role
    }
    regions {
      id
      ...RegionsOverview_region
    }
    federalDistricts {
      code
      ...RegionsOverview_district
    }
  }
`);

export const RegionsRouteOverviewQuery = graphql(`
  query RegionsRouteOverviewQuery {
    overview {
      today
      ...AtRiskList_overview
    }
  }
`);

/**
 * `/`: the country overview. All 85 regions are loaded once and filtered in the browser; reviewers
 * and admins also see the regions at risk of missing the deadline.
 */
export function RegionsRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegionsRouteQuery, { fetchPolicy: 'cache-and-network' });
  const federal = data?.me?.role === 'FEDERAL_REVIEWER' || data?.me?.role === 'ADMIN';
  const overview = useQuery(RegionsRouteOverviewQuery, { skip: !federal, fetchPolicy: 'cache-and-network' });
  const { params } = useOverviewParams();
  return (
    <section aria-labelledby="regions-title">
      <h1 id="regions-title">{t('regions.title')}</h1>
      <p className="lead">{t('regions.intro')}</p>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {overview.error && <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && <AtRiskList overview={overview.data.overview} district={params.district} />}
      {data && <RegionsOverview regions={data.regions} districts={data.federalDistricts} />}
    </section>
  );
}
