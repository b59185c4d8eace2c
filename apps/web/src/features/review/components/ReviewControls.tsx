import { useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';

interface ReviewControlsProps {
  revisions: readonly { number: number; submittedAt: string }[];
  number: number;
  from: number;
  changesOnly: boolean;
  setParam(patch: Record<string, string | null>): void;
}

/** Which revision is shown, which one it is compared with, and "changes only" (all kept in the URL). */
export function ReviewControls({ revisions, number, from, changesOnly, setParam }: ReviewControlsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const revisionSelectId = useId();
  const fromSelectId = useId();
  return (
    <form className="filters review-controls" aria-label={t('review.controls')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={revisionSelectId}>{t('review.revision')}</label>
        <select id={revisionSelectId} value={number} onChange={(e) => setParam({ rev: e.target.value, from: null })}>
          {revisions.map((r) => (
            <option key={r.number} value={r.number}>
              {t('review.revisionOption', { number: r.number, date: formatDateTime(r.submittedAt, lang) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fromSelectId}>{t('review.compareWith')}</label>
        <select id={fromSelectId} value={from} onChange={(e) => setParam({ from: e.target.value })}>
          {Array.from({ length: number }, (_, i) => number - 1 - i).map((n) => (
            <option key={n} value={n}>
              {n === 0 ? t('review.compareNothing') : t('review.revisionShort', { number: n })}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={changesOnly}
          disabled={from === 0}
          onChange={(e) => setParam({ changes: e.target.checked ? '1' : null })}
        />{' '}
        {t('review.changesOnly')}
      </label>
    </form>
  );
}
