import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql, useFragment as unmask } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { Loading } from '../../../shared/Loading';
import { codeSentence } from '../../../shared/serverErrors';
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
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { me, loading: meLoading } = useMe();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<{ code: string | null; message: string } | null>(null);
  // Empty fields are said to be empty (checked here), never reported as a wrong password.
  const [missing, setMissing] = useState<{ email: boolean; password: boolean }>({ email: false, password: false });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFailure(null);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const empty = { email: email === '', password: password === '' };
    setMissing(empty);
    if (empty.email || empty.password) {
      (empty.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    try {
      const result = await login({ variables: { email, password } });
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
      <form
        className="login__form"
        onSubmit={(e) => void onSubmit(e)}
        aria-describedby={failure ? errorId : undefined}
        noValidate
      >
        <div className="field">
          <label htmlFor="login-email">{t('auth.login.email')}</label>
          <input
            ref={emailRef}
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            aria-invalid={failure || missing.email ? true : undefined}
            aria-describedby={missing.email ? 'login-email-required' : undefined}
          />
          {missing.email && (
            <p id="login-email-required" className="login__field-error">
              {t('auth.login.emailRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.login.password')}</label>
          <input
            ref={passwordRef}
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={failure || missing.password ? true : undefined}
            aria-describedby={missing.password ? 'login-password-required' : undefined}
          />
          {missing.password && (
            <p id="login-password-required" className="login__field-error">
              {t('auth.login.passwordRequired')}
            </p>
          )}
        </div>
        <div
          role="alert"
          id={errorId}
          className={failure || missing.email || missing.password ? 'notice notice--error' : undefined}
        >
          {(missing.email || missing.password) && <p className="notice__title">{t('auth.login.required')}</p>}
          {failure && (
            <>
              <p className="notice__title">
                {t(
                  failure.code === 'FORBIDDEN'
                    ? 'auth.login.rateLimited'
                    : failure.code === 'UNAUTHENTICATED'
                      ? 'auth.login.wrong'
                      : 'auth.login.failed',
                )}
              </p>
              {/* The title says it for the two known refusals; otherwise the code's sentence (the server's only when unknown). */}
              {failure.code !== 'FORBIDDEN' && failure.code !== 'UNAUTHENTICATED' && (
                <p>{(failure.code && codeSentence(t, (key) => i18n.exists(key), failure.code)) ?? failure.message}</p>
              )}
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
