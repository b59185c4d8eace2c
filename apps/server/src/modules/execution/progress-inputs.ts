import type { DataSource } from 'typeorm';
import type { GoalNode, IndicatorNode } from '@tsifra/domain/execution/strategy-progress';
import { appendAll, mapGroups } from '../../db/batch';
import { readTargetsOfStrategies } from '../goal/targets-read';

/**
 * What the progress roll-up of whole strategies needs for one year, and nothing else: goal ids with parent and
 * sector, indicators' direction and baseline, their targets, and the actual in force for that year. The federal
 * progress view reads 85 strategies at once; the editor's loaders (goals with titles, every value and every
 * version of every actual) would materialise several times more rows and columns than this. Four statements for
 * any number of strategies (per 5 000 of them); plain rows, no entities.
 */
export interface ProgressInputs {
  goals: GoalNode[];
  indicators: IndicatorNode[];
  actualOf: (indicatorId: string) => number | undefined;
}

const CHUNK = 5000;

interface GoalRow {
  id: string;
  strategyId: string;
  parentId: string | null;
  sectorId: string;
  position: number;
}
interface IndicatorRow {
  id: string;
  goalId: string;
  strategyId: string;
  direction: string | null;
  baselineYear: number;
  baselineValue: number;
  position: number;
}

/** Code-point order, as the databases' binary collation of ids (the goal loaders' order). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function readProgressInputs(
  dataSource: DataSource,
  strategyIds: readonly string[],
  year: number,
): Promise<Map<string, ProgressInputs>> {
  const q = (n: string) => dataSource.driver.escape(n);
  const unique = [...new Set(strategyIds)];
  const goals: GoalRow[] = [];
  const indicators: IndicatorRow[] = [];
  const actuals: { indicatorId: string; value: number; version: number }[] = [];
  const run = async <T>(sql: string, keys: string[], extra: Record<string, unknown> = {}) => {
    const [text, params] = dataSource.driver.escapeQueryWithParameters(sql, { keys, ...extra });
    return (await dataSource.query(text, params)) as T[];
  };
  const readRest = async () => {
    for (let k = 0; k < unique.length; k += CHUNK) {
      const keys = unique.slice(k, k + CHUNK);
      const [g, i, a] = await Promise.all([
        run<GoalRow>(
          `SELECT g.${q('id')} AS ${q('id')}, g.${q('strategy_id')} AS ${q('strategyId')}, g.${q('parent_id')} AS ${q('parentId')}, g.${q('sector_id')} AS ${q('sectorId')}, g.${q('position')} AS ${q('position')}
             FROM goals g WHERE g.${q('strategy_id')} IN (:...keys)`,
          keys,
        ),
        run<IndicatorRow>(
          `SELECT i.${q('id')} AS ${q('id')}, i.${q('goal_id')} AS ${q('goalId')}, i.${q('strategy_id')} AS ${q('strategyId')}, i.${q('direction')} AS ${q('direction')},
               i.${q('baseline_year')} AS ${q('baselineYear')}, i.${q('baseline_value')} AS ${q('baselineValue')}, i.${q('position')} AS ${q('position')}
             FROM indicators i WHERE i.${q('strategy_id')} IN (:...keys)`,
          keys,
        ),
        run<{ indicatorId: string; value: number; version: number }>(
          `SELECT i.${q('id')} AS ${q('indicatorId')}, a.${q('value')} AS ${q('value')}, a.${q('version')} AS ${q('version')}
             FROM indicator_actuals a INNER JOIN indicators i ON a.${q('lineage_id')} = COALESCE(i.${q('lineage_id')}, i.${q('id')})
             WHERE i.${q('strategy_id')} IN (:...keys) AND a.${q('year')} = :year AND a.${q('superseded_at')} IS NULL`,
          keys,
          { year },
        ),
      ]);
      appendAll(goals, g);
      appendAll(indicators, i);
      appendAll(actuals, a);
    }
  };
  // The targets come from the strategy read's own targets statement (goal/targets-read.ts), alongside the rest.
  const [targetsOf] = await Promise.all([readTargetsOfStrategies(dataSource, unique), readRest()]);
  const actual = new Map<string, { value: number; version: number }>();
  for (const a of actuals) {
    const seen = actual.get(a.indicatorId);
    if (!seen || Number(seen.version) < Number(a.version)) actual.set(a.indicatorId, a);
  }
  const goalsOf = mapGroups(goals, (g) => g.strategyId);
  const indicatorsOf = mapGroups(indicators, (i) => i.strategyId);
  const actualOf = (id: string) => {
    const a = actual.get(id);
    return a === undefined ? undefined : Number(a.value);
  };
  const out = new Map<string, ProgressInputs>();
  for (const id of unique) {
    const gs = (goalsOf.get(id) ?? []).sort(
      (a, b) => Number(a.position) - Number(b.position) || compareText(a.id, b.id),
    );
    const is = (indicatorsOf.get(id) ?? []).sort(
      (a, b) => compareText(a.goalId, b.goalId) || Number(a.position) - Number(b.position) || compareText(a.id, b.id),
    );
    out.set(id, {
      goals: gs.map((g) => ({ id: g.id, parentId: g.parentId, sectorCode: g.sectorId })),
      indicators: is.map((i) => ({
        id: i.id,
        goalId: i.goalId,
        direction: i.direction as IndicatorNode['direction'],
        baselineYear: Number(i.baselineYear),
        baselineValue: Number(i.baselineValue),
        targets: targetsOf.get(i.id) ?? [],
      })),
      actualOf,
    });
  }
  return out;
}
