import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { useFragment, useFragment as unmask, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/format';
import { usePager } from '../../../shared/pagination';
import { ShowMore } from '../../../shared/ShowMore';
import { RemarkRepliesPageQuery, RemarkThread_remark, RemarkThread_reply } from '../reviewFragments';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

interface RemarkThreadProps {
  remark: FragmentType<typeof RemarkThread_remark>;
  /** Where the remark is pinned, in words (resolved by the caller from the revision shown). */
  placeLabel: string;
  /** Link to the place in the revision shown, when it is there. */
  placeHref: string | null;
  /** The path from the sector down, as the remark's revision has it («Здравоохранение › Цель … › показатель › 2024»). */
  placePath?: string;
  canReply: boolean;
  canResolve: boolean;
  onReply: (remarkId: string, body: string) => Promise<unknown>;
  onSetResolved: (remarkId: string, resolved: boolean) => Promise<unknown>;
}

/** One remark: severity, status, place, text, its replies, a reply box and resolve/reopen. */
export function RemarkThread(props: RemarkThreadProps) {
  const remark = useFragment(RemarkThread_remark, props.remark);
  const replies = useFragment(RemarkThread_reply, remark.replies);
  const client = useApolloClient();
  const replyPager = usePager(replies, async (after) => {
    const { data } = await client.query({
      query: RemarkRepliesPageQuery,
      variables: { id: remark.id, after },
      fetchPolicy: 'network-only',
    });
    return unmask(RemarkThread_reply, data?.comment?.replies ?? []);
  });
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState<'reply' | 'status' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const replyId = useId();
  const open = remark.status === 'OPEN';
  const severity = remark.severity ?? 'MINOR';

  const run = async (kind: 'reply' | 'status', action: () => Promise<unknown>) => {
    setBusy(kind);
    setError(null);
    try {
      await action();
      if (kind === 'reply') setReply('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const submitReply = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim()) void run('reply', () => props.onReply(remark.id, reply.trim()));
  };

  return (
    <article
      id={`remark-${remark.id}`}
      className={`remark remark--${severity.toLowerCase()}${open ? '' : ' remark--resolved'}`}
      aria-label={t('review.remarks.threadLabel', {
        severity: t(`review.severity.${severity}`),
        place: props.placeLabel,
      })}
    >
      <p className="remark__head">
        <span className={`severity severity--${severity.toLowerCase()}`}>{t(`review.severity.${severity}`)}</span>
        <span className={`remark__status remark__status--${open ? 'open' : 'resolved'}`}>
          {t(`review.remarks.status.${remark.status ?? 'OPEN'}`)}
        </span>
        <span className="muted">{t('review.remarks.onRevision', { number: remark.revision })}</span>
      </p>
      <p className="remark__place">
        {props.placeHref ? <a href={props.placeHref}>{props.placeLabel}</a> : props.placeLabel}
      </p>
      {props.placePath && (
        <p className="remark__path muted">
          <span className="visually-hidden">{t('remarks.pathLabel')} </span>
          {props.placePath}
        </p>
      )}
      <p className="remark__body">{remark.body}</p>
      <p className="remark__meta muted">
        {remark.author.name}, <time dateTime={remark.createdAt}>{formatDateTime(remark.createdAt, lang)}</time>
        {!open && remark.resolvedAt && (
          <>
            {' '}
            ·{' '}
            {t('review.remarks.resolvedBy', {
              name: remark.resolvedBy?.name ?? '—',
              when: formatDateTime(remark.resolvedAt, lang),
            })}
          </>
        )}
      </p>
      {replies.length > 0 && (
        <ol className="remark__replies" aria-label={t('review.remarks.replies')}>
          {replies.map((r) => (
            <li key={r.id} className="remark__reply">
              <p className="remark__body">{r.body}</p>
              <p className="remark__meta muted">
                {r.author.name}, <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <ShowMore pager={replyPager} label={t('paging.moreReplies')} />
      {error !== null && <ErrorNotice kind="action" error={error} />}
      {props.canReply && (
        <form className="remark__reply-form" onSubmit={submitReply}>
          <label htmlFor={replyId} className="visually-hidden">
            {t('review.remarks.replyLabel')}
          </label>
          <textarea
            id={replyId}
            rows={2}
            value={reply}
            placeholder={t('review.remarks.replyLabel')}
            onChange={(e) => setReply(e.target.value)}
          />
          <button
            type="submit"
            className="button button--secondary"
            disabled={busy !== null || !reply.trim()}
            aria-busy={busy === 'reply' || undefined}
          >
            {busy === 'reply' ? t('review.remarks.replying') : t('review.remarks.reply')}
          </button>
        </form>
      )}
      {props.canResolve && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== null}
          aria-busy={busy === 'status' || undefined}
          onClick={() => void run('status', () => props.onSetResolved(remark.id, open))}
        >
          {busy === 'status'
            ? t('review.remarks.saving')
            : open
              ? t('review.remarks.resolve')
              : t('review.remarks.reopen')}
        </button>
      )}
    </article>
  );
}
