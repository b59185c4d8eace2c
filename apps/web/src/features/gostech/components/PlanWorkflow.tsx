import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { formatDate } from '../../../shared/format';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { CommentField } from '../../../shared/ui/CommentField';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useDecision } from '../../../shared/workflow/useDecision';
import {
  ApproveGostechPlanMutation,
  RequestGostechPlanChangesMutation,
  SubmitGostechPlanMutation,
} from '../gostechMutations';
import type { PlanWrite } from '../model/usePlanWrite';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

interface PlanWorkflowProps {
  plan: {
    id: string;
    status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'APPROVED';
    deadline: string;
    revision: number;
    submittedAt?: string | null;
    reviewComment?: string | null;
    availableTransitions: readonly string[];
    /** Open remarks: with one, returning needs no comment (the remarks carry the request). */
    openRemarks?: number | null;
  };
  /** Completeness problems left: submitting waits for none. */
  problems: number;
  /** The caller edits this plan: the submit button shows (disabled, with the reason) while problems remain. */
  editable: boolean;
  write: PlanWrite;
  refetch(): Promise<unknown>;
}

/** The plan's status, deadline and the moves the server offers (`availableTransitions`) as buttons. */
export function PlanWorkflow({ plan, problems, editable, write, refetch }: PlanWorkflowProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const hintId = useId();
  const [submitGostechPlan] = useMutation(SubmitGostechPlanMutation);
  const [requestChanges, returning] = useMutation(RequestGostechPlanChangesMutation);
  const [approve, approving] = useMutation(ApproveGostechPlanMutation);
  const [submitting, setSubmitting] = useState(false);
  const [submitOutcome, setSubmitOutcome] = useState<
    { kind: 'conflict'; message: string } | { kind: 'error'; error: unknown } | null
  >(null);
  const can = (to: string) => plan.availableTransitions.includes(to);
  // The server offers SUBMITTED only once the plan is complete; until then the editor sees why not.
  const showSubmit = can('SUBMITTED') || (editable && problems > 0);

  async function submit() {
    setSubmitting(true);
    setSubmitOutcome(null);
    const result = await write((id, version) => submitGostechPlan({ variables: { id, version } }));
    setSubmitting(false);
    if (result.kind === 'conflict') setSubmitOutcome({ kind: 'conflict', message: result.message });
    else if (result.kind === 'invalid') setSubmitOutcome({ kind: 'error', error: new Error(result.message) });
    else if (result.kind === 'error') setSubmitOutcome({ kind: 'error', error: result.error });
  }

  const decision = useDecision(refetch);
  const openRemarks = plan.openRemarks ?? 0;
  const confirmReturn = () => {
    const send = (comment: string) => requestChanges({ variables: { id: plan.id, comment } });
    if (openRemarks > 0 && !decision.commentProps.value.trim()) void decision.decide(() => send(''));
    else decision.confirmReturn(send);
  };

  return (
    <section className="gostech-workflow" aria-labelledby="gostech-workflow-title">
      <h2 id="gostech-workflow-title">{t('gostech.workflow.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('gostech.workflow.status')}</dt>
          <dd>
            <StatusBadge status={plan.status} />
          </dd>
        </div>
        <div>
          <dt>{t('gostech.workflow.deadline')}</dt>
          <dd>{formatDate(plan.deadline, lang)}</dd>
        </div>
        <div>
          <dt>{t('gostech.workflow.revision')}</dt>
          <dd>{plan.revision}</dd>
        </div>
        {plan.submittedAt && (
          <div>
            <dt>{t('gostech.workflow.submittedAt')}</dt>
            <dd>{formatDate(plan.submittedAt, lang)}</dd>
          </div>
        )}
      </dl>
      {plan.reviewComment && plan.status === 'CHANGES_REQUESTED' && (
        <div className="notice">
          <p className="notice__title">{t('gostech.workflow.reviewComment')}</p>
          <p>{plan.reviewComment}</p>
        </div>
      )}
      {(showSubmit || can('CHANGES_REQUESTED') || can('APPROVED')) && (
        <div className="actions">
          {showSubmit && (
            <>
              <BusyButton
                type="button"
                busy={submitting}
                busyLabel={t('gostech.workflow.submitting')}
                disabled={!can('SUBMITTED')}
                aria-describedby={hintId}
                onClick={() => void submit()}
              >
                {t('gostech.workflow.submit')}
              </BusyButton>
              <p id={hintId} className="muted">
                {can('SUBMITTED')
                  ? t('gostech.workflow.submitReady')
                  : t('gostech.workflow.submitBlocked', { count: problems })}
              </p>
            </>
          )}
          {can('CHANGES_REQUESTED') && (
            <button type="button" className="button button--secondary" onClick={() => decision.open('return')}>
              {t('gostech.workflow.return')}
            </button>
          )}
          {can('APPROVED') && (
            <button type="button" className="button" onClick={() => decision.open('approve')}>
              {t('gostech.workflow.approve')}
            </button>
          )}
        </div>
      )}
      {submitOutcome?.kind === 'conflict' && (
        <p role="alert" className="notice notice--error">
          {t('gostech.workflow.submitConflict')} <span className="muted">{submitOutcome.message}</span>
        </p>
      )}
      {submitOutcome?.kind === 'error' && <ErrorNotice kind="save" error={submitOutcome.error} />}
      {decision.dialog === 'return' && (
        <ConfirmDialog
          title={t('gostech.workflow.returnTitle')}
          confirmLabel={t('gostech.workflow.return')}
          busyLabel={t('gostech.workflow.returning')}
          busy={returning.loading}
          error={decision.error}
          onCancel={decision.close}
          onConfirm={confirmReturn}
        >
          <p>
            {openRemarks > 0
              ? t('gostechRemarks.returnWithRemarks', { count: openRemarks })
              : t('gostechRemarks.returnNeedsRemark')}
          </p>
          <CommentField
            label={t('gostech.workflow.comment')}
            requiredText={t('gostech.workflow.commentRequired')}
            {...decision.commentProps}
          />
        </ConfirmDialog>
      )}
      {decision.dialog === 'approve' && (
        <ConfirmDialog
          title={t('gostech.workflow.approveTitle')}
          confirmLabel={t('gostech.workflow.approve')}
          busyLabel={t('gostech.workflow.approving')}
          busy={approving.loading}
          error={decision.error}
          onCancel={decision.close}
          onConfirm={() => void decision.decide(() => approve({ variables: { id: plan.id } }))}
        >
          <p>{t('gostech.workflow.approveExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
