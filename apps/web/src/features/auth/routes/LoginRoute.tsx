import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql, useFragment as unmask } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { Loading } from '../../../shared/Loading';
import { firstServerError } from '../serverError';
import { homeOf, safeNext, useMe, UserMenu_user } from '../../../shared/session/useMe';
import '../auth.css';

export const LoginMutation = graphql(`
  mutation LoginMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      ...UserMenu_user
    }
  }
`);

/** `/login`: email and password. Wrong credentials and the rate limit both show the server's message. */
export function LoginRoute() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { me, loading: meLoading } = useMe();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<{ code: string | null; message: string } | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFailure(null);
    try {
      const result = await login({ variables: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') } });
      const user = result.data?.login ? unmask(UserMenu_user, result.data.login) : null;
      // The session cookie now travels with every request: refetch what was loaded anonymously.
      await client.resetStore();
      void navigate(next ?? (user ? homeOf(user) : '/'), { replace: true });
    } catch (error) {
      setFailure(firstServerError(error));
      emailRef.current?.focus();
    }
  }

  if (meLoading) return <Loading />;

  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">{t('auth.login.title')}</h1>
      {me && (
        <p className="notice">
          {t('auth.login.already', { name: me.name })} <Link to={next ?? homeOf(me)}>{t('auth.login.continue')}</Link>
        </p>
      )}
      {next && !me && <p className="lead">{t('auth.login.needed')}</p>}
      <form className="login__form" onSubmit={(e) => void onSubmit(e)} aria-describedby={failure ? errorId : undefined} noValidate>
        <div className="field">
          <label htmlFor="login-email">{t('auth.login.email')}</label>
          <input ref={emailRef} id="login-email" name="email" type="email" autoComplete="username" required autoFocus aria-invalid={failure ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.login.password')}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required aria-invalid={failure ? true : undefined} />
        </div>
        <div role="alert" id={errorId} className={failure ? 'notice notice--error' : undefined}>
          {failure && (
            <>
              <p className="notice__title">
                {t(failure.code === 'FORBIDDEN' ? 'auth.login.rateLimited' : failure.code === 'UNAUTHENTICATED' ? 'auth.login.wrong' : 'auth.login.failed')}
              </p>
              <p>{failure.message}</p>
            </>
          )}
        </div>
        <BusyButton type="submit" busy={loading} busyLabel={t('auth.login.busy')}>
          {t('auth.login.submit')}
        </BusyButton>
      </form>
    </section>
  );
}
