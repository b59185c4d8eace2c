import { findUnit } from '@tsifra/domain/strategy/units';
import { useMemo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { GoalState, IndicatorState } from '../model/goalForm';
import type { ConflictRow } from '../../../shared/ui/ConflictView';

function describeIndicator(
  t: (key: string, params?: Record<string, unknown>) => string,
  ind: IndicatorState | undefined,
): string {
  if (!ind) return '';
  const unit = findUnit(ind.unit)?.symbol ?? ind.unit;
  const targets = ind.targets
    .filter((x) => x.value.trim() !== '')
    .map((x) => `${x.year}: ${x.value}`)
    .join('; ');
  return t('editor.conflict.indicatorSummary', {
    name: ind.name,
    unit,
    baselineValue: ind.baselineValue,
    baselineYear: ind.baselineYear,
    targets: targets || '—',
    responsible: ind.responsible || '—',
  });
}

/** The fields of a goal side by side: the server's now, the user's draft, and whether the server's moved since `base`. */
export function useConflictRows(
  base: GoalState,
  theirs: GoalState,
  yours: GoalState,
  parentOptions: readonly { id: string; label: string }[] | undefined,
): ConflictRow[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const parentLabel = (id: string | null) =>
      id ? (parentOptions?.find((p) => p.id === id)?.label ?? id) : t('editor.goal.noParent');
    const row = (label: string, pick: (s: GoalState) => string): ConflictRow => ({
      label,
      theirs: pick(theirs),
      yours: pick(yours),
      changedOnServer: pick(theirs) !== pick(base),
    });
    const rows = [
      row(t('editor.goal.title'), (s) => s.title),
      row(t('editor.goal.description'), (s) => s.description),
      row(t('editor.goal.horizon'), (s) => t(`horizon.${s.horizon}`)),
      row(t('editor.goal.parent'), (s) => parentLabel(s.parentId)),
    ];
    const count = Math.max(base.indicators.length, theirs.indicators.length, yours.indicators.length);
    for (let i = 0; i < count; i += 1) {
      rows.push(row(t('editor.indicator.legend', { number: i + 1 }), (s) => describeIndicator(t, s.indicators[i])));
    }
    return rows;
  }, [base, theirs, yours, parentOptions, t]);
}
