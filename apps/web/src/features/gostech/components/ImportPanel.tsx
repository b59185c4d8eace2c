import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { ImportInformationSystemsMutation } from '../gostechMutations';
import { readFileAsBase64 } from '../model/files';
import type { PlanWrite } from '../model/usePlanWrite';
import { ImportReport, type ImportReportData } from './ImportReport';

type Stage = 'idle' | 'reading' | 'checking' | 'importing';

/**
 * Importing the inventory from a spreadsheet: choosing a file runs a dry run at once and shows its
 * report; a file with bad rows is fixed and chosen again; a clean one is imported on confirmation,
 * after a warning about the systems the import would remove (the file is the whole inventory).
 */
export function ImportPanel({ write }: { write: PlanWrite }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [runImport] = useMutation(ImportInformationSystemsMutation);
  const [stage, setStage] = useState<Stage>('idle');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  async function check(chosen: { name: string; base64: string }) {
    setStage('checking');
    setFailure(null);
    setConflict(null);
    setReport(null);
    const result = await write((planId, version) =>
      runImport({ variables: { planId, version, file: chosen.base64, dryRun: true } }),
    );
    setStage('idle');
    if (result.kind === 'ok') setReport(result.data.data?.importInformationSystems ?? null);
    else if (result.kind === 'conflict') setConflict(result.message);
    else if (result.kind === 'invalid') setFailure(new Error(result.errors.map((e) => e.message).join(' ')));
    else setFailure(result.error);
  }

  async function choose(list: FileList | null) {
    const chosen = list?.[0];
    if (!chosen) return;
    setStage('reading');
    setReport(null);
    try {
      const next = { name: chosen.name, base64: await readFileAsBase64(chosen) };
      setFile(next);
      await check(next);
    } catch (error) {
      setStage('idle');
      setFailure(error);
    } finally {
      // Choosing the same (corrected) file again must fire `change` again.
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function apply() {
    if (!file) return;
    setStage('importing');
    setFailure(null);
    setConflict(null);
    const result = await write((planId, version) =>
      runImport({ variables: { planId, version, file: file.base64, dryRun: false } }),
    );
    setStage('idle');
    if (result.kind === 'ok') {
      setReport(result.data.data?.importInformationSystems ?? null);
      setFile(null);
    } else if (result.kind === 'conflict') {
      setReport(null);
      setConflict(result.message);
    } else if (result.kind === 'invalid') {
      setReport(null);
      setFailure(new Error(result.message));
    } else setFailure(result.error);
  }

  const busy = stage !== 'idle';
  const ready = report && !report.applied && report.errors.length === 0 && file;
  return (
    <section className="import-panel" aria-labelledby="gostech-import-title">
      <h2 id="gostech-import-title">{t('gostech.import.title')}</h2>
      <p id={hintId} className="muted">
        {t('gostech.import.hint')}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('gostech.import.file')}</label>
        <input
          ref={fileInput}
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(e) => void choose(e.target.files)}
        />
      </div>
      {file && <p className="muted">{t('gostech.import.chosen', { name: file.name })}</p>}
      <p role="status" aria-live="polite" className="import-panel__progress">
        {stage === 'reading' && t('gostech.import.reading')}
        {stage === 'checking' && t('gostech.import.checking')}
        {stage === 'importing' && t('gostech.import.importing')}
      </p>
      {conflict && (
        <p role="alert" className="notice notice--error">
          {t('gostech.import.conflict')} <span className="muted">{conflict}</span>
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} title={t('gostech.import.failed')} />}
      {report && <ImportReport report={report} />}
      {report && !report.applied && report.errors.length > 0 && <p>{t('gostech.import.fixAndRetry')}</p>}
      {ready && report.removed.length > 0 && (
        <p role="alert" className="notice notice--error">
          {t('gostech.import.removeWarning', { count: report.removed.length })}
        </p>
      )}
      <div className="actions">
        {ready && (
          <BusyButton
            type="button"
            busy={stage === 'importing'}
            busyLabel={t('gostech.import.importing')}
            disabled={busy}
            onClick={() => void apply()}
          >
            {t('gostech.import.confirm', { count: report.rows })}
          </BusyButton>
        )}
        {file && (
          <BusyButton
            type="button"
            className="button button--secondary"
            busy={stage === 'checking'}
            busyLabel={t('gostech.import.checking')}
            disabled={busy}
            onClick={() => void check(file)}
          >
            {t('gostech.import.recheck')}
          </BusyButton>
        )}
      </div>
    </section>
  );
}
