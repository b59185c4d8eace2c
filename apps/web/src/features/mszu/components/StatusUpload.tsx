import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { downloadBase64Xlsx, readFileAsBase64 } from '../model/months';
import { ExportMszuStatusesQuery, ImportMszuStatusesMutation } from '../model/mutations';
import { RuleErrors } from './RuleErrors';

type Report = {
  dryRun: boolean;
  rows: number;
  changes: number;
  errors: readonly { row: number; column: string; field: string; rule: string; message: string }[];
};

/** Download the region's statuses as XLSX; upload an edited file: a dry run first (errors by row and column), then the import. */
export function StatusUpload({ regionCode, onImported }: { regionCode: string; onImported: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [runImport, { loading }] = useMutation(ImportMszuStatusesMutation);
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busyExport, setBusyExport] = useState(false);

  async function choose(list: FileList | null) {
    const chosen = list?.[0];
    if (!chosen) return;
    setFailure(null);
    setReport(null);
    try {
      const base64 = await readFileAsBase64(chosen);
      setFile(base64);
      const res = await runImport({ variables: { regionCode, file: base64, dryRun: true } });
      setReport(res.data?.importMszuStatuses ?? null);
    } catch (e) {
      setFailure(e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function confirm() {
    if (!file) return;
    try {
      const res = await runImport({ variables: { regionCode, file, dryRun: false } });
      setReport(res.data?.importMszuStatuses ?? null);
      setFile(null);
      onImported();
    } catch (e) {
      setFailure(e);
    }
  }

  async function download() {
    setBusyExport(true);
    try {
      const { data, error } = await client.query({
        query: ExportMszuStatusesQuery,
        variables: { regionCode },
        fetchPolicy: 'no-cache',
      });
      if (error || !data) throw error ?? new Error('empty');
      downloadBase64Xlsx(data.exportMszuStatuses, `mszu-${regionCode}.xlsx`);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusyExport(false);
    }
  }

  return (
    <section className="mszu-upload" aria-labelledby="mszu-upload-title">
      <h2 id="mszu-upload-title">{t('mszu.upload.title')}</h2>
      <BusyButton
        type="button"
        className="button button--secondary"
        busy={busyExport}
        busyLabel={t('mszu.upload.exporting')}
        onClick={() => void download()}
      >
        {t('mszu.upload.export')}
      </BusyButton>{' '}
      <label htmlFor={inputId}>{t('mszu.upload.choose')}</label>{' '}
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        accept=".xlsx"
        onChange={(e) => void choose(e.target.files)}
        disabled={loading}
      />
      {loading && <p role="status">{t('mszu.upload.checking')}</p>}
      {report && report.errors.length > 0 && (
        <RuleErrors details={report.errors} title={t('mszu.upload.errors', { count: report.errors.length })} />
      )}
      {report && report.errors.length === 0 && (
        <p role="status" className="notice">
          {report.dryRun
            ? t('mszu.upload.dryRunOk', { rows: report.rows, changes: report.changes })
            : t('mszu.upload.done', { changes: report.changes })}
        </p>
      )}
      {report?.dryRun && report.errors.length === 0 && file && (
        <BusyButton
          type="button"
          className="button"
          busy={loading}
          busyLabel={t('mszu.upload.importing')}
          onClick={() => void confirm()}
        >
          {t('mszu.upload.confirm', { count: report.changes })}
        </BusyButton>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}
