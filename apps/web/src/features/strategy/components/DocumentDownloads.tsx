import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { useFileDownload, type DownloadState } from '../../../shared/download/useFileDownload';

interface DocumentDownloadsProps {
  documents: { docx: string; pdf: string; indicatorsXlsx: string };
}

const FORMATS = ['docx', 'pdf', 'indicatorsXlsx'] as const;

/** Download buttons for the strategy as DOCX and PDF and its indicators as XLSX, with a progress line, cancel, and a readable error. */
export function DocumentDownloads({ documents }: DocumentDownloadsProps) {
  const { t } = useTranslation();
  const { state, start, cancel } = useFileDownload();
  const [format, setFormat] = useState<(typeof FORMATS)[number] | null>(null);
  const busy = state.phase === 'loading';
  return (
    <section aria-labelledby="documents-title" className="documents">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="form-actions">
        {FORMATS.map((f) => (
          <BusyButton
            key={f}
            type="button"
            className="button button--secondary"
            busy={busy && format === f}
            busyLabel={t('documents.preparing')}
            disabled={busy}
            onClick={() => {
              setFormat(f);
              void start(documents[f]);
            }}
          >
            {t(`documents.download.${f}`)}
          </BusyButton>
        ))}
        {busy && (
          <button type="button" className="button" onClick={cancel}>
            {t('documents.cancel')}
          </button>
        )}
      </p>
      <DownloadStatus state={state} />
    </section>
  );
}

function DownloadStatus({ state }: { state: DownloadState }) {
  const { t, i18n } = useTranslation();
  const kb = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(n / 1024);
  if (state.phase === 'error') {
    const reason =
      state.status === 404
        ? t('documents.error.notFound')
        : state.status === 503
          ? t('documents.error.unavailable')
          : t('documents.error.generic');
    return (
      <div role="alert" className="notice notice--error">
        <p className="notice__title">{t('documents.error.title')}</p>
        <p>
          {reason} {state.message && `(${state.message})`}
        </p>
      </div>
    );
  }
  let text = '';
  if (state.phase === 'loading')
    text =
      state.received === 0
        ? t('documents.preparing')
        : state.total
          ? t('documents.progressOf', {
              received: kb(state.received),
              total: kb(state.total),
              percent: Math.round((100 * state.received) / state.total),
            })
          : t('documents.progress', { received: kb(state.received) });
  if (state.phase === 'done') text = t('documents.done', { name: state.name });
  if (state.phase === 'cancelled') text = t('documents.cancelled');
  return (
    <p role="status" aria-live="polite" className="documents__status">
      {text}
    </p>
  );
}
