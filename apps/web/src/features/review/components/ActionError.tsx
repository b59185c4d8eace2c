import { useTranslation } from 'react-i18next';
import { graphQLErrors } from '../../../shared/errors';

/** Why an action failed: the server's message with its code (e.g. INVALID_TRANSITION), announced at once. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errors = graphQLErrors(error);
  const messages = errors.length
    ? errors.map((e) => {
        const code = e.extensions?.['code'];
        const known = typeof code === 'string' ? t(`review.errorCode.${code}`, { defaultValue: '' }) : '';
        return `${known ? `${known} ` : ''}${e.message}${code ? ` (${String(code)})` : ''}`;
      })
    : [error instanceof Error ? error.message : String(error)];
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{t('review.actionFailed')}</p>
      <ul className="notice__list">
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
