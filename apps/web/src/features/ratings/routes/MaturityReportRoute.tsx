import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { useMe } from '../../../shared/session/useMe';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { RatingsNav } from '../../../shared/monitoring/RatingsNav';
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

const SECTORS = ['education', 'healthcare', 'public_administration', 'transport', 'urban_environment'];

/**
 * `/ratings/maturity-return/:code/:quarter`: a region's quarterly maturity return — the five key sectors'
 * values, saved while a draft or returned, submitted for review; reviewers return it with a note or approve it.
 */
export function MaturityReportRoute() {
  const { t } = useTranslation();
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
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [save, saveState] = useMutation(Save);
  const [submit, submitState] = useMutation(Submit);
  const [sendBack, returnState] = useMutation(Return);
  const [approve, approveState] = useMutation(Approve);
  useEffect(() => {
    setValues(Object.fromEntries((report?.values ?? []).map((v) => [v.sector, String(v.value)])));
  }, [report]);

  const status = report?.status ?? 'DRAFT';
  const editable = (status === 'DRAFT' || status === 'CHANGES_REQUESTED') && me?.role !== 'FEDERAL_REVIEWER';
  const can = (to: string) => report?.transitionChecks.find((c) => c.to === to);
  const failure = saveState.error ?? submitState.error ?? returnState.error ?? approveState.error;

  const after = async (message: string) => {
    setDone(message);
    await refetch();
  };
  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    const filled = SECTORS.filter((s) => (values[s] ?? '').trim() !== '').map((s) => ({
      sector: s,
      value: Number(values[s]!.replace(',', '.')),
    }));
    await save({
      variables: { input: { regionCode: code, quarter, version: report?.version ?? null, values: filled } },
    });
    await after(t('ratings.report.saved'));
  };

  return (
    <section aria-labelledby="maturity-report-title">
      <h1 id="maturity-report-title">{t('ratings.report.title', { region: code, quarter })}</h1>
      <RatingsNav />
      <p className="muted">{t('ratings.report.rule')}</p>
      <label>
        {t('ratings.maturity.quarter')}{' '}
        <input
          defaultValue={quarter}
          onBlur={(e) => e.target.value !== quarter && navigate(`/ratings/maturity-return/${code}/${e.target.value}`)}
        />
      </label>
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
          <form className="rating-admin-form" aria-label={t('ratings.report.form')} onSubmit={(e) => void onSave(e)}>
            {SECTORS.map((s) => (
              <label key={s}>
                {t(`ratings.sectors.${s}`)}, %
                <input
                  inputMode="decimal"
                  value={values[s] ?? ''}
                  disabled={!editable}
                  onChange={(e) => setValues({ ...values, [s]: e.target.value })}
                />
              </label>
            ))}
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
                void submit({ variables: { id: report.id, version: report.version } }).then(() =>
                  after(t('ratings.report.submitted')),
                )
              }
            >
              {t('ratings.report.submit')}
            </BusyButton>
          )}
          {report && can('SUBMITTED')?.blockedBy === 'incomplete' && <p>{t('ratings.report.incomplete')}</p>}
          {report && (can('APPROVED') || can('CHANGES_REQUESTED')) && (
            <div className="rating-admin-form">
              <label>
                {t('ratings.report.note')}
                <input value={note} onChange={(e) => setNote(e.target.value)} />
              </label>
              <BusyButton
                type="button"
                busy={returnState.loading}
                busyLabel={t('ratings.report.working')}
                onClick={() =>
                  void sendBack({ variables: { id: report.id, comment: note } }).then(() =>
                    after(t('ratings.report.returnedDone')),
                  )
                }
              >
                {t('ratings.report.return')}
              </BusyButton>
              <BusyButton
                type="button"
                busy={approveState.loading}
                busyLabel={t('ratings.report.working')}
                onClick={() =>
                  void approve({ variables: { id: report.id } }).then(() => after(t('ratings.report.approved')))
                }
              >
                {t('ratings.report.approve')}
              </BusyButton>
            </div>
          )}
          {failure && <ErrorNotice error={failure} title={t('ratings.report.failed')} />}
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
