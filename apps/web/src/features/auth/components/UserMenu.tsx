import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { firstServerError } from '../serverError';
import { useMe } from '../../../shared/session/useMe';
import '../auth.css';

export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout
  }
`);

/** The header's account area: who is signed in (name, role, region) and sign-out; or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [logout, { loading: leaving }] = useMutation(LogoutMutation);
  const [failure, setFailure] = useState<string | null>(null);

  if (loading) return null;
  if (!me) {
    if (location.pathname === '/login') return null;
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Link className="header__link user-menu__signin" to={`/login?next=${next}`}>
        {t('auth.menu.signIn')}
      </Link>
    );
  }

  async function onLogout() {
    setFailure(null);
    try {
      await logout();
      await client.resetStore();
      void navigate('/');
    } catch (error) {
      setFailure(firstServerError(error).message);
    }
  }

  return (
    <div className="user-menu" aria-label={t('auth.menu.label')} role="group">
      <span className="user-menu__who">
        <span className="user-menu__name">{me.name}</span>
        <span className="user-menu__role">
          {t(`auth.role.${me.role}`)}
          {me.region ? ` · ${me.region.code}` : ''}
        </span>
      </span>
      {me.role === 'REGIONAL_EDITOR' && me.region && (
        <Link className="header__link" to={`/regions/${me.region.code}/edit`}>
          {t('auth.menu.myStrategy')}
        </Link>
      )}
      {me.role === 'ADMIN' && (
        <Link className="header__link" to="/admin/users">
          {t('auth.menu.users')}
        </Link>
      )}
      <Link className="header__link" to="/account/tokens">
        {t('auth.menu.tokens')}
      </Link>
      <BusyButton
        type="button"
        className="button button--secondary user-menu__logout"
        busy={leaving}
        busyLabel={t('auth.menu.signingOut')}
        onClick={() => void onLogout()}
      >
        {t('auth.menu.signOut')}
      </BusyButton>
      {failure && (
        <span role="alert" className="user-menu__error">
          {failure}
        </span>
      )}
    </div>
  );
}
