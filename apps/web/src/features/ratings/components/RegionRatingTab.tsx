import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RegionRegistryCard } from '../../../shared/monitoring/RegionRegistryCard';
import { RatingHistoryChart } from './RatingHistoryChart';
import '../ratings.css';

export const RegionRatingTabQuery = graphql(`
  query RegionRatingTabQuery($code: String!) {
    region(code: $code) {
      code
      name
      nameEn
      digitalHead {
        name
        position
        appointedOn
        deadlineStatus
      }
      digitalHeadHistory {
        name
        position
        appointedOn
        until
      }
      controlCentre {
        status
        statusSince
        openedOn
        platforms
        deadlineStatus
      }
    }
    ratingHistory(regionCode: $code, months: 24) {
      period
      rank
      score
      methodologyCode
      maxScore
      version
    }
  }
`);

/** The region page's "rating" tab: РЦТ, ЦУР and the rating history. Mount it with the region's code. */
export function RegionRatingTab({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RegionRatingTabQuery, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && !data.region && <p>{t('ratings.noRegion')}</p>}
      {data?.region && <RegionRegistryCard region={data.region} />}
      {data && <RatingHistoryChart history={data.ratingHistory} />}
    </>
  );
}
