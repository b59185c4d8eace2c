import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { DEFAULT_DUE_RULES, type DueRule } from '@tsifra/domain/reporting-calendar';
import { DEFAULT_THRESHOLDS, type ProgressThresholds } from '@tsifra/domain/execution/progress';
import { strategyProgress, type StrategyProgress } from '@tsifra/domain/execution/strategy-progress';
import type { LoaderOptions } from '../../graphql/loader-options';
import { mapGroups, selectArraysByKeys } from '../../db/batch';
import type { GoalRow, StrategyIndicators } from '../goal/goal.loaders';
import { toDate } from '../../db/raw-values';
import { readProgressInputs } from './progress-inputs';

/** A reported actual as read for one indicator row (`forIndicatorId`), found through the indicator's lineage. */
export interface ActualRow {
  id: string;
  forIndicatorId: string;
  strategyId: string;
  indicatorId: string;
  year: number;
  value: number;
  version: number;
  note: string | null;
  source: string | null;
  reportedById: string | null;
  reportedAt: Date;
  supersededAt: Date | null;
}

/** A strategy's actuals: every version by indicator (by year, newest version first per year). */
export interface StrategyActuals {
  historyByIndicator: Map<string, ActualRow[]>;
}

export interface ExecutionSettings {
  thresholds: ProgressThresholds;
  actualsDue: DueRule;
}

export const SETTING_THRESHOLDS = 'progress.thresholds';
export const SETTING_ACTUALS_DUE = 'actuals.due-rule';

/** Reads every actual (all versions) of the indicators of the given strategies: one statement per 5 000 strategies. */
export async function readActuals(dataSource: DataSource, strategyIds: readonly string[]): Promise<ActualRow[]> {
  const q = (n: string) => dataSource.driver.escape(n);
  const cols = `a.${q('id')}, i.${q('id')}, i.${q('strategy_id')}, a.${q('indicator_id')}, a.${q('year')}, a.${q('value')},
    a.${q('version')}, a.${q('note')}, a.${q('source')}, a.${q('reported_by_id')}, a.${q('reported_at')}, a.${q('superseded_at')}`;
  const out: ActualRow[] = [];
  for (const values of await actualsOfStrategies(dataSource, cols, '', strategyIds)) {
    const [id, forIndicatorId, strategyId, indicatorId, year, value, version, note, source, reportedById] = values as [
      string,
      string,
      string,
      string,
      number,
      number,
      number,
      string | null,
      string | null,
      string | null,
    ];
    out.push({
      id,
      forIndicatorId,
      strategyId,
      indicatorId,
      year: Number(year),
      value: Number(value),
      version: Number(version),
      note,
      source,
      reportedById,
      reportedAt: toDate(values[10])!,
      supersededAt: toDate(values[11]),
    });
  }
  return out;
}

/** A current (not superseded) actual: what the indicator shows and progress counts. */
export interface CurrentActualRow {
  forIndicatorId: string;
  strategyId: string;
  year: number;
  value: number;
  version: number;
}

/**
 * Reads only the current actuals of the given strategies' indicators, five columns: the region page and progress
 * need the value per year, not the history with its notes and dates (a third of the rows' cost).
 */
export async function readCurrentActuals(
  dataSource: DataSource,
  strategyIds: readonly string[],
): Promise<CurrentActualRow[]> {
  const q = (n: string) => dataSource.driver.escape(n);
  const cols = `i.${q('id')}, i.${q('strategy_id')}, a.${q('year')}, a.${q('value')}, a.${q('version')}`;
  const rows = await actualsOfStrategies(dataSource, cols, ` AND a.${q('superseded_at')} IS NULL`, strategyIds);
  return rows.map(([forIndicatorId, strategyId, year, value, version]) => ({
    forIndicatorId: forIndicatorId as string,
    strategyId: strategyId as string,
    year: Number(year),
    value: Number(value),
    version: Number(version),
  }));
}

/** Actuals of the strategies' indicators, found through each indicator's lineage (selectArraysByKeys). */
function actualsOfStrategies(
  dataSource: DataSource,
  columns: string,
  filter: string,
  strategyIds: readonly string[],
): Promise<unknown[][]> {
  return selectArraysByKeys(
    dataSource,
    `SELECT ${columns} FROM indicator_actuals a INNER JOIN indicators i ON a.lineage_id = COALESCE(i.lineage_id, i.id) WHERE i.strategy_id IN (:...keys)${filter}`,
    strategyIds,
  );
}

/** Current values by indicator and year (the highest current version, should two ever be current). */
export function indexCurrentActuals(rows: readonly CurrentActualRow[]): CurrentActuals {
  const byIndicator: CurrentActuals = new Map();
  for (const r of rows) {
    let byYear = byIndicator.get(r.forIndicatorId);
    if (!byYear) byIndicator.set(r.forIndicatorId, (byYear = new Map()));
    const seen = byYear.get(r.year);
    if (!seen || seen.version < r.version) byYear.set(r.year, r);
  }
  return byIndicator;
}

/** A strategy's current actuals: by indicator, by year. */
export type CurrentActuals = Map<string, Map<number, { year: number; value: number; version: number }>>;

export function indexActuals(rows: readonly ActualRow[]): StrategyActuals {
  const historyByIndicator = mapGroups(rows, (r) => r.forIndicatorId);
  for (const list of historyByIndicator.values()) list.sort((a, b) => a.year - b.year || b.version - a.version);
  return { historyByIndicator };
}

export async function readSettings(dataSource: DataSource): Promise<ExecutionSettings> {
  const rows = (await dataSource.query(
    `SELECT ${dataSource.driver.escape('key')} AS ${dataSource.driver.escape('key')}, ${dataSource.driver.escape('value')} AS ${dataSource.driver.escape('value')} FROM execution_settings`,
  )) as { key: string; value: string }[];
  const get = <T>(key: string, fallback: T): T => {
    const row = rows.find((r) => r.key === key);
    return row ? { ...fallback, ...(JSON.parse(row.value) as T) } : fallback;
  };
  return {
    thresholds: get(SETTING_THRESHOLDS, DEFAULT_THRESHOLDS),
    actualsDue: get<DueRule>(SETTING_ACTUALS_DUE, { ...DEFAULT_DUE_RULES.actuals }),
  };
}

/**
 * Actuals and progress, per request. A strategy's actuals cost one statement for any number of strategies; its
 * progress reuses the goal loaders' whole-strategy reads, so the federal view costs the same for 1 or 85 regions.
 */
export function createExecutionLoaders(
  dataSource: DataSource,
  deps: {
    goalsByStrategyId: DataLoader<string, GoalRow[]>;
    indicatorsByStrategyId: DataLoader<string, StrategyIndicators>;
  },
  options: LoaderOptions = {},
) {
  let settings: Promise<ExecutionSettings> | undefined;
  const executionSettings = () => (settings ??= readSettings(dataSource));
  const actualsByStrategyId = new DataLoader<string, StrategyActuals>(async (ids) => {
    const rows = await readActuals(dataSource, ids);
    const byStrategy = mapGroups(rows, (r) => r.strategyId);
    return ids.map((id) => indexActuals(byStrategy.get(id) ?? []));
  }, options);
  const currentActualsByStrategyId = new DataLoader<string, CurrentActuals>(async (ids) => {
    const byStrategy = mapGroups(await readCurrentActuals(dataSource, ids), (r) => r.strategyId);
    return ids.map((id) => indexCurrentActuals(byStrategy.get(id) ?? []));
  }, options);
  // Once a strategy's current actuals are in, an indicator's values are answered synchronously (no promise per
  // field on a national read), as the goal loaders do for targets.
  const loadedActuals = new Map<string, CurrentActuals>();
  const currentActualsOf = (indicator: {
    id: string;
    strategyId: string;
  }): { year: number; value: number }[] | Promise<{ year: number; value: number }[]> => {
    const pick = (a: CurrentActuals) =>
      [...(a.get(indicator.id)?.values() ?? [])]
        .sort((x, y) => x.year - y.year)
        .map((r) => ({ year: r.year, value: r.value }));
    const known = loadedActuals.get(indicator.strategyId);
    if (known) return pick(known);
    return currentActualsByStrategyId
      .load(indicator.strategyId)
      .then((a) => (loadedActuals.set(indicator.strategyId, a), pick(a)));
  };
  /** Key: `${strategyId}:${year}`. */
  const progressOfStrategy = new DataLoader<string, StrategyProgress>(async (keys) => {
    const parsed = keys.map((k) => ({
      id: k.slice(0, k.lastIndexOf(':')),
      year: Number(k.slice(k.lastIndexOf(':') + 1)),
    }));
    const ids = parsed.map((p) => p.id);
    const [goals, indicators, actuals, s] = await Promise.all([
      deps.goalsByStrategyId.loadMany(ids),
      deps.indicatorsByStrategyId.loadMany(ids),
      currentActualsByStrategyId.loadMany(ids),
      executionSettings(),
    ]);
    return parsed.map(({ year }, n) => {
      const g = goals[n];
      const ind = indicators[n];
      const act = actuals[n];
      if (g === undefined || g instanceof Error) return g ?? new Error('goals missing');
      if (ind === undefined || ind instanceof Error) return ind ?? new Error('indicators missing');
      if (act === undefined || act instanceof Error) return act ?? new Error('actuals missing');
      const nodes = [...ind.byGoal.values()].flat().map((i) => ({
        id: i.id,
        goalId: i.goalId,
        direction: i.direction as 'INCREASE' | 'DECREASE' | null,
        baselineYear: i.baselineYear,
        baselineValue: i.baselineValue,
        targets: ind.targetsByIndicator.get(i.id) ?? [],
      }));
      return strategyProgress(
        g.map((x) => ({ id: x.id, parentId: x.parentId, sectorCode: x.sectorId })),
        nodes,
        year,
        (id) => act.get(id)?.get(year)?.value,
        s.thresholds,
      );
    });
  }, options);
  /**
   * The same progress from lean reads (key `${strategyId}:${year}`): for the federal view, which needs only the
   * roll-up, not the goals' texts or the actuals' history that the region page loads anyway.
   */
  const federalProgressOfStrategy = new DataLoader<string, StrategyProgress>(async (keys) => {
    const s = await executionSettings();
    const out = new Map<string, StrategyProgress>();
    for (const [year, group] of mapGroups(keys, (k) => Number(k.slice(k.lastIndexOf(':') + 1)))) {
      const inputs = await readProgressInputs(
        dataSource,
        group.map((k) => k.slice(0, k.lastIndexOf(':'))),
        year,
      );
      for (const k of group) {
        const x = inputs.get(k.slice(0, k.lastIndexOf(':')))!;
        out.set(k, strategyProgress(x.goals, x.indicators, year, x.actualOf, s.thresholds));
      }
    }
    return keys.map((k) => out.get(k)!);
  }, options);
  return {
    executionSettings,
    actualsByStrategyId,
    currentActualsByStrategyId,
    progressOfStrategy,
    federalProgressOfStrategy,
    currentActualsOf,
  };
}

export type ExecutionLoaders = ReturnType<typeof createExecutionLoaders>;
