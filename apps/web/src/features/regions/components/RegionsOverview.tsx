import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage, withTexts } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Loading } from '../../../shared/Loading';
import { STATUS_ORDER, type DisplayStatus } from '../../../shared/status';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { VIEWS, useOverviewParams, type SortKey } from '../overviewParams';
import { RegionsTable } from './RegionsTable';
import './overview.css';

/** The map is the second view (the table is the default): its code and texts load when it is first chosen. */
const TileMap = lazy(withTexts(() => import('../../../shared/tile-map/TileMap').then((m) => ({ default: m.TileMap }))));

export const RegionsOverview_region = graphql(`
  fragment RegionsOverview_region on Region {
    id
    federalDistrict
    strategy {
      id
      status
    }
    strategyInForce {
      id
      status
    }
    ...RegionsTable_region
    ...TileMap_region
  }
`);

export const RegionsOverview_district = graphql(`
  fragment RegionsOverview_district on FederalDistrict {
    code
    name
    nameEn
  }
`);

interface RegionsOverviewProps {
  regions: readonly FragmentType<typeof RegionsOverview_region>[];
  districts: readonly FragmentType<typeof RegionsOverview_district>[];
}

/**
 * All regions as a sortable table or a tile-grid map, with the same filters (federal district,
 * status) and counts per status. Filters, sort and view live in the URL.
 */
/**
 * A region's status for display: its edition in force (so an amendment in work does not turn an approved region
 * back into a draft), else its only edition, or NONE without one.
 */
const statusOf = (region: { strategy?: { status: string } | null; strategyInForce?: { status: string } | null }) =>
  ((region.strategyInForce ?? region.strategy)?.status ?? 'NONE') as DisplayStatus;

export function RegionsOverview(props: RegionsOverviewProps) {
  const regions = useFragment(RegionsOverview_region, props.regions);
  const districts = useFragment(RegionsOverview_district, props.districts);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { params, update, resetFilters } = useOverviewParams();
  const { district, status, view, sort, dir } = params;
  const districtSelectId = useId();
  const statusSelectId = useId();

  const inDistrict = useMemo(
    () => (district ? regions.filter((r) => r.federalDistrict === district) : regions),
    [regions, district],
  );
  const visible = useMemo(
    () => (status ? inDistrict.filter((r) => statusOf(r) === status) : inDistrict),
    [inDistrict, status],
  );
  const matching = useMemo(() => new Set(visible.map((r) => r.id)), [visible]);
  const counts = new Map<DisplayStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  for (const region of inDistrict) counts.set(statusOf(region), (counts.get(statusOf(region)) ?? 0) + 1);

  const onSort = (key: SortKey) => update({ sort: key, dir: key === sort && dir === 'asc' ? 'desc' : 'asc' });

  return (
    <div className="regions">
      <div className="overview-toolbar">
        <form className="filters" aria-label={t('regions.filters.label')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor={districtSelectId}>{t('regions.filters.district')}</label>
            <select id={districtSelectId} value={district} onChange={(e) => update({ district: e.target.value })}>
              <option value="">{t('regions.filters.allDistricts')}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {lang === 'en' ? d.nameEn : d.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={statusSelectId}>{t('regions.filters.status')}</label>
            <select
              id={statusSelectId}
              value={status}
              onChange={(e) => update({ status: e.target.value as DisplayStatus | '' })}
            >
              <option value="">{t('regions.filters.allStatuses')}</option>
              {STATUS_ORDER.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {(district || status) && (
            <button type="button" className="button button--secondary" onClick={resetFilters}>
              {t('regions.filters.reset')}
            </button>
          )}
        </form>
        <div role="group" aria-label={t('overview.view.label')} className="view-toggle">
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              className="view-toggle__button"
              aria-pressed={view === v}
              onClick={() => update({ view: v })}
            >
              {t(`overview.view.${v}`)}
            </button>
          ))}
        </div>
      </div>

      <ul className="status-counts" aria-label={t('regions.counts.label')}>
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="status-counts__item"
              aria-pressed={status === s}
              onClick={() => update({ status: status === s ? '' : s })}
            >
              <StatusBadge status={s} /> <span className="status-counts__number">{counts.get(s) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>

      <p role="status" aria-live="polite" className="regions__shown">
        {t('regions.shown', { count: visible.length, total: regions.length })}
      </p>

      {view === 'map' ? (
        <Suspense fallback={<Loading />}>
          <TileMap regions={regions} matching={district || status ? matching : undefined} />
        </Suspense>
      ) : (
        <RegionsTable regions={visible} sort={sort} dir={dir} onSort={onSort} />
      )}
    </div>
  );
}
