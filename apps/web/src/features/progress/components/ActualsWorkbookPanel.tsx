import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

const ExportActualsWorkbookQuery = graphql(`
  query ExportActualsWorkbookQuery($strategyId: ID!) {
    exportActualsWorkbook(strategyId: $strategyId)
  }
`);

const ImportActualsWorkbookMutation = graphql(`
  mutation ImportActualsWorkbookMutation($strategyId: ID!, $file: String!, $dryRun: Boolean!) {
    importActualsWorkbook(strategyId: $strategyId, file: $file, dryRun: $dryRun) {
      dryRun
      applied
      changes
      errors {
        row
        column
        message
        rule
      }
    }
  }
`);

const toBase64 = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** Bulk entry: download the indicators as XLSX, upload the filled file; a dry run lists every bad row first. */
export function ActualsWorkbookPanel({
  strategyId,
  regionCode,
  onApplied,
}: {
  strategyId: string;
  regionCode: string;
  onApplied: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const inputId = useId();
  const [run] = useMutation(ImportActualsWorkbookMutation);
  const [busy, setBusy] = useState<'download' | 'check' | 'apply' | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<{
    changes: number;
    errors: { row: number; column: string; message: string; rule: string }[];
    applied: boolean;
  } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const text = (e: { rule: string; message: string }) =>
    i18n.exists(`editor.rules.${e.rule}`) ? t(`editor.rules.${e.rule}`, { min: 0, max: 100 }) : e.message;

  async function download() {
    setBusy('download');
    setFailure(null);
    try {
      const res = await client.query({
        query: ExportActualsWorkbookQuery,
        variables: { strategyId },
        fetchPolicy: 'network-only',
      });
      const bytes = Uint8Array.from(atob(res.data?.exportActualsWorkbook ?? ''), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `actuals-${regionCode}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  }

  async function check(chosen: File) {
    setBusy('check');
    setFailure(null);
    setReport(null);
    try {
      const base64 = await toBase64(chosen);
      setFile(base64);
      const res = await run({ variables: { strategyId, file: base64, dryRun: true } });
      setReport(res.data?.importActualsWorkbook ?? null);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  }

  async function apply() {
    if (!file) return;
    setBusy('apply');
    setFailure(null);
    try {
      const res = await run({ variables: { strategyId, file, dryRun: false } });
      setReport(res.data?.importActualsWorkbook ?? null);
      onApplied();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="progress-workbook" aria-label={t('progress.workbook.title')}>
      <h2>{t('progress.workbook.title')}</h2>
      <p>{t('progress.workbook.hint')}</p>
      <BusyButton
        type="button"
        busy={busy === 'download'}
        busyLabel={t('progress.workbook.downloading')}
        onClick={() => void download()}
      >
        {t('progress.workbook.download')}
      </BusyButton>{' '}
      <label htmlFor={inputId}>{t('progress.workbook.upload')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".xlsx"
        disabled={busy !== null}
        onChange={(e) => e.target.files?.[0] && void check(e.target.files[0])}
      />
      {busy === 'check' && <p role="status">{t('progress.workbook.checking')}</p>}
      {failure !== null && <ErrorNotice error={failure} title={t('progress.workbook.failed')} />}
      {report && report.errors.length > 0 && (
        <table>
          <caption>{t('progress.workbook.errors', { count: report.errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.workbook.row')}</th>
              <th scope="col">{t('progress.workbook.column')}</th>
              <th scope="col">{t('progress.workbook.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.row}</td>
                <td>{e.column}</td>
                <td>{text(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && report.errors.length === 0 && !report.applied && (
        <p role="status">
          {t('progress.workbook.valid', { count: report.changes })}{' '}
          <BusyButton
            type="button"
            busy={busy === 'apply'}
            busyLabel={t('progress.workbook.applying')}
            onClick={() => void apply()}
            disabled={report.changes === 0}
          >
            {t('progress.workbook.apply')}
          </BusyButton>
        </p>
      )}
      {report?.applied && <p role="status">{t('progress.workbook.applied', { count: report.changes })}</p>}
    </section>
  );
}
