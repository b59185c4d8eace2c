import { useTranslation } from '../i18n/react';
import { NavLink } from 'react-router';

/** Links between the rating screens. */
export function RatingsNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('ratings.nav.label')} className="ratings-nav">
      <NavLink to="/ratings" end>
        {t('ratings.nav.rating')}
      </NavLink>{' '}
      · <NavLink to="/ratings/maturity">{t('ratings.nav.maturity')}</NavLink> ·{' '}
      <NavLink to="/ratings/maturity-return">{t('ratings.report.link')}</NavLink> ·{' '}
      <NavLink to="/ratings/methodologies">{t('ratings.nav.methodologies')}</NavLink> ·{' '}
      <NavLink to="/registry">{t('ratings.nav.registry')}</NavLink> ·{' '}
      <NavLink to="/ratings/admin">{t('ratings.nav.admin')}</NavLink>
    </nav>
  );
}
