import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { ProgressHeatmap } from '../components/ProgressHeatmap';
import { ProgressTable } from '../components/ProgressTable';
import { RulesHelp } from '../components/RulesHelp';
import { YearSelect, yearOf } from '../components/YearSelect';
import { overviewRows, type OverviewRow, type SortKey } from '../model/overviewRows';
import { PROGRESS_STATUS_ORDER } from '../model/status';
import '../progress.css';

export const ProgressOverviewRouteQuery = graphql(`
  query ProgressOverviewRouteQuery($year: Int!) {
    federalDistricts {
      code
      name
      nameEn
    }
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
    progressOverview(year: $year) {
      region {
        id
        code
        name
        nameEn
        federalDistrict
      }
      strategy {
        id
      }
      progress {
        status
        achievement
        confidence
      }
      sectors {
        sector {
          code
          name
          nameEn
        }
        progress {
          status
          achievement
        }
      }
    }
  }
`);

/** `/progress`: the federal progress view — 85 regions × sectors as a heatmap and a sortable table, laggards first. */
export function ProgressOverviewRoute() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [params, setParams] = useSearchParams();
  const year = yearOf(params);
  const district = params.get('district') ?? '';
  const status = params.get('status') ?? '';
  const sort = (params.get('sort') as SortKey | null) ?? 'laggards';
  const asc = params.get('dir') !== 'desc';
  const districtId = useId();
  const statusId = useId();
  const { data, loading, error, refetch } = useQuery(ProgressOverviewRouteQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const set = (patch: Record<string, string>) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch))
        if (v === '') n.delete(k);
        else n.set(k, v);
      return n;
    });

  const all = useMemo<OverviewRow[]>(
    () =>
      (data?.progressOverview ?? []).map((r) => ({
        code: r.region.code,
        name: lang === 'en' ? r.region.nameEn : r.region.name,
        district: r.region.federalDistrict,
        status: r.progress.status,
        achievement: r.progress.achievement ?? null,
        confidence: r.progress.confidence,
        hasStrategy: r.strategy !== null && r.strategy !== undefined,
        sectors: Object.fromEntries(
          r.sectors.map((s) => [
            s.sector.code,
            { status: s.progress.status, achievement: s.progress.achievement ?? null },
          ]),
        ),
      })),
    [data, lang],
  );
  const sectors = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of data?.progressOverview ?? [])
      for (const s of r.sectors) seen.set(s.sector.code, lang === 'en' ? s.sector.nameEn : s.sector.name);
    return [...seen].map(([code, label]) => ({ code, label }));
  }, [data, lang]);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const rows = overviewRows(all, { district, status, sort, asc });
  const s = data.executionSettings;
  return (
    <section className="progress" aria-labelledby="progress-overview-title">
      <h1 id="progress-overview-title">{t('progress.overview.title')}</h1>
      <p className="lead">{t('progress.overview.lead', { year, count: all.filter((r) => r.hasStrategy).length })}</p>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <RulesHelp
        thresholds={s.thresholds}
        rulesVersion={s.rulesVersion}
        due={{ months: s.actualsDueMonthsAfterEnd, day: s.actualsDueDay }}
      />
      <div className="progress-filters">
        <YearSelect year={year} onChange={(y) => set({ year: String(y) })} />
        <p className="progress-filter">
          <label htmlFor={districtId}>{t('progress.overview.district')}</label>{' '}
          <select id={districtId} value={district} onChange={(e) => set({ district: e.target.value })}>
            <option value="">{t('progress.overview.all')}</option>
            {data.federalDistricts.map((d) => (
              <option key={d.code} value={d.code}>
                {lang === 'en' ? d.nameEn : d.name}
              </option>
            ))}
          </select>
        </p>
        <p className="progress-filter">
          <label htmlFor={statusId}>{t('progress.overview.status')}</label>{' '}
          <select id={statusId} value={status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('progress.overview.all')}</option>
            {PROGRESS_STATUS_ORDER.map((st) => (
              <option key={st} value={st}>
                {t(`progress.status.${st}`)}
              </option>
            ))}
          </select>
        </p>
      </div>
      <ProgressTable
        rows={rows}
        sort={sort}
        asc={asc}
        year={year}
        onSort={(k) => set({ sort: k, dir: k === sort && asc ? 'desc' : '' })}
      />
      <ProgressHeatmap rows={rows.filter((r) => r.hasStrategy)} sectors={sectors} year={year} />
    </section>
  );
}
