import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { ErrorNotice } from '../ui/ErrorNotice';
import { remarkPlace } from './remarkPlace';
import { RemarkPin } from './RemarkPin';
import { pinId, SEVERITIES, useIndicatorName, useOpenRemarks, useRemarksScope } from './useOpenRemarks';
import './remarks.css';

interface RemarksSummaryProps {
  /** Defaults to the enclosing RemarksScope. */
  strategyId?: string;
  /** Names an indicator by id (the current strategy's), for the list. */
  indicatorName?: (id: string) => string | undefined;
  canResolve?: boolean;
}

/** Focuses a remark's pin (or, when its goal is not on the page, its line in the summary). */
function focusRemark(remarkId: string) {
  const pin = document.getElementById(pinId(remarkId))?.querySelector('button');
  const target = pin ?? document.getElementById(`remarks-summary-${remarkId}`);
  target?.scrollIntoView?.({ block: 'center' });
  target?.focus();
}

/**
 * The open remarks at the top of the editor: how many of each severity, each one as a link to its pin, and
 * jumping from one to the next — «Следующее замечание» / «Предыдущее замечание», or Alt+↓ / Alt+↑ anywhere.
 * Remarks on the strategy as a whole have their pin here. Nothing at all when none is open.
 */
export function RemarksSummary(props: RemarksSummaryProps) {
  const scoped = useRemarksScope(props.strategyId);
  return scoped ? <ScopedRemarksSummary {...props} strategyId={scoped} /> : null;
}

function ScopedRemarksSummary({ strategyId, indicatorName, canResolve }: RemarksSummaryProps & { strategyId: string }) {
  const { t } = useTranslation();
  const { remarks, counts, error, refetch } = useOpenRemarks(strategyId);
  const cachedName = useIndicatorName();
  const nameOf = (id: string) => indicatorName?.(id) ?? cachedName(id);
  const [current, setCurrent] = useState(-1);
  const headingId = useId();

  const jump = useCallback(
    (step: 1 | -1) => {
      if (remarks.length === 0) return;
      const next = (current + step + remarks.length) % remarks.length;
      setCurrent(next);
      focusRemark(remarks[next]!.id);
    },
    [current, remarks],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      jump(event.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [jump]);

  if (error) return <ErrorNotice error={error} title={t('remarks.summary.failed')} onRetry={() => void refetch()} />;
  if (remarks.length === 0) return null;
  return (
    <section className="remarks-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('remarks.summary.title', { count: remarks.length })}</h2>
      <ul className="remarks-summary__counts">
        {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
          <li key={s} className={`remarks-summary__count remarks-summary__count--${s.toLowerCase()}`}>
            {t(`remarks.summary.count.${s}`, { count: counts[s] })}
          </li>
        ))}
      </ul>
      <ol className="remarks-summary__list">
        {remarks.map((r, index) => {
          const place = remarkPlace(t, r, nameOf);
          const severity = t(`review.severity.${r.severity ?? 'MINOR'}`);
          return (
            <li key={r.id}>
              {r.goalId ? (
                <a
                  id={`remarks-summary-${r.id}`}
                  href={`#${pinId(r.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    setCurrent(index);
                    focusRemark(r.id);
                  }}
                >
                  {t('remarks.summary.item', { severity, place })}
                </a>
              ) : (
                <RemarkPin remark={r} place={place} canResolve={canResolve} />
              )}
              <span className="remarks-summary__excerpt">
                {' '}
                — {r.body.length > 120 ? `${r.body.slice(0, 119)}…` : r.body}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="remarks-summary__nav">
        <button type="button" className="button button--secondary" onClick={() => jump(-1)}>
          {t('remarks.summary.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => jump(1)}>
          {t('remarks.summary.next')}
        </button>
        <span className="muted">{t('remarks.summary.keys')}</span>
      </div>
    </section>
  );
}
