import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { appendAll, findByKeys, groupByKeys, mapGroups } from '../../db/batch';
import { GoalEntity } from './goal.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';

/** A strategy's indicators by goal, and their values by indicator. */
export interface StrategyIndicators {
  byGoal: Map<string, IndicatorEntity[]>;
  valuesByIndicator: Map<string, IndicatorValueEntity[]>;
}

/** A strategy's goals indexed once per request, so parent and children lookups do not rescan the whole list. */
export interface GoalIndex {
  byId: Map<string, GoalEntity>;
  byParent: Map<string | null, GoalEntity[]>;
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
  const goalsByStrategyId = new DataLoader<string, GoalEntity[]>(
    async (ids) => groupByKeys(ids, await findByKeys(goals, 'strategyId', ids, { position: 'ASC' }), (g) => g.strategyId),
    options,
  );
  return {
    goalsByStrategyId,
    goalIndexByStrategyId: new DataLoader<string, GoalIndex>(
      async (ids) =>
        (await goalsByStrategyId.loadMany(ids)).map((list) =>
          list instanceof Error ? list : { byId: new Map(list.map((g) => [g.id, g])), byParent: mapGroups(list, (g) => g.parentId) },
        ),
      options,
    ),
    indicatorsByStrategyId: new DataLoader<string, StrategyIndicators>(async (ids) => {
      const rows = await findByKeys(indicators, 'strategyId', ids, { position: 'ASC' });
      // Values are found through their indicators' strategy: a handful of strategy ids bound, not one per indicator.
      const valueRows: IndicatorValueEntity[] = [];
      for (let i = 0; i < ids.length; i += 5000) {
        appendAll(
          valueRows,
          await values
            .createQueryBuilder('v')
            .innerJoin(IndicatorEntity, 'i', 'i.id = v.indicator_id')
            .where('i.strategy_id IN (:...ids)', { ids: ids.slice(i, i + 5000) })
            .orderBy('v.year', 'ASC')
            .getMany(),
        );
      }
      const valuesByIndicator = mapGroups(valueRows, (v) => v.indicatorId);
      return groupByKeys(ids, rows, (i) => i.strategyId).map((list) => ({ byGoal: mapGroups(list, (i) => i.goalId), valuesByIndicator }));
    }, options),
  };
}
