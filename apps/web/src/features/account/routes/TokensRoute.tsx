import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment as unmask } from '../../../gql';
import type { TokenRow_TokenFragment } from '../../../gql/graphql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { formatDate } from '../../../shared/format';
import { Loading } from '../../../shared/Loading';
import { PAGE_SIZE, usePager } from '../../../shared/pagination';
import { ShowMore } from '../../../shared/ShowMore';
import '../account.css';

export const TokenRow_token = graphql(`
  fragment TokenRow_token on ApiToken {
    id
    label
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const TokensRouteQuery = graphql(`
  query TokensRouteQuery($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      id
      cursor
      ...TokenRow_token
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiTokenMutation($label: String!) {
    createApiToken(label: $label) {
      token
      apiToken {
        id
        ...TokenRow_token
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiTokenMutation($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

type Token = TokenRow_TokenFragment;

/** `/account/tokens`: personal API tokens for scripts — create (the secret is shown once), list, revoke. */
export function TokensRoute() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { data, loading, error, refetch, fetchMore } = useQuery(TokensRouteQuery, { variables: { first: PAGE_SIZE } });
  const pager = usePager(
    data?.apiTokens,
    async (after) => (await fetchMore({ variables: { after } })).data?.apiTokens ?? [],
  );
  const [create, creation] = useMutation(CreateApiTokenMutation);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState(false);
  const [secret, setSecret] = useState<{ label: string; token: string } | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (label.trim() === '') {
      setLabelError(true);
      document.getElementById('token-label')?.focus();
      return;
    }
    try {
      const result = await create({ variables: { label: label.trim() } });
      const created = result.data?.createApiToken;
      if (created) {
        setSecret({ label: unmask(TokenRow_token, created.apiToken).label, token: created.token });
        setCopied(null);
        setLabel('');
        await refetch();
        requestAnimationFrame(() => secretRef.current?.select());
      }
    } catch (e) {
      setFailure(e);
    }
  }

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (insecure context, permissions): the field stays selectable.
      secretRef.current?.select();
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby="tokens-title">
      <h1 id="tokens-title">{t('account.tokens.title')}</h1>
      <p className="lead">{t('account.tokens.intro')}</p>
      <form className="goal-form" aria-labelledby="token-new-title" onSubmit={(e) => void onCreate(e)} noValidate>
        <h2 id="token-new-title" className="goal-form__title">
          {t('account.tokens.create')}
        </h2>
        <div className="field">
          <label htmlFor="token-label">{t('account.tokens.label')}</label>
          <input
            id="token-label"
            value={label}
            aria-invalid={labelError || undefined}
            aria-describedby={labelError ? 'token-label-errors' : undefined}
            onChange={(e) => {
              setLabel(e.target.value);
              setLabelError(false);
            }}
          />
          {labelError && (
            <p id="token-label-errors" className="field-error">
              {t('editor.rules.required')}
            </p>
          )}
        </div>
        {failure !== null && <ErrorNotice kind="save" error={failure} />}
        <div className="actions">
          <BusyButton type="submit" busy={creation.loading} busyLabel={t('account.tokens.creating')}>
            {t('account.tokens.createButton')}
          </BusyButton>
        </div>
      </form>

      {secret && (
        <div className="notice token-secret" role="region" aria-labelledby="token-secret-title">
          <p id="token-secret-title" className="notice__title">
            {t('account.tokens.secretTitle', { label: secret.label })}
          </p>
          <p>{t('account.tokens.secretOnce')}</p>
          <div className="field">
            <label htmlFor="token-secret">{t('account.tokens.secret')}</label>
            <input
              id="token-secret"
              ref={secretRef}
              readOnly
              value={secret.token}
              className="token-secret__value"
              onFocus={(e) => e.target.select()}
            />
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('account.tokens.copy')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setSecret(null)}>
              {t('account.tokens.done')}
            </button>
            <span role="status">
              {copied === 'yes'
                ? t('account.tokens.copied')
                : copied === 'failed'
                  ? t('account.tokens.copyFailed')
                  : ''}
            </span>
          </div>
        </div>
      )}

      <h2>{t('account.tokens.list')}</h2>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && data.apiTokens.length === 0 && <p>{t('account.tokens.none')}</p>}
      {data && data.apiTokens.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('account.tokens.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.tokens.label')}</th>
                <th scope="col">{t('account.tokens.createdAt')}</th>
                <th scope="col">{t('account.tokens.expiresAt')}</th>
                <th scope="col">{t('account.tokens.lastUsedAt')}</th>
                <th scope="col">{t('account.tokens.state')}</th>
              </tr>
            </thead>
            <tbody>
              {data.apiTokens.map((token) => (
                <TokenRow
                  key={token.id}
                  token={unmask(TokenRow_token, token)}
                  lang={lang}
                  onRevoked={() => void refetch()}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore pager={pager} />
    </section>
  );
}

function TokenRow({ token, lang, onRevoked }: { token: Token; lang: string; onRevoked(): void }) {
  const { t } = useTranslation();
  const [revoke, { loading }] = useMutation(RevokeApiTokenMutation);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  async function onRevoke() {
    setFailure(null);
    try {
      await revoke({ variables: { id: token.id } });
      setConfirming(false);
      onRevoked();
    } catch (e) {
      setFailure(e);
    }
  }
  return (
    <tr>
      <th scope="row">{token.label}</th>
      <td>{formatDate(token.createdAt, lang)}</td>
      <td>{formatDate(token.expiresAt, lang)}</td>
      <td>{formatDate(token.lastUsedAt, lang) ?? t('account.tokens.never')}</td>
      <td>
        {token.revokedAt ? (
          t('account.tokens.revokedOn', { date: formatDate(token.revokedAt, lang) })
        ) : (
          <button type="button" className="button button--danger button--small" onClick={() => setConfirming(true)}>
            {t('account.tokens.revoke')}
            <span className="visually-hidden"> «{token.label}»</span>
          </button>
        )}
        {confirming && (
          <ConfirmDialog
            title={t('account.tokens.confirm', { label: token.label })}
            confirmLabel={t('account.tokens.confirmYes')}
            busyLabel={t('account.tokens.revoking')}
            busy={loading}
            error={failure}
            danger
            onConfirm={() => void onRevoke()}
            onCancel={() => {
              setConfirming(false);
              setFailure(null);
            }}
          />
        )}
      </td>
    </tr>
  );
}
