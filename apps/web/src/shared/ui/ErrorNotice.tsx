import { useTranslation } from '../i18n/react';
import { graphQLErrors } from '../errors';

/** What the failed thing was; it picks the heading and whether error codes are explained in words. */
export type ErrorKind = 'load' | 'save' | 'action';

const TITLE_KEY: Record<ErrorKind, string> = {
  load: 'common.errorTitle',
  save: 'editor.saveFailed',
  action: 'review.actionFailed',
};

interface ErrorNoticeProps {
  error: unknown;
  /** `load` (default): could not load the data; `save`: a failed save; `action`: a refused workflow action. */
  kind?: ErrorKind;
  /** A heading of its own instead of the kind's. */
  title?: string;
  onRetry?: () => void;
}

/**
 * The one error component: what went wrong, with the server's message and code, announced at once.
 * A refused action also says in words what its code means (e.g. INVALID_TRANSITION). Never swallowed.
 */
export function ErrorNotice({ error, kind = 'load', title, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const details = graphQLErrors(error);
  const messages =
    details.length > 0
      ? details.map((e) => {
          const code = e.extensions?.['code'];
          const known =
            kind === 'action' && typeof code === 'string' ? t(`review.errorCode.${code}`, { defaultValue: '' }) : '';
          return `${known ? `${known} ` : ''}${e.message}${code ? ` (${String(code)})` : ''}`;
        })
      : [error instanceof Error ? error.message : String(error)];
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title ?? t(TITLE_KEY[kind])}</p>
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
