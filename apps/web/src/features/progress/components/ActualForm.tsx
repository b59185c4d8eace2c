import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { fieldProblems, type FieldProblem } from '../model/fieldErrors';

export const ReportActualMutation = graphql(`
  mutation ReportActualMutation(
    $indicatorId: ID!
    $year: Int!
    $value: Float!
    $note: String
    $source: String
    $expectedVersion: Int
  ) {
    reportActual(
      indicatorId: $indicatorId
      year: $year
      value: $value
      note: $note
      source: $source
      expectedVersion: $expectedVersion
    ) {
      id
      actuals {
        year
        value
      }
    }
  }
`);

interface Props {
  indicatorId: string;
  indicatorName: string;
  year: number;
  /** The version of the current actual for the year (0 when none): a stale correction is refused. */
  currentVersion: number;
  currentValue: number | null;
  onSaved: () => void;
}

/** Reporting (or correcting) an indicator's actual for the year, with field errors next to the fields. */
export function ActualForm({ indicatorId, indicatorName, year, currentVersion, currentValue, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const ids = { value: useId(), note: useId(), source: useId(), err: useId() };
  const [value, setValue] = useState(currentValue === null ? '' : String(currentValue));
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [report, { loading }] = useMutation(ReportActualMutation);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.text;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setProblems([]);
    setFailure(null);
    setConflict(false);
    const number = Number(value.replace(',', '.').trim());
    if (value.trim() === '' || !Number.isFinite(number)) {
      setProblems([{ field: 'value', text: t('editor.rules.actual_not_finite') }]);
      return;
    }
    try {
      await report({
        variables: {
          indicatorId,
          year,
          value: number,
          note: note || null,
          source: source || null,
          expectedVersion: currentVersion,
        },
      });
      onSaved();
    } catch (error) {
      const { code, problems: found } = fieldProblems(error, t, (k) => i18n.exists(k));
      if (code === 'CONFLICT') setConflict(true);
      else if (found.length > 0) setProblems(found);
      else setFailure(error);
    }
  }

  const valueError = problemOf('value') ?? problemOf('year');
  return (
    <form
      className="actual-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('progress.form.label', { name: indicatorName, year })}
    >
      <p>
        <label htmlFor={ids.value}>{t('progress.form.value', { year })}</label>
        <input
          id={ids.value}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={valueError ? ids.err : undefined}
          required
        />
        {valueError && (
          <span id={ids.err} className="field-error" role="alert">
            {valueError}
          </span>
        )}
      </p>
      <p>
        <label htmlFor={ids.note}>{t('progress.form.note')}</label>
        <input id={ids.note} value={note} onChange={(e) => setNote(e.target.value)} />
      </p>
      <p>
        <label htmlFor={ids.source}>{t('progress.form.source')}</label>
        <input id={ids.source} value={source} onChange={(e) => setSource(e.target.value)} />
      </p>
      {conflict && (
        <p role="alert" className="notice notice--error">
          {t('progress.form.conflict')}{' '}
          <button type="button" className="button" onClick={onSaved}>
            {t('progress.form.reload')}
          </button>
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} title={t('progress.form.failed')} />}
      <BusyButton type="submit" busy={loading} busyLabel={t('progress.form.saving')}>
        {currentVersion > 0 ? t('progress.form.correct') : t('progress.form.submit')}
      </BusyButton>
    </form>
  );
}
