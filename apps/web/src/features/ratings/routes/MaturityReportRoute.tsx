import { useMutation, useQuery } from '@apollo/client/react';
import type { FieldError } from '@tsifra/domain/errors';
import { parsePeriodOf } from '@tsifra/domain/period';
import { MATURITY_KEY_SECTORS } from '@tsifra/domain/rating/maturity';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useNavigate, useParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { formatNumberForInput } from '../../../shared/format';
import { controlProps } from '../../../shared/forms/controlProps';
import { classifyError } from '../../../shared/forms/writeResult';
import { useMe } from '../../../shared/session/useMe';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { CommentField } from '../../../shared/ui/CommentField';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { FormField } from '../../../shared/ui/FormField';
import { Loading } from '../../../shared/Loading';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
import { readMaturityValues, type SectorErrors } from '../model/maturityValues';
import '../ratings.css';

export const MaturityReportRouteQuery = graphql(`
  query MaturityReportRouteQuery($regionCode: String!, $quarter: String!) {
    maturityReport(regionCode: $regionCode, quarter: $quarter) {
      id
      status
      version
      revision
      deadline
      reviewComment
      values {
        sector
        value
      }
      revisions {
        number
        submittedAt
        late
        daysLate
      }
      transitionChecks {
        to
        blockedBy
      }
    }
  }
`);

const Save = graphql(`
  mutation MaturityReportSave($input: MaturityReportInput!) {
    saveMaturityReport(input: $input) {
      id
      version
      status
    }
  }
`);
const Submit = graphql(`
  mutation MaturityReportSubmit($id: ID!, $version: Int!) {
    submitMaturityReport(id: $id, version: $version) {
      id
      status
      revision
    }
  }
`);
const Return = graphql(`
  mutation MaturityReportReturn($id: ID!, $comment: String!) {
    requestMaturityReportChanges(id: $id, comment: $comment) {
      id
      status
    }
  }
`);
const Approve = graphql(`
  mutation MaturityReportApprove($id: ID!) {
    approveMaturityReport(id: $id) {
      id
      status
    }
  }
`);

const FORM_ID = 'maturity-return';
/**
 * `/ratings/maturity-return/:code/:quarter`: a region's quarterly maturity return — the five key sectors'
 * values, saved while a draft or returned, submitted for review; reviewers return it with a note or approve it.
 * Values are checked here by the domain's rule before they are sent; the server's field errors come back to
 * their fields, any other refusal is shown in words, and a concurrent change is said with both versions.
 */
export function MaturityReportRoute() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const navigate = useNavigate();
  const { me } = useMe();
  const { code = me?.region?.code ?? 'RU-BEL', quarter = '2022-Q4' } = useParams();
  const variables = { regionCode: code, quarter };
  const { data, loading, error, refetch } = useQuery(MaturityReportRouteQuery, {
    variables,
    fetchPolicy: 'network-only',
  });
  const report = data?.maturityReport ?? null;
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<SectorErrors>({});
  const [quarterText, setQuarterText] = useState(quarter);
  const [quarterInvalid, setQuarterInvalid] = useState(false);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, saveState] = useMutation(Save);
  const [submit, submitState] = useMutation(Submit);
  const [sendBack, returnState] = useMutation(Return);
  const [approve, approveState] = useMutation(Approve);
  useEffect(() => {
    setValues(Object.fromEntries((report?.values ?? []).map((v) => [v.sector, formatNumberForInput(v.value, lang)])));
  }, [report, lang]);
  useEffect(() => setQuarterText(quarter), [quarter]);

  const status = report?.status ?? 'DRAFT';
  const editable = (status === 'DRAFT' || status === 'CHANGES_REQUESTED') && me?.role !== 'FEDERAL_REVIEWER';
  const can = (to: string) => report?.transitionChecks.find((c) => c.to === to);

  /** Runs one action: the previous outcome cleared, a refusal kept on screen (never an unhandled rejection). */
  const run = async (work: () => Promise<unknown>, message: string) => {
    setDone(null);
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(e);
      return;
    }
    setDone(message);
    await refetch();
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    const { filled, errors } = readMaturityValues(values);
    setFieldErrors(errors);
    if (Object.keys(errors).length) {
      const first = MATURITY_KEY_SECTORS.find((s) => errors[s]);
      if (first) document.getElementById(`${FORM_ID}-${first}`)?.focus();
      return;
    }
    await run(async () => {
      try {
        await save({
          variables: { input: { regionCode: code, quarter, version: report?.version ?? null, values: filled } },
        });
      } catch (error) {
        // The server's field errors (`input.values[2].value`) back to the fields they are about.
        const outcome = classifyError(error);
        if (outcome.kind === 'invalid') {
          const bySector: SectorErrors = {};
          for (const fe of outcome.errors) {
            const at = /^input\.values\[(\d+)\]/.exec(fe.field);
            const sector = at ? filled[Number(at[1])]?.sector : undefined;
            (bySector[sector ?? 'form'] ??= []).push(fe);
          }
          setFieldErrors(bySector);
        }
        throw error;
      }
    }, t('ratings.report.saved'));
  };

  const openQuarter = (e: FormEvent) => {
    e.preventDefault();
    const wanted = quarterText.trim().toUpperCase();
    const valid = parsePeriodOf('QUARTER', wanted) !== null;
    setQuarterInvalid(!valid);
    if (valid && wanted !== quarter) navigate(`/ratings/maturity-return/${code}/${wanted}`);
  };

  const onReturn = (id: string) => {
    if (!note.trim()) {
      setNoteMissing(true);
      return;
    }
    void run(() => sendBack({ variables: { id, comment: note.trim() } }), t('ratings.report.returnedDone'));
  };

  const quarterErrors: FieldError[] | undefined = quarterInvalid
    ? [{ field: 'quarter', rule: 'period_not_quarter', message: 'Expected a quarter such as 2021-Q3.' }]
    : undefined;

  return (
    <section aria-labelledby="maturity-report-title">
      <h1 id="maturity-report-title">{t('ratings.report.title', { region: code, quarter })}</h1>
      <RatingsNav />
      <p className="muted">{t('ratings.report.rule')}</p>
      <form className="rating-admin-form" aria-label={t('ratings.report.quarterForm')} onSubmit={openQuarter}>
        <FormField
          id={`${FORM_ID}-quarter`}
          label={t('ratings.maturity.quarter')}
          hint={t('ratings.report.quarterHint')}
          errors={quarterErrors}
        >
          <input
            {...controlProps(FORM_ID, 'quarter', quarterErrors)}
            value={quarterText}
            onChange={(e) => setQuarterText(e.target.value)}
          />
        </FormField>
        <button type="submit" className="button button--secondary">
          {t('ratings.report.open')}
        </button>
      </form>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p role="note">
            {report
              ? t('ratings.report.state', {
                  status: t(`status.${status}`),
                  deadline: report.deadline,
                  revision: report.revision,
                })
              : t('ratings.report.none')}
          </p>
          {report?.reviewComment && status === 'CHANGES_REQUESTED' && (
            <p>{t('ratings.report.returned', { note: report.reviewComment })}</p>
          )}
          <form
            className="rating-admin-form"
            aria-label={t('ratings.report.form')}
            noValidate
            onSubmit={(e) => void onSave(e)}
          >
            {MATURITY_KEY_SECTORS.map((s) => (
              <FormField
                key={s}
                id={`${FORM_ID}-${s}`}
                label={`${t(`ratings.sectors.${s}`)}, %`}
                errors={fieldErrors[s]}
              >
                <input
                  {...controlProps(FORM_ID, s, fieldErrors[s])}
                  inputMode="decimal"
                  value={values[s] ?? ''}
                  disabled={!editable}
                  onChange={(e) => {
                    setValues({ ...values, [s]: e.target.value });
                    if (fieldErrors[s]) setFieldErrors({ ...fieldErrors, [s]: undefined });
                  }}
                />
              </FormField>
            ))}
            {fieldErrors.form && (
              <ul className="field-errors" role="alert">
                {fieldErrors.form.map((fe, i) => (
                  <li key={i} className="field-error">
                    {fe.rule === 'required' ? t('ratings.report.nothingToSave') : fe.message}
                  </li>
                ))}
              </ul>
            )}
            {editable && (
              <BusyButton type="submit" busy={saveState.loading} busyLabel={t('ratings.admin.saving')}>
                {t('ratings.report.save')}
              </BusyButton>
            )}
          </form>
          {report && can('SUBMITTED') && (
            <BusyButton
              type="button"
              busy={submitState.loading}
              busyLabel={t('ratings.report.submitting')}
              disabled={can('SUBMITTED')!.blockedBy != null}
              onClick={() =>
                void run(
                  () => submit({ variables: { id: report.id, version: report.version } }),
                  t('ratings.report.submitted'),
                )
              }
            >
              {t('ratings.report.submit')}
            </BusyButton>
          )}
          {report && can('SUBMITTED')?.blockedBy === 'incomplete' && <p>{t('ratings.report.incomplete')}</p>}
          {report && (can('APPROVED') || can('CHANGES_REQUESTED')) && (
            <div className="rating-admin-form">
              <CommentField
                label={t('ratings.report.note')}
                value={note}
                missing={noteMissing}
                requiredText={t('ratings.report.noteRequired')}
                onChange={(value) => {
                  setNote(value);
                  if (value.trim()) setNoteMissing(false);
                }}
              />
              <BusyButton
                type="button"
                busy={returnState.loading}
                busyLabel={t('ratings.report.working')}
                onClick={() => onReturn(report.id)}
              >
                {t('ratings.report.return')}
              </BusyButton>
              <BusyButton
                type="button"
                busy={approveState.loading}
                busyLabel={t('ratings.report.working')}
                onClick={() => void run(() => approve({ variables: { id: report.id } }), t('ratings.report.approved'))}
              >
                {t('ratings.report.approve')}
              </BusyButton>
            </div>
          )}
          {failure !== null && <ErrorNotice error={failure} kind="action" title={t('ratings.report.failed')} />}
          {done && <p role="status">{done}</p>}
          {report && report.revisions.length > 0 && (
            <table>
              <caption>{t('ratings.report.revisions')}</caption>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">{t('ratings.report.submittedAt')}</th>
                  <th scope="col">{t('ratings.report.lateness')}</th>
                </tr>
              </thead>
              <tbody>
                {report.revisions.map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    <td>{r.submittedAt.slice(0, 10)}</td>
                    <td>{r.late ? t('ratings.report.late', { days: r.daysLate }) : t('ratings.report.onTime')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
