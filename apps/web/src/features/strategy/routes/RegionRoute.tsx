import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDate } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { HistoryList, HistoryList_strategy } from '../../../shared/history/HistoryList';
import { DocumentDownloads } from '../components/DocumentDownloads';
import { GoalTree } from '../components/GoalTree';
import { SectorList } from '../components/SectorList';
import { StrategySummary } from '../components/StrategySummary';
import { EditionPanel } from '../components/EditionPanel';

export const RegionRoute_strategy = graphql(`
  fragment RegionRoute_strategy on Strategy {
    id
    status
    revision
    updatedAt
    approvedAt
    contentVisible
    documents {
      docx
      pdf
      indicatorsXlsx
    }
    ...HistoryList_strategy
    sectors {
      id
      ...SectorList_sectors
    }
    ...StrategySummary_strategy
    ...GoalTree_strategy
  }
`);

export const RegionRouteQuery = graphql(`
  query RegionRouteQuery($code: String!) {
    me {
      id
      role
      region {
        id
        code
      }
    }
    region(code: $code) {
      id
      code
      name
      nameEn
      federalDistrictName
      federalDistrictNameEn
      strategy {
        ...RegionRoute_strategy
      }
      strategyInForce {
        ...RegionRoute_strategy
      }
    }
  }
`);

/** `/regions/:code`: a region and its strategy — public facts, then sectors and the goal tree. */
export function RegionRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  // errorPolicy 'all': show what did load next to the errors instead of hiding both.
  const { data, loading, error, refetch } = useQuery(RegionRouteQuery, {
    variables: { code },
    errorPolicy: 'all',
  });
  const region = data?.region;
  // The public sees the edition in force; an amendment in work (region.strategy) shows in the editions panel.
  const strategy = unmask(RegionRoute_strategy, region?.strategyInForce ?? region?.strategy ?? null);

  return (
    <section className="region">
      <p>
        <Link to="/">← {t('region.back')}</Link>
        {' · '}
        <Link to={`/regions/${encodeURIComponent(code)}/gostech`}>{t('gostech.plan.link')}</Link>
        {' · '}
        <Link to={`/regions/${encodeURIComponent(code)}/progress`}>{t('progress.region.link')}</Link>
        {' · '}
        <Link to={`/regions/${encodeURIComponent(code)}/mszu`}>{t('mszu.region.link')}</Link>
      </p>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && !region && !error && <p role="alert">{t('region.notFound', { code })}</p>}
      {region && (
        <>
          <h1>{lang === 'en' ? region.nameEn : region.name}</h1>
          <dl className="facts facts--inline">
            <div>
              <dt>{t('region.code')}</dt>
              <dd>
                <code>{region.code}</code>
              </dd>
            </div>
            <div>
              <dt>{t('region.district')}</dt>
              <dd>{lang === 'en' ? region.federalDistrictNameEn : region.federalDistrictName}</dd>
            </div>
          </dl>

          <h2>{t('strategy.title')}</h2>
          {!strategy && <p className="notice">{t('strategy.absent')}</p>}
          {strategy && (
            <>
              {strategy.status === 'APPROVED' && (
                // Approved strategies are public documents, dated by the approval itself.
                <p className="notice notice--approved">
                  {t('strategy.approvedOn', {
                    date: formatDate(strategy.approvedAt ?? strategy.updatedAt, lang),
                    revision: strategy.revision,
                  })}
                </p>
              )}
              <EditionPanel code={region.code} onChanged={() => void refetch()} />
              <StrategySummary strategy={strategy} />
              {strategy.contentVisible && strategy.documents && <DocumentDownloads documents={strategy.documents} />}
              {strategy.contentVisible && strategy.revision > 0 && data?.me && (
                <p>
                  <Link to={`/regions/${encodeURIComponent(region.code)}/review`} className="button button--secondary">
                    {canReview(data.me) ? t('strategy.openReview') : t('strategy.openRemarks')}
                  </Link>
                </p>
              )}
              {!strategy.contentVisible ? (
                <p className="notice">{t('strategy.hidden')}</p>
              ) : (
                <>
                  <h2>{t('strategy.sectors.title')}</h2>
                  <SectorList sectors={strategy.sectors} />
                  <h2>{t('strategy.goals.title')}</h2>
                  <GoalTree strategy={strategy} />
                </>
              )}
              {unmask(HistoryList_strategy, strategy).history.length > 0 && (
                <section aria-labelledby="region-history-title" className="history-section">
                  <h2 id="region-history-title">{t('history.title')}</h2>
                  <HistoryList strategy={strategy} />
                </section>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function canReview(me: { role: string }): boolean {
  return me.role === 'FEDERAL_REVIEWER' || me.role === 'ADMIN';
}
