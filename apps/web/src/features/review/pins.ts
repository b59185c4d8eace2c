/** What a remark is pinned to: a goal, one of its indicators, or one target value (indicator + year). */
export interface PinTarget {
  goalId: string;
  indicatorId?: string | null;
  year?: number | null;
}

export const pinKey = (pin: PinTarget): string => `${pin.goalId}|${pin.indicatorId ?? ''}|${pin.year ?? ''}`;

export const samePin = (a: PinTarget | null, b: PinTarget): boolean => a !== null && pinKey(a) === pinKey(b);

interface RemarkPin {
  status?: string | null;
  goalId?: string | null;
  indicatorId?: string | null;
  year?: number | null;
}

/**
 * Open remarks per place in the content shown. A remark made on an earlier revision whose indicator
 * no longer exists (indicators are re-created on edit) falls back to its goal; one whose goal is gone
 * (or pinned to the whole strategy) is counted under the empty key.
 */
export function openRemarksByPin(
  remarks: readonly RemarkPin[],
  content: { goals: readonly { id: string; indicators: readonly { id: string }[] }[] },
): Map<string, number> {
  const goalIds = new Set(content.goals.map((g) => g.id));
  const indicatorIds = new Set(content.goals.flatMap((g) => g.indicators.map((i) => i.id)));
  const counts = new Map<string, number>();
  for (const remark of remarks) {
    if (remark.status !== 'OPEN') continue;
    let key = '';
    if (remark.goalId && goalIds.has(remark.goalId)) {
      key =
        remark.indicatorId && indicatorIds.has(remark.indicatorId)
          ? pinKey({ goalId: remark.goalId, indicatorId: remark.indicatorId, year: remark.year })
          : pinKey({ goalId: remark.goalId });
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
