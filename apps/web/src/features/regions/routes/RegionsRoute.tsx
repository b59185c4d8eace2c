import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ErrorMessage } from '../../../shared/ErrorMessage';
import { Loading } from '../../../shared/Loading';
import { RegionsTable } from '../components/RegionsTable';

export const RegionsRouteQuery = graphql(`
  query RegionsRouteQuery {
    regions {
      id
      ...RegionsTable_regions
    }
    federalDistricts {
      code
      ...RegionsTable_districts
    }
  }
`);

/** `/`: the country overview. All 85 regions are loaded once and filtered in the browser. */
export function RegionsRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegionsRouteQuery);
  return (
    <section aria-labelledby="regions-title">
      <h1 id="regions-title">{t('regions.title')}</h1>
      <p className="lead">{t('regions.intro')}</p>
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && <RegionsTable regions={data.regions} districts={data.federalDistricts} />}
    </section>
  );
}
