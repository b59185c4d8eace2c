import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RegionRegistryCard } from '../../registry/components/RegionRegistryCard';
import { RatingHistoryChart } from '../components/RatingHistoryChart';
import { RatingsNav } from '../components/RatingsNav';
import '../ratings.css';

export const RegionRatingRouteQuery = graphql(`
  query RegionRatingRouteQuery($code: String!) {
    region(code: $code) {
      code name nameEn
      digitalHead { name position appointedOn deadlineStatus }
      digitalHeadHistory { name position appointedOn until }
      controlCentre { status statusSince openedOn platforms deadlineStatus }
    }
    ratingHistory(regionCode: $code, months: 24) { period rank score methodologyCode maxScore version }
  }
`);

/** `/ratings/regions/:code`: the region's РЦТ and ЦУР and its rating history (the region page tab's content). */
export function RegionRatingRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegionRatingRouteQuery, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const region = data?.region;
  return (
    <section aria-labelledby="region-rating-title">
      <h1 id="region-rating-title">{region ? (i18n.language.startsWith('en') ? region.nameEn : region.name) : code}</h1>
      <RatingsNav />
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && !region && <p>{t('ratings.noRegion')}</p>}
      {region && <RegionRegistryCard region={region} />}
      {data && <RatingHistoryChart history={data.ratingHistory} />}
    </section>
  );
}
