import { useMutation } from '@apollo/client/react';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql } from '../../../gql';
import { CommentField } from '../../../shared/ui/CommentField';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useDecision } from '../../../shared/workflow/useDecision';
import { ApprovalRemarks } from './ApprovalRemarks';

export const RequestChangesMutation = graphql(`
  mutation RequestChangesMutation($id: ID!, $comment: String!) {
    requestChanges(id: $id, comment: $comment) {
      id
      status
      version
      openRemarks
      openBlockers
      lastActivityAt
    }
  }
`);

export const ApproveStrategyMutation = graphql(`
  mutation ApproveStrategyMutation($id: ID!, $remarks: RemarkDisposition) {
    approveStrategy(id: $id, remarks: $remarks) {
      id
      status
      version
      contentVisible
      openRemarks
      openBlockers
      lastActivityAt
    }
  }
`);

interface DecisionPanelProps {
  strategyId: string;
  revision: number;
  openRemarks: number;
  openBlockers: number;
  /** Called after a decision went through (to reload the page's data). */
  onDecided: () => Promise<unknown> | void;
  /** The page's status heading: focus moves there after a decision. */
  focusId?: string;
}

/**
 * The reviewer's decision on a submitted revision. Returning needs at least one open remark and a
 * comment; approving is refused while a blocker is open. Both are confirmed in a dialog; the
 * server's refusal (e.g. INVALID_TRANSITION when someone decided first) is shown there.
 */
export function DecisionPanel({
  strategyId,
  revision,
  openRemarks,
  openBlockers,
  onDecided,
  focusId = 'review-title',
}: DecisionPanelProps) {
  const { t } = useTranslation();
  const [requestChanges, returning] = useMutation(RequestChangesMutation);
  const [approve, approving] = useMutation(ApproveStrategyMutation);
  const returnReasonId = useId();
  const approveReasonId = useId();
  const canReturn = openRemarks > 0;
  const canApprove = openBlockers === 0;
  // What the approval does with the open remarks: the reviewer says it explicitly, nothing is preselected.
  const [disposition, setDisposition] = useState<RemarkDisposition | null>(null);
  const [dispositionMissing, setDispositionMissing] = useState(false);

  const decision = useDecision(onDecided, {
    focusId,
    done: (d) =>
      d === 'return'
        ? t('review.decision.returned', { revision })
        : openRemarks > 0 && disposition
          ? t(`review.approval.done_${disposition}`, { revision, count: openRemarks })
          : t('review.decision.approved', { revision }),
  });
  const openDialog = (which: 'return' | 'approve') => {
    setDisposition(null);
    setDispositionMissing(false);
    decision.open(which);
  };
  const confirmApproval = () => {
    if (openRemarks > 0 && !disposition) {
      setDispositionMissing(true);
      document.querySelector<HTMLInputElement>('.remark-disposition input')?.focus();
      return;
    }
    const variables = openRemarks > 0 && disposition ? { id: strategyId, remarks: disposition } : { id: strategyId };
    void decision.decide(() => approve({ variables }));
  };

  return (
    <section className="decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('review.decision.title', { revision })}</h2>
      <div className="decision__actions">
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={!canReturn}
            aria-describedby={!canReturn ? returnReasonId : undefined}
            onClick={() => openDialog('return')}
          >
            {t('review.decision.return')}
          </button>
          {!canReturn && (
            <p id={returnReasonId} className="decision__reason">
              {t('review.decision.returnNeedsRemark')}
            </p>
          )}
        </div>
        <div>
          <button
            type="button"
            className="button"
            disabled={!canApprove}
            aria-describedby={!canApprove ? approveReasonId : undefined}
            onClick={() => openDialog('approve')}
          >
            {t('review.decision.approve')}
          </button>
          {!canApprove && (
            <p id={approveReasonId} className="decision__reason">
              {t('review.decision.approveBlocked', { count: openBlockers })}
            </p>
          )}
        </div>
      </div>

      {decision.dialog === 'return' && (
        <ConfirmDialog
          title={t('review.decision.returnTitle', { revision })}
          confirmLabel={t('review.decision.returnConfirm')}
          busyLabel={t('review.decision.returning')}
          busy={returning.loading}
          error={decision.error}
          onCancel={decision.close}
          onConfirm={() =>
            decision.confirmReturn((comment) => requestChanges({ variables: { id: strategyId, comment } }))
          }
        >
          <p>{t('review.decision.returnExplain', { count: openRemarks })}</p>
          <CommentField
            label={t('review.decision.comment')}
            requiredText={t('review.decision.commentRequired')}
            {...decision.commentProps}
          />
        </ConfirmDialog>
      )}
      {decision.dialog === 'approve' && (
        <ConfirmDialog
          title={t('review.decision.approveTitle', { revision })}
          confirmLabel={t('review.decision.approveConfirm')}
          busyLabel={t('review.decision.approving')}
          busy={approving.loading}
          error={decision.error}
          onCancel={decision.close}
          onConfirm={confirmApproval}
        >
          <p>{t('review.decision.approveExplain')}</p>
          {openRemarks > 0 ? (
            <ApprovalRemarks
              strategyId={strategyId}
              openRemarks={openRemarks}
              choice={disposition}
              missing={dispositionMissing}
              onChoose={(choice) => {
                setDisposition(choice);
                setDispositionMissing(false);
              }}
            />
          ) : (
            <p>{t('review.decision.approveNoRemarks')}</p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
