import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { Loading } from '../../../shared/Loading';
import { GostechPlanRemarksQuery } from './planRemarkDocuments';
import { PlanRemarkForm } from './PlanRemarkForm';
import { PlanRemarkItem } from './PlanRemarkItem';

interface PlanRemarksProps {
  regionCode: string;
  planId: string;
  /** Reviewers and admins: add remarks, resolve and reopen them. */
  canReview: boolean;
  /** The region's editor, reviewers and admins: answer in a remark's thread. */
  canReply: boolean;
  /** Reloads what depends on the remarks outside this section (the return decision needs an open one). */
  onChanged(): Promise<unknown> | void;
}

/** «Замечания» on a GosTech plan: the open counts, every remark with its thread, and the reviewer's new-remark form. */
export function PlanRemarks({ regionCode, planId, canReview, canReply, onChanged }: PlanRemarksProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(GostechPlanRemarksQuery, {
    variables: { code: regionCode },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.region?.gostechPlan;
  const after = async () => {
    await refetch();
    await onChanged();
  };

  return (
    <section className="gostech-remarks" aria-labelledby="gostech-remarks-title">
      <h2 id="gostech-remarks-title">{t('gostechRemarks.title')}</h2>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !plan && <Loading />}
      {plan && (
        <>
          <p>
            {t('gostechRemarks.open', { count: plan.openRemarks ?? 0 })}
            {(plan.openBlockers ?? 0) > 0 && <> · {t('gostechRemarks.blockers', { count: plan.openBlockers ?? 0 })}</>}
          </p>
          {canReview &&
            (adding ? (
              <PlanRemarkForm planId={planId} after={after} onClose={() => setAdding(false)} />
            ) : (
              <button type="button" className="button" onClick={() => setAdding(true)}>
                {t('gostechRemarks.addTitle')}
              </button>
            ))}
          {plan.remarks.length === 0 ? (
            <p className="muted">{t('gostechRemarks.none')}</p>
          ) : (
            <ul className="gostech-remarks__list">
              {plan.remarks.map((r) => (
                <PlanRemarkItem key={r.id} remark={r} canReply={canReply} canResolve={canReview} after={after} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
