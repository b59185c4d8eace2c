import DataLoader from 'dataloader';
import type { DataSource, Repository } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { groupByKeys, mapGroups, selectRowsByKeys } from '../../db/batch';
import { GoalEntity } from './goal.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { readTargetsOfStrategies, type IndicatorTargetRow } from './targets-read';

export type { IndicatorTargetRow } from './targets-read';

/** The goal columns reads need: what GraphQL shows and the keys relations follow (not the timestamps). */
export type GoalRow = Pick<
  GoalEntity,
  'id' | 'strategyId' | 'sectorId' | 'parentId' | 'horizon' | 'title' | 'description' | 'position'
>;
export type IndicatorRow = Pick<
  IndicatorEntity,
  | 'id'
  | 'goalId'
  | 'strategyId'
  | 'name'
  | 'unit'
  | 'direction'
  | 'baselineYear'
  | 'baselineValue'
  | 'responsible'
  | 'position'
>;

/** A strategy's indicators by goal, and their targets by indicator (by year). */
export interface StrategyIndicators {
  byGoal: Map<string, IndicatorRow[]>;
  targetsByIndicator: Map<string, IndicatorTargetRow[]>;
}

/** A strategy's goals indexed once per request, so parent and children lookups do not rescan the whole list. */
export interface GoalIndex {
  byId: Map<string, GoalRow>;
  byParent: Map<string | null, GoalRow[]>;
}

const GOAL_COLUMNS = {
  id: 'id',
  strategyId: 'strategy_id',
  sectorId: 'sector_id',
  parentId: 'parent_id',
  horizon: 'horizon',
  title: 'title',
  description: 'description',
  position: 'position',
} as const;
const INDICATOR_COLUMNS = {
  id: 'id',
  goalId: 'goal_id',
  strategyId: 'strategy_id',
  name: 'name',
  unit: 'unit',
  direction: 'direction',
  baselineYear: 'baseline_year',
  baselineValue: 'baseline_value',
  responsible: 'responsible',
  position: 'position',
} as const;

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
  // Plain rows with the named columns (TypeORM's entity hydration was a third of a national read's CPU time).
  const goalsByStrategyId = new DataLoader<string, GoalRow[]>(
    async (ids) =>
      groupByKeys(
        ids,
        await selectRowsByKeys<GoalRow>(dataSource, {
          table: 'goals',
          columns: GOAL_COLUMNS,
          key: 'strategy_id',
          keys: ids,
          orderBy: ['position', 'id'],
        }),
        (g) => g.strategyId,
      ),
    options,
  );
  const byStrategy = {
    goalsByStrategyId,
    goalIndexByStrategyId: new DataLoader<string, GoalIndex>(
      async (ids) =>
        (await goalsByStrategyId.loadMany(ids)).map((list) =>
          list instanceof Error
            ? list
            : { byId: new Map(list.map((g) => [g.id, g])), byParent: mapGroups(list, (g) => g.parentId) },
        ),
      options,
    ),
    indicatorsByStrategyId: new DataLoader<string, StrategyIndicators>(async (ids) => {
      // No ORDER BY on these two large reads: sorting hundreds of thousands of rows made PostgreSQL spill to disk
      // and walk the index in random order (1.9 s against 0.66 s unsorted at 4× data), growing faster than the data.
      // Each goal's few indicators and each indicator's few values are sorted here instead: linear overall.
      // Both statements at once: on PostgreSQL they run on two pooled connections (one round trip, not two).
      const [rows, targetsByIndicator] = await Promise.all([
        selectRowsByKeys<IndicatorRow>(dataSource, {
          table: 'indicators',
          columns: INDICATOR_COLUMNS,
          key: 'strategy_id',
          keys: ids,
        }),
        // Targets are found through their indicators' strategy: a handful of strategy ids bound, not one per indicator.
        readTargetsOfStrategies(dataSource, ids),
      ]);
      const byPosition = (a: IndicatorRow, b: IndicatorRow) => a.position - b.position || compareText(a.id, b.id);
      return groupByKeys(ids, rows, (i) => i.strategyId).map((list) => ({
        byGoal: sortGroups(
          mapGroups(list, (i) => i.goalId),
          byPosition,
        ),
        targetsByIndicator,
      }));
    }, options),
  };
  return { ...byStrategy, ...relationLoaders(byStrategy, { goals, indicators, values }, options) };
}

/** Code-point order, as the databases' binary collation of ids: the same on SQLite and PostgreSQL. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts every group of a map in place (groups are small: a goal's indicators, an indicator's values). */
function sortGroups<K, T>(groups: Map<K, T[]>, compare: (a: T, b: T) => number): Map<K, T[]> {
  for (const list of groups.values()) if (list.length > 1) list.sort(compare);
  return groups;
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
  byStrategy: {
    goalIndexByStrategyId: DataLoader<string, GoalIndex>;
    indicatorsByStrategyId: DataLoader<string, StrategyIndicators>;
  },
  repos: {
    goals: Repository<GoalEntity>;
    indicators: Repository<IndicatorEntity>;
    values: Repository<IndicatorValueEntity>;
  },
  options: LoaderOptions,
): {
  childrenOfGoal: RelationLoader<GoalRow, GoalRow[]>;
  indicatorsOfGoal: RelationLoader<GoalRow, IndicatorRow[]>;
  targetsOfIndicator: RelationLoader<IndicatorRow, IndicatorTargetRow[]>;
} {
  const byId = { cacheKeyFn: (row: { id: string }) => row.id };
  if (options.batch === false) {
    const perRow = { ...byId, batch: false };
    return {
      childrenOfGoal: new DataLoader<GoalRow, GoalRow[], string>(
        async ([g]) => [await repos.goals.find({ where: { parentId: g!.id }, order: { position: 'ASC' } })],
        perRow,
      ),
      indicatorsOfGoal: new DataLoader<GoalRow, IndicatorRow[], string>(
        async ([g]) => [await repos.indicators.find({ where: { goalId: g!.id }, order: { position: 'ASC' } })],
        perRow,
      ),
      targetsOfIndicator: new DataLoader<IndicatorRow, IndicatorTargetRow[], string>(
        async ([i]) => [
          await repos.values.find({ where: { indicatorId: i!.id, kind: 'TARGET' }, order: { year: 'ASC' } }),
        ],
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
  const known = <T>(value: T | undefined, later: () => Promise<T>): T | Promise<T> =>
    value !== undefined ? value : later();
  return {
    childrenOfGoal: {
      load: (g: GoalRow) =>
        known(
          indexes.get(g.strategyId)?.byParent.get(g.id) ?? (indexes.has(g.strategyId) ? [] : undefined),
          async () => (await indexOf(g.strategyId)).byParent.get(g.id) ?? [],
        ),
    },
    indicatorsOfGoal: {
      load: (g: GoalRow) =>
        known(
          indicatorSets.get(g.strategyId)?.byGoal.get(g.id) ?? (indicatorSets.has(g.strategyId) ? [] : undefined),
          async () => (await indicatorsOf(g.strategyId)).byGoal.get(g.id) ?? [],
        ),
    },
    targetsOfIndicator: {
      load: (i: IndicatorRow) =>
        known(
          indicatorSets.get(i.strategyId)?.targetsByIndicator.get(i.id) ??
            (indicatorSets.has(i.strategyId) ? [] : undefined),
          async () => (await indicatorsOf(i.strategyId)).targetsByIndicator.get(i.id) ?? [],
        ),
    },
  };
}
