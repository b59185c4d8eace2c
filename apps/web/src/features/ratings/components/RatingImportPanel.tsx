import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { downloadBase64Xlsx, readFileAsBase64 } from '../../../shared/files/xlsx';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

const Workbook = graphql(`
  query RatingInputsWorkbook($period: String!) {
    ratingInputsWorkbook(period: $period)
  }
`);
const Import = graphql(`
  mutation ImportRatingInputs($period: String!, $file: String!, $dryRun: Boolean!) {
    importRatingInputs(period: $period, file: $file, dryRun: $dryRun) {
      dryRun
      rows
      changes
      errors {
        row
        column
        field
        rule
        message
      }
    }
  }
`);

type Report = {
  dryRun: boolean;
  rows: number;
  changes: number;
  errors: readonly { row: number; column: string; rule: string; message: string }[];
};

/** A month's inputs as XLSX: download, edit, upload — a dry run first (problems by row and column), then the import. */
export function RatingImportPanel({ period, onImported }: { period: string; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [runImport, { loading }] = useMutation(Import);
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(e);
    }
  };
  const choose = (list: FileList | null) =>
    attempt(async () => {
      const chosen = list?.[0];
      if (!chosen) return;
      setReport(null);
      const base64 = await readFileAsBase64(chosen);
      setFile(base64);
      if (fileInput.current) fileInput.current.value = '';
      const res = await runImport({ variables: { period, file: base64, dryRun: true } });
      setReport(res.data?.importRatingInputs ?? null);
    });
  const confirm = () =>
    attempt(async () => {
      const res = await runImport({ variables: { period, file: file!, dryRun: false } });
      setReport(res.data?.importRatingInputs ?? null);
      setFile(null);
      onImported();
    });
  const download = () =>
    attempt(async () => {
      setExporting(true);
      try {
        const { data, error } = await client.query({ query: Workbook, variables: { period }, fetchPolicy: 'no-cache' });
        if (error || !data) throw error ?? new Error('empty');
        downloadBase64Xlsx(data.ratingInputsWorkbook, `rating-inputs-${period}.xlsx`);
      } finally {
        setExporting(false);
      }
    });

  return (
    <section aria-labelledby="rating-import-title" className="rating-admin-form">
      <h2 id="rating-import-title">{t('ratings.import.title', { period })}</h2>
      <BusyButton
        type="button"
        busy={exporting}
        busyLabel={t('ratings.import.exporting')}
        onClick={() => void download()}
      >
        {t('ratings.import.export')}
      </BusyButton>{' '}
      <label htmlFor={inputId}>{t('ratings.import.choose')}</label>{' '}
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        accept=".xlsx"
        disabled={loading}
        onChange={(e) => void choose(e.target.files)}
      />
      {loading && <p role="status">{t('ratings.import.checking')}</p>}
      {report && report.errors.length > 0 && (
        <div role="alert" className="notice notice--error">
          <p className="notice__title">{t('ratings.import.errors', { count: report.errors.length })}</p>
          <ul className="notice__list">
            {report.errors.map((e, i) => (
              <li key={i}>
                {t('ratings.import.at', { row: e.row, column: e.column })}{' '}
                {i18n.exists(`ratings.import.rules.${e.rule}`) ? t(`ratings.import.rules.${e.rule}`) : e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report && report.errors.length === 0 && (
        <p role="status" className="notice">
          {report.dryRun
            ? t('ratings.import.dryRunOk', { rows: report.rows, changes: report.changes })
            : t('ratings.import.done', { changes: report.changes })}
        </p>
      )}
      {report?.dryRun && report.errors.length === 0 && file && (
        <BusyButton
          type="button"
          busy={loading}
          busyLabel={t('ratings.import.importing')}
          onClick={() => void confirm()}
        >
          {t('ratings.import.confirm', { count: report.changes })}
        </BusyButton>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
    </section>
  );
}
