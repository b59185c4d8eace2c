import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { DEFAULT_DUE_RULES, type DueRule } from '@tsifra/domain/reporting-calendar';
import { DEFAULT_THRESHOLDS, type ProgressThresholds } from '@tsifra/domain/execution/progress';
import { strategyProgress, type StrategyProgress } from '@tsifra/domain/execution/strategy-progress';
import type { LoaderOptions } from '../../graphql/loader-options';
import { mapGroups } from '../../db/batch';
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

/** A strategy's actuals: every version by indicator (newest first per year), and the current value by indicator and year. */
export interface StrategyActuals {
  historyByIndicator: Map<string, ActualRow[]>;
  currentByIndicator: Map<string, Map<number, ActualRow>>;
}

export interface ExecutionSettings {
  thresholds: ProgressThresholds;
  actualsDue: DueRule;
}

export const SETTING_THRESHOLDS = 'progress.thresholds';
export const SETTING_ACTUALS_DUE = 'actuals.due-rule';

const CHUNK = 5000;

/** Reads every actual (all versions) of the indicators of the given strategies: one statement per 5 000 strategies. */
export async function readActuals(dataSource: DataSource, strategyIds: readonly string[]): Promise<ActualRow[]> {
  const q = (n: string) => dataSource.driver.escape(n);
  const cols = `a.${q('id')} AS ${q('id')}, i.${q('id')} AS ${q('forIndicatorId')}, i.${q('strategy_id')} AS ${q('strategyId')}, a.${q('indicator_id')} AS ${q('indicatorId')},
    a.${q('year')} AS ${q('year')}, a.${q('value')} AS ${q('value')}, a.${q('version')} AS ${q('version')}, a.${q('note')} AS ${q('note')}, a.${q('source')} AS ${q('source')},
    a.${q('reported_by_id')} AS ${q('reportedById')}, a.${q('reported_at')} AS ${q('reportedAt')}, a.${q('superseded_at')} AS ${q('supersededAt')}`;
  const unique = [...new Set(strategyIds)];
  const out: ActualRow[] = [];
  for (let k = 0; k < unique.length; k += CHUNK) {
    const [sql, params] = dataSource.driver.escapeQueryWithParameters(
      `SELECT ${cols} FROM indicator_actuals a INNER JOIN indicators i ON a.lineage_id = COALESCE(i.lineage_id, i.id) WHERE i.strategy_id IN (:...keys)`,
      { keys: unique.slice(k, k + CHUNK) },
    );
    for (const r of (await dataSource.query(sql, params)) as ActualRow[]) {
      out.push({
        ...r,
        year: Number(r.year),
        value: Number(r.value),
        version: Number(r.version),
        reportedAt: toDate(r.reportedAt)!,
        supersededAt: toDate(r.supersededAt),
      });
    }
  }
  return out;
}

export function indexActuals(rows: readonly ActualRow[]): StrategyActuals {
  const historyByIndicator = new Map<string, ActualRow[]>();
  const currentByIndicator = new Map<string, Map<number, ActualRow>>();
  for (const r of rows) {
    const list = historyByIndicator.get(r.forIndicatorId);
    if (list) list.push(r);
    else historyByIndicator.set(r.forIndicatorId, [r]);
    if (r.supersededAt === null) {
      const byYear = currentByIndicator.get(r.forIndicatorId) ?? new Map<number, ActualRow>();
      const seen = byYear.get(r.year);
      if (!seen || seen.version < r.version) byYear.set(r.year, r);
      currentByIndicator.set(r.forIndicatorId, byYear);
    }
  }
  for (const list of historyByIndicator.values()) list.sort((a, b) => a.year - b.year || b.version - a.version);
  return { historyByIndicator, currentByIndicator };
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
  // Once a strategy's actuals are in, an indicator's current values are answered synchronously (no promise per
  // field on a national read), as the goal loaders do for targets.
  const loadedActuals = new Map<string, StrategyActuals>();
  const currentActualsOf = (indicator: {
    id: string;
    strategyId: string;
  }): { year: number; value: number }[] | Promise<{ year: number; value: number }[]> => {
    const pick = (a: StrategyActuals) =>
      [...(a.currentByIndicator.get(indicator.id)?.values() ?? [])]
        .sort((x, y) => x.year - y.year)
        .map((r) => ({ year: r.year, value: r.value }));
    const known = loadedActuals.get(indicator.strategyId);
    if (known) return pick(known);
    return actualsByStrategyId
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
      actualsByStrategyId.loadMany(ids),
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
        targets: (ind.valuesByIndicator.get(i.id) ?? []).filter((v) => v.kind === 'TARGET'),
      }));
      return strategyProgress(
        g.map((x) => ({ id: x.id, parentId: x.parentId, sectorCode: x.sectorId })),
        nodes,
        year,
        (id) => act.currentByIndicator.get(id)?.get(year)?.value,
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
  return { executionSettings, actualsByStrategyId, progressOfStrategy, federalProgressOfStrategy, currentActualsOf };
}

export type ExecutionLoaders = ReturnType<typeof createExecutionLoaders>;
