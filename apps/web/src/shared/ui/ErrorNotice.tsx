import { useTranslation } from '../i18n/react';
import { describeRequestError } from '../serverErrors';

/** What the failed thing was; it picks the heading. */
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
 * The one error component: what went wrong in the interface language (a refusal's rule, the code's sentence, a
 * network failure), the server's own English sentence only as a marked detail, and the code for support;
 * announced at once. Never swallowed.
 */
export function ErrorNotice({ error, kind = 'load', title, onRetry }: ErrorNoticeProps) {
  const { t, i18n } = useTranslation();
  const lines = describeRequestError(t, (key) => i18n.exists(key), error);
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">{title ?? t(TITLE_KEY[kind])}</p>
      <ul className="notice__list">
        {lines.map((line, index) => (
          <li key={index}>
            {line.text}
            {line.code && <span className="notice__code"> ({line.code})</span>}
            {line.detail && (
              <span className="notice__detail">
                {' '}
                {t('common.serverSaid')} <span lang="en">{line.detail}</span>
              </span>
            )}
          </li>
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
