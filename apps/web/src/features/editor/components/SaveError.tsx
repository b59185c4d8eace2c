import { useTranslation } from 'react-i18next';
import { graphQLErrors } from '../../../shared/errors';

/** A failed save: the server's message and code, never swallowed. */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = graphQLErrors(error);
  const messages =
    details.length > 0
      ? details.map((e) => (e.extensions?.['code'] ? `${e.message} (${String(e.extensions['code'])})` : e.message))
      : [error instanceof Error ? error.message : String(error)];
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{t('editor.saveFailed')}</p>
      <ul className="notice__list">
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
