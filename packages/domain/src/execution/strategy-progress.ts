/**
 * Progress of a whole strategy for a year: indicator → goal → sector → strategy with the one roll-up rule
 * of `progress.ts`. Inputs are plain rows, so the server feeds it from batched reads and the web could too.
 */

import {
  DEFAULT_THRESHOLDS,
  indicatorProgress,
  rollUp,
  type IndicatorFacts,
  type Progress,
  type ProgressThresholds,
} from './progress';

export interface GoalNode {
  id: string;
  parentId: string | null;
  sectorCode: string;
}

export interface IndicatorNode extends IndicatorFacts {
  id: string;
  goalId: string;
}

export interface StrategyProgress {
  strategy: Progress;
  sectors: Map<string, Progress>;
  goals: Map<string, Progress>;
  indicators: Map<string, Progress>;
}

/**
 * `actualOf(indicatorId)` gives the indicator's actual for the year (undefined when not reported).
 * A goal whose parent is missing or in another sector is a root of its sector.
 */
export function strategyProgress(
  goals: readonly GoalNode[],
  indicators: readonly IndicatorNode[],
  year: number,
  actualOf: (indicatorId: string) => number | undefined,
  t: ProgressThresholds = DEFAULT_THRESHOLDS,
): StrategyProgress {
  const indicatorsOut = new Map<string, Progress>();
  const byGoal = new Map<string, Progress[]>();
  for (const ind of indicators) {
    const p = indicatorProgress(ind, year, actualOf(ind.id), t);
    indicatorsOut.set(ind.id, p);
    byGoal.set(ind.goalId, [...(byGoal.get(ind.goalId) ?? []), p]);
  }
  const byId = new Map(goals.map((g) => [g.id, g]));
  const childrenOf = new Map<string, GoalNode[]>();
  const rootsBySector = new Map<string, GoalNode[]>();
  for (const g of goals) {
    const parent = g.parentId ? byId.get(g.parentId) : undefined;
    if (parent && parent.sectorCode === g.sectorCode)
      childrenOf.set(parent.id, [...(childrenOf.get(parent.id) ?? []), g]);
    else rootsBySector.set(g.sectorCode, [...(rootsBySector.get(g.sectorCode) ?? []), g]);
  }
  const goalsOut = new Map<string, Progress>();
  const visit = (g: GoalNode, seen: Set<string>): Progress => {
    const done = goalsOut.get(g.id);
    if (done) return done;
    // Cycles are refused on write; the guard keeps a corrupt row from looping here.
    const kids = (childrenOf.get(g.id) ?? [])
      .filter((c) => !seen.has(c.id))
      .map((c) => visit(c, new Set([...seen, c.id])));
    const p = rollUp([...(byGoal.get(g.id) ?? []), ...kids], t);
    goalsOut.set(g.id, p);
    return p;
  };
  const sectors = new Map<string, Progress>();
  for (const [code, roots] of rootsBySector)
    sectors.set(
      code,
      rollUp(
        roots.map((r) => visit(r, new Set([r.id]))),
        t,
      ),
    );
  return { strategy: rollUp([...sectors.values()], t), sectors, goals: goalsOut, indicators: indicatorsOut };
}
