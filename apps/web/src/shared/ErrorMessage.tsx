import { useTranslation } from 'react-i18next';
import { graphQLErrors } from './errors';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
  /** The heading; "could not load the data" by default (a failed save says so instead). */
  title?: string;
}

/** Shows what went wrong, with the server's message; errors are never swallowed. */
export function ErrorMessage({ error, onRetry, title }: ErrorMessageProps) {
  const { t } = useTranslation();
  const details = graphQLErrors(error);
  const messages =
    details.length > 0
      ? details.map((e) => (e.extensions?.['code'] ? `${e.message} (${String(e.extensions['code'])})` : e.message))
      : [error instanceof Error ? error.message : String(error)];
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title ?? t('common.errorTitle')}</p>
      <ul className="notice__list">
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
