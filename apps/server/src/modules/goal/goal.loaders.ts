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
/** A relation of a parent row: a value when already loaded, otherwise a promise. */
export interface RelationLoader<P, T> {
  load(parent: P): T | Promise<T>;
}

function relationLoaders(
  byStrategy: { goalIndexByStrategyId: DataLoader<string, GoalIndex>; indicatorsByStrategyId: DataLoader<string, StrategyIndicators> },
  repos: { goals: Repository<GoalEntity>; indicators: Repository<IndicatorEntity>; values: Repository<IndicatorValueEntity> },
  options: LoaderOptions,
): {
  childrenOfGoal: RelationLoader<GoalEntity, GoalEntity[]>;
  indicatorsOfGoal: RelationLoader<GoalEntity, IndicatorEntity[]>;
  valuesOfIndicator: RelationLoader<IndicatorEntity, IndicatorValueEntity[]>;
} {
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
  // Once a strategy's rows are in, its relations are answered synchronously: a national read resolves ~600 000
  // fields, and a promise for each of them was the larger part of its garbage-collection time.
  const indexes = new Map<string, GoalIndex>();
  const indicatorSets = new Map<string, StrategyIndicators>();
  const indexOf = (strategyId: string) =>
    byStrategy.goalIndexByStrategyId.load(strategyId).then((index) => (indexes.set(strategyId, index), index));
  const indicatorsOf = (strategyId: string) =>
    byStrategy.indicatorsByStrategyId.load(strategyId).then((set) => (indicatorSets.set(strategyId, set), set));
  const known = <T>(value: T | undefined, later: () => Promise<T>): T | Promise<T> => (value !== undefined ? value : later());
  return {
    childrenOfGoal: {
      load: (g: GoalEntity) =>
        known(indexes.get(g.strategyId)?.byParent.get(g.id) ?? (indexes.has(g.strategyId) ? [] : undefined), async () => (await indexOf(g.strategyId)).byParent.get(g.id) ?? []),
    },
    indicatorsOfGoal: {
      load: (g: GoalEntity) =>
        known(indicatorSets.get(g.strategyId)?.byGoal.get(g.id) ?? (indicatorSets.has(g.strategyId) ? [] : undefined), async () => (await indicatorsOf(g.strategyId)).byGoal.get(g.id) ?? []),
    },
    valuesOfIndicator: {
      load: (i: IndicatorEntity) =>
        known(
          indicatorSets.get(i.strategyId)?.valuesByIndicator.get(i.id) ?? (indicatorSets.has(i.strategyId) ? [] : undefined),
          async () => (await indicatorsOf(i.strategyId)).valuesByIndicator.get(i.id) ?? [],
        ),
    },
  };
}
