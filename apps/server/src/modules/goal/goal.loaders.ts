import DataLoader from 'dataloader';
import type { DataSource, Repository } from 'typeorm';
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
  const byStrategy = {
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
  return { ...byStrategy, ...relationLoaders(byStrategy, { goals, indicators, values }, options) };
}

/**
 * The relations field resolvers use, keyed by the parent row. Batched (the default) they are answered from the
 * strategy-wide reads above. With `{ batch: false }` — the benchmark's naive reference — each parent row issues
 * its own statement (`WHERE parent_id = ?`, `WHERE goal_id = ?`, `WHERE indicator_id = ?`), the N+1 pattern
 * batching exists to avoid.
 */
function relationLoaders(
  byStrategy: { goalIndexByStrategyId: DataLoader<string, GoalIndex>; indicatorsByStrategyId: DataLoader<string, StrategyIndicators> },
  repos: { goals: Repository<GoalEntity>; indicators: Repository<IndicatorEntity>; values: Repository<IndicatorValueEntity> },
  options: LoaderOptions,
) {
  const byId = { cacheKeyFn: (row: { id: string }) => row.id };
  if (options.batch === false) {
    const perRow = { ...byId, batch: false };
    return {
      childrenOfGoal: new DataLoader<GoalEntity, GoalEntity[], string>(
        async ([g]) => [await repos.goals.find({ where: { parentId: g!.id }, order: { position: 'ASC' } })],
        perRow,
      ),
      indicatorsOfGoal: new DataLoader<GoalEntity, IndicatorEntity[], string>(
        async ([g]) => [await repos.indicators.find({ where: { goalId: g!.id }, order: { position: 'ASC' } })],
        perRow,
      ),
      valuesOfIndicator: new DataLoader<IndicatorEntity, IndicatorValueEntity[], string>(
        async ([i]) => [await repos.values.find({ where: { indicatorId: i!.id }, order: { year: 'ASC' } })],
        perRow,
      ),
    };
  }
  return {
    childrenOfGoal: new DataLoader<GoalEntity, GoalEntity[], string>(
      (goals) => Promise.all(goals.map(async (g) => (await byStrategy.goalIndexByStrategyId.load(g.strategyId)).byParent.get(g.id) ?? [])),
      byId,
    ),
    indicatorsOfGoal: new DataLoader<GoalEntity, IndicatorEntity[], string>(
      (goals) => Promise.all(goals.map(async (g) => (await byStrategy.indicatorsByStrategyId.load(g.strategyId)).byGoal.get(g.id) ?? [])),
      byId,
    ),
    valuesOfIndicator: new DataLoader<IndicatorEntity, IndicatorValueEntity[], string>(
      (list) => Promise.all(list.map(async (i) => (await byStrategy.indicatorsByStrategyId.load(i.strategyId)).valuesByIndicator.get(i.id) ?? [])),
      byId,
    ),
  };
}
