import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDate } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { QuarterChart } from '../components/QuarterChart';
import { SummaryTable } from '../components/SummaryTable';
import '../gostech.css';

export const GostechSummaryRouteQuery = graphql(`
  query GostechSummaryRouteQuery {
    gostechSummary {
      today
      regions {
        status
        contentVisible
        systems
        onScheduleShare
        overdueStages
        decisions {
          decision
          count
        }
        region {
          id
          code
          subjectCode
          name
          nameEn
        }
      }
      byQuarter {
        quarter
        count
      }
    }
  }
`);

/** `/gostech`: the country's GosTech migration — per region, and systems moving per quarter. */
export function GostechSummaryRoute() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { data, loading, error, refetch } = useQuery(GostechSummaryRouteQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const summary = data.gostechSummary;
  const withPlans = summary.regions.filter((r) => r.status !== null).length;
  return (
    <section className="gostech" aria-labelledby="gostech-summary-title">
      <h1 id="gostech-summary-title">{t('gostech.summary.title')}</h1>
      <p className="lead">{t('gostech.summary.lead', { today: formatDate(summary.today, lang), count: withPlans })}</p>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <QuarterChart quarters={summary.byQuarter} />
      <h2>{t('gostech.summary.regionsTitle')}</h2>
      <SummaryTable lines={summary.regions} />
    </section>
  );
}
