import { PATH_SEPARATOR } from '@tsifra/domain/strategy/goal-path';
import type { TFunction } from '../i18n/translator';

/** What the place of a remark is read from: its pin and the path the server reads from its revision. */
export interface RemarkPlaceFields {
  revision?: number | null;
  goalId?: string | null;
  indicatorId?: string | null;
  year?: number | null;
  goal?: { title: string } | null;
  targetPath?: readonly string[] | null;
}

/** Where a remark is pinned as a path from its revision: «Здравоохранение › Цель 2030 › Цель 2024 › показатель › 2024». */
export function remarkPath(remark: Pick<RemarkPlaceFields, 'targetPath'>): string {
  return (remark.targetPath ?? []).join(PATH_SEPARATOR);
}

/**
 * The indicator's name as the remark's revision had it (the step before the year, or the last step):
 * the path is sector, goals, indicator[, year], so it needs at least a sector, a goal and the indicator.
 */
export function pathIndicatorName(remark: RemarkPlaceFields): string | undefined {
  const path = remark.targetPath ?? [];
  if (!remark.indicatorId) return undefined;
  const steps = remark.year != null ? path.slice(0, -1) : path;
  return steps.length >= 3 ? steps.at(-1) : undefined;
}

/**
 * Where a remark is pinned, in words: «цель «…» › показатель «…» › значение 2024 г.», or the strategy as a whole.
 * An indicator the current strategy no longer has is named as its revision had it, and only without that by the revision.
 */
export function remarkPlace(
  t: TFunction,
  remark: RemarkPlaceFields,
  indicatorName?: (id: string) => string | undefined,
): string {
  const parts: string[] = [];
  if (remark.goal) parts.push(t('remarks.place.goal', { title: remark.goal.title }));
  else if (remark.goalId) parts.push(t('remarks.place.deletedGoal'));
  if (remark.indicatorId) {
    const name = indicatorName?.(remark.indicatorId) ?? pathIndicatorName(remark);
    parts.push(
      name
        ? t('remarks.place.indicator', { name })
        : t('remarks.place.indicatorOfRevision', { revision: remark.revision ?? '' }),
    );
  }
  if (remark.year != null) parts.push(t('remarks.place.value', { year: remark.year }));
  return parts.length > 0 ? parts.join(' › ') : t('remarks.place.strategy');
}
