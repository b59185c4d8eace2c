import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import type { GostechPlanRemarksQueryQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { ReopenPlanRemarkMutation, ReplyToPlanRemarkMutation, ResolvePlanRemarkMutation } from './planRemarkDocuments';
import { usePlanRemarkAction } from './usePlanRemarkAction';

export type PlanRemark = NonNullable<
  NonNullable<GostechPlanRemarksQueryQuery['region']>['gostechPlan']
>['remarks'][number];

interface PlanRemarkItemProps {
  remark: PlanRemark;
  canReply: boolean;
  canResolve: boolean;
  after(): Promise<unknown> | void;
}

/** One remark: severity and status in words, where it is pinned, who wrote it, its thread, a reply box, resolve/reopen. */
export function PlanRemarkItem({ remark, canReply, canResolve, after }: PlanRemarkItemProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const replyId = useId();
  const [reply, setReply] = useState('');
  const [sendReply] = useMutation(ReplyToPlanRemarkMutation);
  const [resolve] = useMutation(ResolvePlanRemarkMutation);
  const [reopen] = useMutation(ReopenPlanRemarkMutation);
  const replying = usePlanRemarkAction(after);
  const deciding = usePlanRemarkAction(after);
  const open = remark.status === 'OPEN';

  async function submitReply() {
    if (!reply.trim()) return;
    const ok = await replying.run(
      () => sendReply({ variables: { remarkId: remark.id, body: reply.trim() } }),
      t('gostechRemarks.replied'),
    );
    if (ok) setReply('');
  }

  return (
    <li id={`plan-remark-${remark.id}`} className={`gostech-remark${open ? '' : ' gostech-remark--resolved'}`}>
      <p className="gostech-remark__head">
        <strong>{remark.severity ? t(`review.severity.${remark.severity}`) : ''}</strong> ·{' '}
        {t(open ? 'gostechRemarks.statusOpen' : 'gostechRemarks.statusResolved')} ·{' '}
        {remark.revision
          ? t('gostechRemarks.pinnedRevision', { number: remark.revision })
          : t('gostechRemarks.pinnedPlan')}
      </p>
      <p className="gostech-remark__body">{remark.body}</p>
      <p className="muted">
        {t('gostechRemarks.byline', { name: remark.author.name, when: formatDateTime(remark.createdAt, lang) })}
      </p>
      {remark.replies.length > 0 && (
        <ul
          className="gostech-remark__replies"
          aria-label={t('gostechRemarks.replies', { count: remark.replies.length })}
        >
          {remark.replies.map((r) => (
            <li key={r.id}>
              <p>{r.body}</p>
              <p className="muted">
                {t('gostechRemarks.byline', { name: r.author.name, when: formatDateTime(r.createdAt, lang) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canReply && (
        <form
          className="gostech-remark__reply"
          onSubmit={(e) => {
            e.preventDefault();
            void submitReply();
          }}
        >
          <label htmlFor={`${replyId}-reply`}>{t('gostechRemarks.replyLabel')}</label>
          <textarea id={`${replyId}-reply`} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
          <BusyButton
            type="submit"
            className="button button--secondary button--small"
            busy={replying.busy}
            busyLabel={t('gostechRemarks.replying')}
            disabled={!reply.trim()}
          >
            {t('gostechRemarks.reply')}
          </BusyButton>
        </form>
      )}
      {replying.error !== null && <ErrorNotice kind="save" error={replying.error} />}
      {canResolve && (
        <BusyButton
          type="button"
          className="button button--secondary button--small"
          busy={deciding.busy}
          busyLabel={t('gostechRemarks.saving')}
          onClick={() =>
            void deciding.run(
              () => (open ? resolve({ variables: { id: remark.id } }) : reopen({ variables: { id: remark.id } })),
              t(open ? 'gostechRemarks.resolved' : 'gostechRemarks.reopened'),
            )
          }
        >
          {t(open ? 'gostechRemarks.resolve' : 'gostechRemarks.reopen')}
        </BusyButton>
      )}
      {deciding.error !== null && <ErrorNotice kind="action" error={deciding.error} />}
    </li>
  );
}
