import type { TFunction } from 'i18next';
import type { OpenRemark } from './useOpenRemarks';

/**
 * Where a remark is pinned, in words: «цель «…» › показатель «…» › значение 2024 г.», or the strategy as a whole.
 * Indicators are re-created on edit, so an indicator the current strategy no longer has is named by its revision.
 */
export function remarkPlace(
  t: TFunction,
  remark: OpenRemark,
  indicatorName?: (id: string) => string | undefined,
): string {
  const parts: string[] = [];
  if (remark.goal) parts.push(t('remarks.place.goal', { title: remark.goal.title }));
  else if (remark.goalId) parts.push(t('remarks.place.deletedGoal'));
  if (remark.indicatorId) {
    const name = indicatorName?.(remark.indicatorId);
    parts.push(
      name
        ? t('remarks.place.indicator', { name })
        : t('remarks.place.indicatorOfRevision', { revision: remark.revision ?? '' }),
    );
  }
  if (remark.year != null) parts.push(t('remarks.place.value', { year: remark.year }));
  return parts.length > 0 ? parts.join(' › ') : t('remarks.place.strategy');
}
