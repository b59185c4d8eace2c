import type { TFunction } from '../../shared/i18n/translator';
import { pathIndicatorName, remarkPath, type RemarkPlaceFields } from '../../shared/remarks';

interface ShownContent {
  goals: readonly { id: string; title: string; indicators: readonly { id: string; name: string }[] }[];
}

/**
 * A remark's place on the review screen: a label naming the value, indicator or goal (the indicator as the
 * revision shown has it, else as the remark's own revision had it), the path from the sector down, and a link
 * to the goal when the revision shown has it.
 */
export function reviewRemarkPlace(
  t: TFunction,
  r: RemarkPlaceFields & { id: string },
  content: ShownContent | null | undefined,
): { label: string; href: string | null; path: string } {
  const goal = r.goalId ? content?.goals.find((g) => g.id === r.goalId) : undefined;
  const indicator = r.indicatorId ? goal?.indicators.find((i) => i.id === r.indicatorId) : undefined;
  const goalTitle = goal?.title ?? r.goal?.title;
  const href = goal ? `#goal-${goal.id}` : null;
  const path = remarkPath(r);
  const name =
    indicator?.name ?? pathIndicatorName(r) ?? t('review.remarks.place.earlierIndicator', { number: r.revision });
  if (r.indicatorId && r.year != null)
    return { label: t('review.remarks.place.value', { year: r.year, name }), href, path };
  if (r.indicatorId) return { label: t('review.remarks.place.indicator', { name }), href, path };
  if (r.goalId) return { label: t('review.remarks.place.goal', { title: goalTitle ?? '—' }), href, path };
  return { label: t('review.remarks.place.strategy'), href: null, path };
}
