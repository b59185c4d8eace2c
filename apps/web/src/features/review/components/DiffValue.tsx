import type { ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';

interface DiffValueProps {
  before: ReactNode | null;
  after: ReactNode | null;
}

/**
 * A changed value as `<del>` then `<ins>`, each with a hidden "was"/"now" so the change is read out
 * and does not rely on colour or strike-through alone. A new value shows only `<ins>`, a dropped one only `<del>`.
 */
export function DiffValue({ before, after }: DiffValueProps) {
  const { t } = useTranslation();
  const hasBefore = before !== null && before !== undefined && before !== '';
  const hasAfter = after !== null && after !== undefined && after !== '';
  return (
    <span className="diff-value">
      {hasBefore && (
        <del>
          <span className="visually-hidden">{hasAfter ? t('review.diff.was') : t('review.diff.removed')} </span>
          {before}
        </del>
      )}
      {hasBefore && hasAfter && <span aria-hidden="true"> → </span>}
      {hasAfter && (
        <ins>
          <span className="visually-hidden">{hasBefore ? t('review.diff.now') : t('review.diff.added')} </span>
          {after}
        </ins>
      )}
    </span>
  );
}
