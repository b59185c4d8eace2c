import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, mapGroups } from '../../db/batch';
import { GoalEntity } from './goal.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';

/** A strategy's indicators by goal, and their values by indicator. */
export interface StrategyIndicators {
  byGoal: Map<string, IndicatorEntity[]>;
  valuesByIndicator: Map<string, IndicatorValueEntity[]>;
}

/**
 * A strategy's goals are read whole (one statement for any number of strategies); parent and children
 * are then found in that set, so a tree of any depth costs no further statements. Indicators and their
 * values are read whole per strategy too (two statements): goals of every level then find theirs in that
 * one result, however many levels the query nests and whenever each level resolves.
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
    indicatorsByStrategyId: new DataLoader<string, StrategyIndicators>(async (ids) => {
      const rows = await findByKeys(indicators, 'strategyId', ids, { position: 'ASC' });
      const valueRows = await findByKeys(values, 'indicatorId', rows.map((i) => i.id), { year: 'ASC' });
      const valuesByIndicator = mapGroups(valueRows, (v) => v.indicatorId);
      return groupByKeys(ids, rows, (i) => i.strategyId).map((list) => ({ byGoal: mapGroups(list, (i) => i.goalId), valuesByIndicator }));
    }, options),
  };
}
