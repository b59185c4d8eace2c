import { useTranslation } from '../../../shared/i18n/react';
import { useFileDownload } from '../../../shared/download/useFileDownload';
import { BusyButton } from '../../../shared/ui/BusyButton';

/** The national archive's stable address (the server's GET /opendata/archive.zip). */
export const NATIONAL_ARCHIVE_URL = '/opendata/archive.zip';

/**
 * The national archive on the open-data page: every approved strategy as DOCX plus the CSVs and their descriptor in
 * one ZIP. It is built on request and can take minutes, so the button shows bytes as they arrive and can cancel;
 * the permanent link is for scripts and download managers.
 */
export function NationalArchive() {
  const { t, i18n } = useTranslation();
  const { state, start, cancel } = useFileDownload();
  const busy = state.phase === 'loading';
  const kb = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(n / 1024);
  let status = '';
  if (state.phase === 'loading')
    status = state.received
      ? t('opendata.archive.progress', { received: kb(state.received) })
      : t('opendata.archive.preparing');
  if (state.phase === 'done') status = t('opendata.archive.done', { name: state.name });
  if (state.phase === 'cancelled') status = t('opendata.archive.cancelled');
  return (
    <section aria-labelledby="national-archive-title" className="opendata__archive">
      <h2 id="national-archive-title">{t('opendata.archive.title')}</h2>
      <p>{t('opendata.archive.description')}</p>
      <p className="form-actions">
        <BusyButton
          type="button"
          busy={busy}
          busyLabel={t('opendata.archive.preparing')}
          onClick={() => void start(NATIONAL_ARCHIVE_URL)}
        >
          {t('opendata.archive.download')}
        </BusyButton>
        {busy && (
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('opendata.archive.cancel')}
          </button>
        )}
        <a href={NATIONAL_ARCHIVE_URL} type="application/zip">
          {t('opendata.archive.link')}
        </a>
      </p>
      {state.phase === 'error' ? (
        <div role="alert" className="notice notice--error">
          <p className="notice__title">{t('opendata.archive.errorTitle')}</p>
          <p>{state.status === 503 ? t('opendata.archive.busy') : t('opendata.archive.failed')}</p>
        </div>
      ) : (
        <p role="status" aria-live="polite">
          {status}
        </p>
      )}
    </section>
  );
}
