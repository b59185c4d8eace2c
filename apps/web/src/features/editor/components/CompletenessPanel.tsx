import { horizonYear, isHorizon, type Horizon } from '@tsifra/domain/horizons';
import { memo } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { targetControl } from '../model/goalForm';

/** A completeness problem as the server's `Strategy.completeness` (or the domain's `completenessProblems`) gives it. */
export interface Problem {
  rule: string;
  message: string;
  sectorCode?: string | null;
  horizon?: Horizon | null;
  goalId?: string | null;
  indicatorIndex?: number | null;
  indicatorName?: string | null;
}

/** Where a problem is fixed. */
export type FocusTarget =
  | { kind: 'sectors' }
  | { kind: 'sector'; sectorCode: string; horizon: Horizon | null }
  | { kind: 'goal'; goalId: string; control?: string };

export function focusTargetOf(problem: Problem, horizonOfGoal: (goalId: string) => Horizon | null): FocusTarget {
  if (problem.goalId) {
    const horizon = problem.horizon ?? horizonOfGoal(problem.goalId);
    switch (problem.rule) {
      case 'goal_without_indicators':
        return { kind: 'goal', goalId: problem.goalId, control: 'add-indicator' };
      case 'indicator_without_targets':
      case 'indicator_horizon_not_covered':
        return {
          kind: 'goal',
          goalId: problem.goalId,
          control:
            problem.indicatorIndex != null && horizon
              ? targetControl(problem.indicatorIndex, horizonYear(horizon))
              : undefined,
        };
      default:
        return { kind: 'goal', goalId: problem.goalId };
    }
  }
  if (problem.sectorCode) return { kind: 'sector', sectorCode: problem.sectorCode, horizon: problem.horizon ?? null };
  return { kind: 'sectors' };
}

interface CompletenessPanelProps {
  problems: readonly Problem[];
  goals: ReadonlyMap<string, { title: string; horizon: Horizon }>;
  sectorName(code: string): string;
  onFocus(target: FocusTarget): void;
}

/** What must be cleared before the strategy can be submitted; each item takes you to the place to fix. */
export const CompletenessPanel = memo(function CompletenessPanel({
  problems,
  goals,
  sectorName,
  onFocus,
}: CompletenessPanelProps) {
  const { t, i18n } = useTranslation();
  const horizonOfGoal = (goalId: string) => goals.get(goalId)?.horizon ?? null;
  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title">{t('editor.completeness.title')}</h2>
      {problems.length === 0 ? (
        <p className="completeness__done" role="status">
          {t('editor.completeness.done')}
        </p>
      ) : (
        <>
          <p role="status">{t('editor.completeness.count', { count: problems.length })}</p>
          <ul className="completeness__list">
            {problems.map((problem, index) => {
              const goal = problem.goalId ? goals.get(problem.goalId) : undefined;
              const horizon = problem.horizon ?? goal?.horizon;
              const key = `editor.completeness.${problem.rule}`;
              const text = i18n.exists(key)
                ? t(key, {
                    sector: problem.sectorCode ? sectorName(problem.sectorCode) : '',
                    year: horizon && isHorizon(horizon) ? horizonYear(horizon) : '',
                    goal: goal?.title ?? problem.goalId ?? '',
                    indicator: problem.indicatorName ?? '',
                  })
                : problem.message;
              return (
                <li
                  key={`${problem.rule}-${problem.goalId ?? ''}-${problem.sectorCode ?? ''}-${problem.horizon ?? ''}-${index}`}
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onFocus(focusTargetOf(problem, horizonOfGoal))}
                  >
                    {text}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {/* A decision, said where people look: rationales help the reviewer but do not block submitting. */}
      <p className="muted completeness__note">{t('editor.completeness.rationaleOptional')}</p>
    </section>
  );
});
