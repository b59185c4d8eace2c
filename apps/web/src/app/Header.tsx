import { lazy, Suspense } from 'react';
import { useTranslation } from '../shared/i18n/react';
import { Link, NavLink } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useMe } from '../shared/session/useMe';
import { withTexts } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

// Only a signed-in user has a bell: an anonymous visitor's first page never fetches its code.
const NotificationBell = lazy(
  withTexts(() =>
    import('../features/notifications/components/NotificationBell').then((m) => ({ default: m.NotificationBell })),
  ),
);

export function Header() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <header className="header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link to="/" className="header__brand">
        <span className="header__name">{t('app.name')}</span>
        <span className="header__tagline">{t('app.tagline')}</span>
      </Link>
      <nav aria-label={t('app.nav.label')} className="header__nav">
        <NavLink to="/" end className="header__link">
          {t('app.nav.regions')}
        </NavLink>
        <NavLink to="/ratings" className="header__link">
          {t('app.nav.ratings')}
        </NavLink>
        <NavLink to="/gostech" className="header__link">
          {t('gostech.navLabel')}
        </NavLink>
        <NavLink to="/progress" className="header__link">
          {t('progress.navLabel')}
        </NavLink>
        <NavLink to="/mszu" className="header__link">
          {t('mszu.navLabel')}
        </NavLink>
        <NavLink to="/opendata" className="header__link">
          {t('app.nav.opendata')}
        </NavLink>
        {/* A full page load: the server serves the bundled GraphiQL (ide.html) on GET /graphql. */}
        <a href="/graphql" className="header__link">
          {t('app.nav.graphqlIde')}
        </a>
      </nav>
      {me && (
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
      )}
      <UserMenu />
      <LanguageSwitch />
    </header>
  );
}
