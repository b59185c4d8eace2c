import { useTranslation } from './i18n/react';
import { BusyButton } from './ui/BusyButton';
import { ErrorNotice } from './ui/ErrorNotice';
import type { Pager } from './pagination';
import './paging.css';

/** "Show more" under a paged list: fetches the next page, shows progress, and says why when it fails. */
export function ShowMore({ pager, label }: { pager: Pager; label?: string }) {
  const { t } = useTranslation();
  if (!pager.hasMore) return null;
  return (
    <div className="show-more">
      {pager.error !== null && <ErrorNotice error={pager.error} title={t('paging.failed')} />}
      <BusyButton
        type="button"
        className="button button--secondary"
        busy={pager.loading}
        busyLabel={t('paging.loading')}
        onClick={() => void pager.loadMore()}
      >
        {label ?? t('paging.showMore')}
      </BusyButton>
    </div>
  );
}

/** For lists fetched whole page by page: progress while pages arrive, and the error with a retry. */
export function PagingStatus({ pager, count }: { pager: Pager; count: number }) {
  const { t } = useTranslation();
  if (pager.error !== null)
    return <ErrorNotice error={pager.error} title={t('paging.failed')} onRetry={() => void pager.loadMore()} />;
  if (!pager.hasMore) return null;
  return (
    <p role="status" aria-live="polite" className="loading">
      <span className="spinner" aria-hidden="true" /> {t('paging.loadingAll', { loaded: count })}
    </p>
  );
}
