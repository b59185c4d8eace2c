import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { RemarkSeverity, ReviewRoute_RemarkFragment } from '../../../gql/graphql';
import type { Pager } from '../../../shared/pagination';
import { PagingStatus } from '../../../shared/ShowMore';
import type { PinTarget } from '../pins';
import { SEVERITIES } from './RemarkForm';
import { RemarkThread } from './RemarkThread';

type Remark = ReviewRoute_RemarkFragment;

interface RemarksPanelProps {
  remarks: readonly Remark[];
  /** The server's count of open remarks (the loaded page may hold fewer). */
  openRemarks: number;
  remarkPager: Pager;
  placeOf(remark: Remark): { label: string; href: string | null; path?: string };
  canRemark: boolean;
  canReply: boolean;
  canResolve: boolean;
  composing: { pin: PinTarget | null; label: string } | null;
  setComposing(next: { pin: PinTarget | null; label: string } | null): void;
  composer: ReactNode;
  onReply(remarkId: string, body: string): Promise<void>;
  onSetResolved(id: string, resolve: boolean): Promise<void>;
}

/** The review's remarks: open counts by severity, open/all, general remarks, and each thread. */
export function RemarksPanel({
  remarks,
  openRemarks,
  remarkPager,
  placeOf,
  canRemark,
  canReply,
  canResolve,
  composing,
  setComposing,
  composer,
  onReply,
  onSetResolved,
}: RemarksPanelProps) {
  const { t } = useTranslation();
  const [remarkFilter, setRemarkFilter] = useState<'open' | 'all'>('open');
  const openBySeverity = new Map<RemarkSeverity, number>(SEVERITIES.map((s) => [s, 0]));
  for (const r of remarks)
    if (r.status === 'OPEN' && r.severity) openBySeverity.set(r.severity, (openBySeverity.get(r.severity) ?? 0) + 1);
  const visibleRemarks = remarkFilter === 'open' ? remarks.filter((r) => r.status === 'OPEN') : remarks;
  return (
    <aside className="review__aside" id="remarks" aria-labelledby="remarks-title">
      <h2 id="remarks-title">{t('review.remarks.title')}</h2>
      <ul className="severity-counts" aria-label={t('review.remarks.openBySeverity')}>
        {SEVERITIES.map((s) => (
          <li key={s}>
            <span className={`severity severity--${s.toLowerCase()}`}>{t(`review.severity.${s}`)}</span>{' '}
            <strong>{openBySeverity.get(s) ?? 0}</strong>
          </li>
        ))}
      </ul>
      <div role="group" aria-label={t('review.remarks.filter')} className="view-toggle">
        {(['open', 'all'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className="view-toggle__button"
            aria-pressed={remarkFilter === f}
            onClick={() => setRemarkFilter(f)}
          >
            {t(`review.remarks.show.${f}`, { count: f === 'open' ? openRemarks : remarks.length })}
          </button>
        ))}
      </div>
      {canRemark && !composing?.pin && (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => setComposing({ pin: null, label: t('review.remarks.place.strategy') })}
          >
            {t('review.remark.addGeneral')}
          </button>
        </p>
      )}
      {composing && !composing.pin && composer}
      {canRemark && <p className="muted">{t('review.remark.howTo')}</p>}
      <PagingStatus pager={remarkPager} count={remarks.length} />
      {visibleRemarks.length === 0 && (
        <p>{remarkFilter === 'open' ? t('review.remarks.noneOpen') : t('review.remarks.none')}</p>
      )}
      {visibleRemarks.map((r) => {
        const place = placeOf(r);
        return (
          <RemarkThread
            key={r.id}
            remark={r}
            placeLabel={place.label}
            placeHref={place.href}
            placePath={place.path}
            canReply={canReply}
            canResolve={canResolve}
            onReply={onReply}
            onSetResolved={onSetResolved}
          />
        );
      })}
    </aside>
  );
}
