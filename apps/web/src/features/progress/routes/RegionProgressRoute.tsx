import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDate } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { useMe } from '../../../shared/session/useMe';
import { ActualsWorkbookPanel } from '../components/ActualsWorkbookPanel';
import { RulesHelp } from '../components/RulesHelp';
import { SectorSection, type ProgressGoal } from '../components/SectorSection';
import { Percent, StatusText } from '../components/StatusText';
import { YearSelect, yearOf } from '../components/YearSelect';
import '../progress.css';

export const RegionProgressRouteQuery = graphql(`
  query RegionProgressRouteQuery($code: String!, $year: Int!) {
    executionSettings {
      rulesVersion
      actualsDueMonthsAfterEnd
      actualsDueDay
      thresholds {
        version
        achieved
        onTrack
        atRisk
      }
    }
    region(code: $code) {
      id
      code
      name
      nameEn
      strategy: strategyInForce {
        id
        status
        contentVisible
        actualsDueDate(year: $year)
        progress(year: $year) {
          status
          achievement
          confidence
          leaves
          withActual
        }
        sectorProgress(year: $year) {
          sector {
            id
            code
            name
            nameEn
          }
          progress {
            status
            achievement
            confidence
          }
        }
        goals {
          ...ProgressGoalFields
          children {
            ...ProgressGoalFields
            children {
              ...ProgressGoalFields
            }
          }
        }
      }
    }
  }
  fragment ProgressGoalFields on Goal {
    id
    title
    horizon
    sector {
      code
    }
    progress(year: $year) {
      status
      achievement
      confidence
    }
    indicators {
      id
      name
      unit
      baselineYear
      baselineValue
      targets {
        year
        value
      }
      actuals {
        year
        value
      }
      progress(year: $year) {
        status
        achievement
      }
      actualHistory {
        year
        value
        version
        current
        onTime
        daysLate
        reportedAt
        reportedByName
        note
      }
    }
  }
`);

/** `/regions/:code/progress`: how the region carries out its strategy for a chosen year. */
export function RegionProgressRoute() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = yearOf(params);
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(RegionProgressRouteQuery, {
    variables: { code, year },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const region = data.region;
  const strategy = region?.strategy;
  const canReport =
    !!me &&
    strategy?.status === 'APPROVED' &&
    (me.role === 'ADMIN' || (me.role === 'REGIONAL_EDITOR' && me.region?.code === code));
  // Goals of every level, flattened: the page groups them by sector.
  const goals: ProgressGoal[] = [];
  const walk = (list: readonly any[]) => list.forEach((g) => (goals.push(g as ProgressGoal), walk(g.children ?? [])));
  walk(strategy?.goals ?? []);
  const s = data.executionSettings;
  return (
    <section className="progress" aria-labelledby="region-progress-title">
      <p>
        <Link to={`/regions/${encodeURIComponent(code)}`}>← {t('progress.region.back')}</Link>
        {' · '}
        <Link to={`/progress?year=${year}`}>{t('progress.overview.title')}</Link>
      </p>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!region && <p role="alert">{t('region.notFound', { code })}</p>}
      {region && (
        <>
          <h1 id="region-progress-title">
            {t('progress.region.title', { region: lang === 'en' ? region.nameEn : region.name })}
          </h1>
          <YearSelect year={year} onChange={(y) => setParams({ year: String(y) })} />
          <RulesHelp
            thresholds={s.thresholds}
            rulesVersion={s.rulesVersion}
            due={{ months: s.actualsDueMonthsAfterEnd, day: s.actualsDueDay }}
          />
          {!strategy || !strategy.contentVisible ? (
            <p>{t('progress.region.noStrategy')}</p>
          ) : (
            <>
              <p className="lead">
                {t('progress.region.overall', { year })}: <StatusText status={strategy.progress.status} /> ·{' '}
                <Percent value={strategy.progress.achievement ?? null} lang={lang} /> ·{' '}
                {t('progress.region.confidence', {
                  with: strategy.progress.withActual,
                  total: strategy.progress.leaves,
                })}
              </p>
              <p>{t('progress.region.due', { year, date: formatDate(strategy.actualsDueDate, lang) })}</p>
              {canReport && (
                <ActualsWorkbookPanel strategyId={strategy.id} regionCode={code} onApplied={() => void refetch()} />
              )}
              {strategy.sectorProgress.map((sp) => (
                <SectorSection
                  key={sp.sector.id}
                  title={lang === 'en' ? sp.sector.nameEn : sp.sector.name}
                  progress={sp.progress}
                  goals={goals.filter((g) => g.sector.code === sp.sector.code)}
                  year={year}
                  canReport={canReport}
                  onSaved={() => void refetch()}
                />
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
