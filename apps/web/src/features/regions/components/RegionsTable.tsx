import { useMemo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatDate } from '../../../shared/format';
import { STATUS_ORDER, type DisplayStatus } from '../../../shared/status';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { deadlineInfo, deadlineUrgency } from '../deadlineInfo';
import type { SortDir, SortKey } from '../overviewParams';
import { DeadlineText } from './DeadlineText';

export const RegionsTable_region = graphql(`
  fragment RegionsTable_region on Region {
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
      daysLeft
      daysLate
      openRemarks
      lastActivityAt
    }
    strategyInForce {
      id
      status
      revision
      deadline
      daysLeft
      daysLate
      openRemarks
      lastActivityAt
      openAmendment {
        id
        edition
        status
      }
    }
  }
`);

interface RegionsTableProps {
  regions: readonly FragmentType<typeof RegionsTable_region>[];
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
}

const COLUMNS: readonly { key: SortKey; numeric?: boolean }[] = [
  { key: 'region' },
  { key: 'code' },
  { key: 'district' },
  { key: 'status' },
  { key: 'revision', numeric: true },
  { key: 'deadline' },
  { key: 'remarks', numeric: true },
  { key: 'activity' },
];

/**
 * The regions as a table sorted by any column: a button in each header toggles the order, and
 * `aria-sort` tells screen readers which column sorts the rows and how.
 */
export function RegionsTable(props: RegionsTableProps) {
  const regions = useFragment(RegionsTable_region, props.regions);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { sort, dir, onSort } = props;

  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang === 'en' ? 'en' : 'ru', { numeric: true });
    const list = regions.map((region) => {
      // The edition in force while an amendment is in work; otherwise the only edition.
      const strategy = region.strategyInForce ?? region.strategy;
      const status = (strategy?.status ?? 'NONE') as DisplayStatus;
      const deadline = deadlineInfo(strategy);
      // The amendment in work beside the edition in force (a reviewer must see one that waits for review).
      const amendment = region.strategyInForce?.openAmendment ?? null;
      return {
        region,
        strategy,
        amendment,
        status,
        deadline,
        label: lang === 'en' ? region.nameEn : region.name,
        districtLabel: lang === 'en' ? region.federalDistrictNameEn : region.federalDistrictName,
      };
    });
    type Row = (typeof list)[number];
    const byLabel = (a: Row, b: Row) => collator.compare(a.label, b.label);
    const compareBy: Record<SortKey, (a: Row, b: Row) => number> = {
      region: byLabel,
      code: (a, b) => collator.compare(a.region.code, b.region.code),
      district: (a, b) => collator.compare(a.districtLabel, b.districtLabel),
      status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
      revision: (a, b) => (a.strategy?.revision ?? -1) - (b.strategy?.revision ?? -1),
      deadline: (a, b) => deadlineUrgency(a.deadline) - deadlineUrgency(b.deadline),
      remarks: (a, b) => (a.strategy?.openRemarks ?? -1) - (b.strategy?.openRemarks ?? -1),
      activity: (a, b) => (a.strategy?.lastActivityAt ?? '').localeCompare(b.strategy?.lastActivityAt ?? ''),
    };
    const sign = dir === 'asc' ? 1 : -1;
    // Ties keep the alphabetical order of names whichever way the column sorts.
    return list.sort((a, b) => sign * compareBy[sort](a, b) || byLabel(a, b));
  }, [regions, lang, sort, dir]);

  const ariaSort = (key: SortKey) => (key === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <div className="table-scroll">
      <table className="table overview-table">
        <caption className="visually-hidden">{t('regions.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, numeric }) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)} className={numeric ? 'num' : undefined}>
                <button type="button" className="sort-button" onClick={() => onSort(key)}>
                  {t(`regions.table.${key}`)}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {key === sort ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ region, strategy, amendment, label, districtLabel, status, deadline }) => (
            <tr key={region.id}>
              <th scope="row">
                <Link to={`/regions/${encodeURIComponent(region.code)}`}>{label}</Link>
              </th>
              <td>
                <code className="nowrap">{region.code}</code>
              </td>
              <td>{districtLabel}</td>
              <td>
                <StatusBadge status={status} />
                {amendment && (
                  <>
                    <br />
                    <Link
                      className="nowrap"
                      to={`/regions/${encodeURIComponent(region.code)}${amendment.status === 'SUBMITTED' ? '/review' : ''}`}
                    >
                      {t('regions.table.amendment', {
                        edition: amendment.edition,
                        status: t(`status.${amendment.status}`),
                      })}
                    </Link>
                  </>
                )}
              </td>
              <td className="num">{strategy ? strategy.revision : t('common.notSet')}</td>
              <td>
                {strategy ? (
                  <>
                    <span className="nowrap">{formatDate(strategy.deadline, lang)}</span>
                    <br />
                    <DeadlineText info={deadline} />
                  </>
                ) : (
                  t('common.notSet')
                )}
              </td>
              <td className="num">{strategy?.openRemarks ?? t('common.notSet')}</td>
              <td>{formatDate(strategy?.lastActivityAt, lang) ?? t('common.notSet')}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length}>{t('regions.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
