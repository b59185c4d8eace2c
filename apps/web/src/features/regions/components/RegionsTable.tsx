import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { currentLanguage } from '../../../app/i18n';
import { formatDate } from '../../../shared/format';
import { STATUS_ORDER, isDisplayStatus, type DisplayStatus } from '../../../shared/status';
import { StatusBadge } from '../../../shared/StatusBadge';

export const RegionsTable_regions = graphql(`
  fragment RegionsTable_regions on Region {
    id
    code
    name
    nameEn
    federalDistrict
    federalDistrictName
    federalDistrictNameEn
    strategy {
      id
      status
      revision
      deadline
    }
  }
`);

export const RegionsTable_districts = graphql(`
  fragment RegionsTable_districts on FederalDistrict {
    code
    name
    nameEn
  }
`);

interface RegionsTableProps {
  regions: readonly FragmentType<typeof RegionsTable_regions>[];
  districts: readonly FragmentType<typeof RegionsTable_districts>[];
}

/** Search-param names of the filters, so a filtered overview can be linked to. */
const DISTRICT_PARAM = 'district';
const STATUS_PARAM = 'status';

/**
 * All regions with their strategy status, filterable by federal district and
 * status (filters live in the URL), with counts per status for the district.
 */
export function RegionsTable(props: RegionsTableProps) {
  const regions = useFragment(RegionsTable_regions, props.regions);
  const districts = useFragment(RegionsTable_districts, props.districts);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [searchParams, setSearchParams] = useSearchParams();
  const districtSelectId = useId();
  const statusSelectId = useId();

  const district = searchParams.get(DISTRICT_PARAM) ?? '';
  const statusParam = searchParams.get(STATUS_PARAM);
  const status: DisplayStatus | '' = isDisplayStatus(statusParam) ? statusParam : '';

  const setFilter = (name: string, value: string) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  const collator = useMemo(() => new Intl.Collator(lang === 'en' ? 'en' : 'ru'), [lang]);
  const rows = useMemo(
    () =>
      regions
        .map((region) => ({
          region,
          label: lang === 'en' ? region.nameEn : region.name,
          districtLabel: lang === 'en' ? region.federalDistrictNameEn : region.federalDistrictName,
          status: (region.strategy?.status ?? 'NONE') as DisplayStatus,
        }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [regions, lang, collator],
  );

  const inDistrict = district ? rows.filter((row) => row.region.federalDistrict === district) : rows;
  const visible = status ? inDistrict.filter((row) => row.status === status) : inDistrict;
  const counts = new Map<DisplayStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
  for (const row of inDistrict) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);

  return (
    <div className="regions">
      <form className="filters" aria-label={t('regions.filters.label')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={districtSelectId}>{t('regions.filters.district')}</label>
          <select id={districtSelectId} value={district} onChange={(e) => setFilter(DISTRICT_PARAM, e.target.value)}>
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
          <select id={statusSelectId} value={status} onChange={(e) => setFilter(STATUS_PARAM, e.target.value)}>
            <option value="">{t('regions.filters.allStatuses')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {(district || status) && (
          <button type="button" className="button button--secondary" onClick={() => setSearchParams({}, { replace: true })}>
            {t('regions.filters.reset')}
          </button>
        )}
      </form>

      <ul className="status-counts" aria-label={t('regions.counts.label')}>
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="status-counts__item"
              aria-pressed={status === s}
              onClick={() => setFilter(STATUS_PARAM, status === s ? '' : s)}
            >
              <StatusBadge status={s} />{' '}
              <span className="status-counts__number">{counts.get(s) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>

      <p role="status" aria-live="polite" className="regions__shown">
        {t('regions.shown', { count: visible.length, total: rows.length })}
      </p>

      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('regions.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regions.table.region')}</th>
              <th scope="col">{t('regions.table.code')}</th>
              <th scope="col">{t('regions.table.district')}</th>
              <th scope="col">{t('regions.table.status')}</th>
              <th scope="col" className="num">
                {t('regions.table.revision')}
              </th>
              <th scope="col">{t('regions.table.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map(({ region, label, districtLabel, status: rowStatus }) => (
              <tr key={region.id}>
                <th scope="row">
                  <Link to={`/regions/${encodeURIComponent(region.code)}`}>{label}</Link>
                </th>
                <td>
                  <code>{region.code}</code>
                </td>
                <td>{districtLabel}</td>
                <td>
                  <StatusBadge status={rowStatus} />
                </td>
                <td className="num">{region.strategy ? region.strategy.revision : t('common.notSet')}</td>
                <td>{formatDate(region.strategy?.deadline, lang) ?? t('common.notSet')}</td>
              </tr>
            ))}
            {visible.length === 0 && (
              <tr>
                <td colSpan={6}>{t('regions.empty')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
