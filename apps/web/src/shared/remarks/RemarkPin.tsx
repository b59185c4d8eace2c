import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../format';
import { graphQLErrors } from '../errors';
import { serverErrorText } from '../serverErrors';
import { RemarkPinReplyMutation, RemarkPinResolveMutation } from './remarkDocuments';
import { remarkPath } from './remarkPlace';
import { pinId, type OpenRemark } from './useOpenRemarks';
import './remarks.css';

interface RemarkPinProps {
  remark: OpenRemark;
  /** Where it is pinned, in words (see remarkPlace). */
  place: string;
  /** Reviewers and admins resolve; the region's editor says it is addressed (a reply the reviewer then resolves). */
  canResolve?: boolean;
}

/**
 * A marker beside what a remark concerns: its severity in words (never colour alone); opened, the remark, its
 * replies, a reply box and «Отметить учтённым».
 */
export function RemarkPin({ remark, place, canResolve = false }: RemarkPinProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [open, setOpen] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const threadId = useId();
  const replyId = useId();
  const refetch = { refetchQueries: ['OpenRemarksQuery'], awaitRefetchQueries: true };
  const [sendReply, replying] = useMutation(RemarkPinReplyMutation, refetch);
  const [resolve, resolving] = useMutation(RemarkPinResolveMutation, refetch);
  const severity = remark.severity ?? 'MINOR';
  const severityName = t(`review.severity.${severity}`);
  const busy = replying.loading || resolving.loading;

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const submitReply = async (event: FormEvent) => {
    event.preventDefault();
    const body = reply.trim();
    if (!body) return;
    if (await run(() => sendReply({ variables: { remarkId: remark.id, body } }))) {
      setReply('');
      setDone(t('remarks.pin.replied'));
    }
  };
  const markAddressed = async () => {
    const ok = await run(() =>
      canResolve
        ? resolve({ variables: { id: remark.id } })
        : sendReply({ variables: { remarkId: remark.id, body: t('remarks.addressedReply') } }),
    );
    if (ok) setDone(canResolve ? t('remarks.pin.resolved') : t('remarks.pin.markedAddressed'));
  };
  const errors = graphQLErrors(error);
  const errorText =
    errors.length > 0
      ? errors.map((e) => serverErrorText(t, (k) => i18n.exists(k), e)).join(' ')
      : error instanceof Error
        ? error.message
        : '';

  return (
    <div id={pinId(remark.id)} className={`remark-pin remark-pin--${severity.toLowerCase()}`}>
      <button
        type="button"
        className="remark-pin__marker"
        aria-expanded={open}
        aria-controls={threadId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="remark-pin__dot">
          !
        </span>
        {t('remarks.pin.marker', { severity: severityName, place })}
        {remark.replies.length > 0 && (
          <span className="remark-pin__replies"> · {t('remarks.pin.replies', { count: remark.replies.length })}</span>
        )}
      </button>
      {open && (
        <section
          id={threadId}
          className="remark-pin__thread"
          aria-label={t('remarks.pin.threadLabel', { severity: severityName, place })}
        >
          {remarkPath(remark) && (
            <p className="remark-pin__path">
              <span className="visually-hidden">{t('remarks.pathLabel')} </span>
              {remarkPath(remark)}
            </p>
          )}
          <p className="remark-pin__body">{remark.body}</p>
          <p className="remark-pin__meta">
            {remark.author.name} · {formatDateTime(remark.createdAt, lang)}
          </p>
          {remark.replies.length > 0 && (
            <ol className="remark-pin__reply-list" aria-label={t('remarks.pin.repliesLabel')}>
              {remark.replies.map((r) => (
                <li key={r.id}>
                  <p className="remark-pin__body">{r.body}</p>
                  <p className="remark-pin__meta">
                    {r.author.name} · {formatDateTime(r.createdAt, lang)}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <form className="remark-pin__form" onSubmit={(e) => void submitReply(e)}>
            <label htmlFor={replyId}>{t('remarks.pin.replyLabel')}</label>
            <textarea id={replyId} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
            <div className="remark-pin__actions">
              <button type="submit" className="button" disabled={busy || reply.trim() === ''}>
                {replying.loading ? t('remarks.pin.sending') : t('remarks.pin.reply')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void markAddressed()}
              >
                {canResolve ? t('remarks.pin.resolve') : t('remarks.pin.addressed')}
              </button>
            </div>
          </form>
          <p role="status" className="remark-pin__done">
            {done}
          </p>
          {error !== null && (
            <p role="alert" className="notice notice--error">
              {t('remarks.pin.failed')} {errorText}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
