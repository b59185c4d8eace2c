import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys } from '../../db/batch';
import { GoalEntity } from './goal.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';

/**
 * A strategy's goals are read whole (one statement for any number of strategies); parent and children
 * are then found in that set, so a tree of any depth costs no further statements.
 */
export function createGoalLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const goals = dataSource.getRepository(GoalEntity);
  const indicators = dataSource.getRepository(IndicatorEntity);
  const values = dataSource.getRepository(IndicatorValueEntity);
  return {
    goalsByStrategyId: new DataLoader<string, GoalEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(goals, 'strategyId', ids, { position: 'ASC' }), (g) => g.strategyId),
    options,
    ),
    indicatorsByGoalId: new DataLoader<string, IndicatorEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(indicators, 'goalId', ids, { position: 'ASC' }), (i) => i.goalId),
    options,
    ),
    valuesByIndicatorId: new DataLoader<string, IndicatorValueEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(values, 'indicatorId', ids, { year: 'ASC' }), (v) => v.indicatorId),
    options,
    ),
  };
}
