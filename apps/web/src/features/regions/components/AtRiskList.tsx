import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { DisplayStatus } from '../../../shared/status';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { deadlineInfo } from '../deadlineInfo';
import { DeadlineText } from './DeadlineText';

export const AtRiskList_overview = graphql(`
  fragment AtRiskList_overview on Overview {
    riskDays
    late
    atRisk {
      id
      code
      name
      nameEn
      federalDistrict
      strategy {
        id
        status
        daysLeft
        daysLate
      }
      strategyInForce {
        id
        status
        daysLeft
        daysLate
      }
    }
  }
`);

/** The most urgent regions shown before "show all". */
const COLLAPSED_COUNT = 10;

/**
 * Regions that have not submitted and whose deadline is near or passed, most urgent first
 * (the server's order), limited to the chosen federal district.
 */
export function AtRiskList(props: { overview: FragmentType<typeof AtRiskList_overview>; district: string }) {
  const overview = useFragment(AtRiskList_overview, props.overview);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [expanded, setExpanded] = useState(false);
  const regions = props.district
    ? overview.atRisk.filter((r) => r.federalDistrict === props.district)
    : overview.atRisk;
  const shown = expanded ? regions : regions.slice(0, COLLAPSED_COUNT);
  return (
    <section className="at-risk" aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">
        {t('overview.atRisk.title')} <span className="muted">({regions.length})</span>
      </h2>
      <p className="muted">{t('overview.atRisk.explain', { days: overview.riskDays })}</p>
      {regions.length === 0 ? (
        <p>{t('overview.atRisk.none')}</p>
      ) : (
        <ul className="at-risk__list">
          {shown.map((region) => {
            // The server ranks regions by the edition it shows (in force while an amendment is in work).
            const strategy = region.strategyInForce ?? region.strategy;
            return (
              <li key={region.id}>
                <Link to={`/regions/${encodeURIComponent(region.code)}`}>
                  {lang === 'en' ? region.nameEn : region.name}
                </Link>{' '}
                <StatusBadge status={(strategy?.status ?? 'NONE') as DisplayStatus} />{' '}
                <DeadlineText info={deadlineInfo(strategy)} />
              </li>
            );
          })}
        </ul>
      )}
      {regions.length > COLLAPSED_COUNT && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('overview.atRisk.showFewer') : t('overview.atRisk.showAll', { count: regions.length })}
        </button>
      )}
    </section>
  );
}
