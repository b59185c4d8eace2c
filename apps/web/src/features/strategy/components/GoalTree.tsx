import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { Horizon } from '../../../gql/graphql';
import { GoalItem, type GoalItem_goal } from './GoalItem';
import { HORIZONS_OUTER_FIRST, horizonYear } from '../../../shared/strategy/horizons';

// Goals nest 2030 → 2024 → 2021 (domain.md); GraphQL fragments cannot recurse,
// so the three levels are spelled out.
export const GoalTree_strategy = graphql(`
  fragment GoalTree_strategy on Strategy {
    id
    sectors {
      id
      code
      name
      nameEn
    }
    goals {
      id
      horizon
      position
      sector {
        id
        code
        name
        nameEn
      }
      ...GoalItem_goal
      children {
        id
        horizon
        position
        ...GoalItem_goal
        children {
          id
          horizon
          position
          ...GoalItem_goal
        }
      }
    }
  }
`);

type GoalNode = FragmentType<typeof GoalItem_goal> & {
  id: string;
  horizon: Horizon;
  position: number;
  children?: readonly GoalNode[];
};

const byPosition = (a: GoalNode, b: GoalNode) => a.position - b.position;

function countGoals(goals: readonly GoalNode[]): number {
  return goals.reduce((sum, goal) => sum + 1 + countGoals(goal.children ?? []), 0);
}

function GoalBranch({ goals }: { goals: readonly GoalNode[] }) {
  return (
    <ul className="goal-list">
      {[...goals].sort(byPosition).map((goal) => (
        <li key={goal.id}>
          <GoalItem goal={goal}>
            {goal.children && goal.children.length > 0 && <GoalBranch goals={goal.children} />}
          </GoalItem>
        </li>
      ))}
    </ul>
  );
}

/**
 * A strategy's goals grouped by sector, then by horizon (2030 first), each
 * goal holding its nested goals of the next horizons.
 */
export function GoalTree(props: { strategy: FragmentType<typeof GoalTree_strategy> }) {
  const strategy = useFragment(GoalTree_strategy, props.strategy);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);

  // Chosen sectors first, in the strategy's order; then any sector a goal uses
  // that is no longer chosen, so no goal is hidden.
  const sectors = [...strategy.sectors];
  for (const goal of strategy.goals) {
    if (!sectors.some((s) => s.id === goal.sector.id)) sectors.push(goal.sector);
  }

  if (strategy.goals.length === 0) return <p>{t('strategy.goals.none')}</p>;

  return (
    <div className="goal-tree">
      {sectors.map((sector) => {
        const sectorGoals = strategy.goals.filter((goal) => goal.sector.id === sector.id);
        const headingId = `sector-${sector.code}`;
        return (
          <section key={sector.id} className="goal-tree__sector" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {lang === 'en' ? sector.nameEn : sector.name}{' '}
              <span className="muted">({t('strategy.goals.count', { count: countGoals(sectorGoals) })})</span>
            </h3>
            {sectorGoals.length === 0 && <p>{t('strategy.goals.sectorNone')}</p>}
            {HORIZONS_OUTER_FIRST.map((horizon) => {
              const topLevel = sectorGoals.filter((goal) => goal.horizon === horizon);
              if (topLevel.length === 0) return null;
              return (
                <section key={horizon} aria-label={t('horizon.goalsHeading', { year: horizonYear(horizon) })}>
                  <h4>{t('horizon.goalsHeading', { year: horizonYear(horizon) })}</h4>
                  <GoalBranch goals={topLevel} />
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
