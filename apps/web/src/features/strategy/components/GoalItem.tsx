import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { horizonYear } from '../../../shared/strategy/horizons';
import { IndicatorTable } from './IndicatorTable';

export const GoalItem_goal = graphql(`
  fragment GoalItem_goal on Goal {
    id
    horizon
    title
    description
    indicators {
      id
      ...IndicatorTable_indicator
    }
  }
`);

interface GoalItemProps {
  goal: FragmentType<typeof GoalItem_goal>;
  /** Nested goals of the next horizon, rendered inside this goal. */
  children?: ReactNode;
}

/** One goal: horizon, title, description, indicators, then its nested goals. */
export function GoalItem({ goal: goalRef, children }: GoalItemProps) {
  const goal = useFragment(GoalItem_goal, goalRef);
  const { t } = useTranslation();
  const titleId = useId();
  const year = horizonYear(goal.horizon);
  return (
    <article className={`goal goal--${goal.horizon.toLowerCase()}`} aria-labelledby={titleId}>
      <p className="goal__head">
        <span className="goal__horizon">{t('horizon.badge', { year })}</span>
        <span id={titleId} className="goal__title">
          {goal.title}
        </span>
      </p>
      {goal.description && <p className="goal__description">{goal.description}</p>}
      {goal.indicators.length > 0 && (
        <ul className="goal__indicators" aria-label={t('strategy.indicator.listLabel')}>
          {goal.indicators.map((indicator) => (
            <li key={indicator.id}>
              <IndicatorTable indicator={indicator} />
            </li>
          ))}
        </ul>
      )}
      {children}
    </article>
  );
}
