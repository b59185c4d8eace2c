import { isEarlierHorizon, type Horizon } from '@tsifra/domain/horizons';
import { HORIZONS_OUTER_FIRST } from '../../../shared/strategy/horizons';
import type { EditorGoal } from './editorContext';

// The editor's goal tree as data, and the horizon rules the forms offer. Pure: no React here, so
// the tree's components (EditorTree → GoalRow → GoalFormHost) import it without a circle.
// The horizon rules move to @tsifra/domain/strategy/goal-tree with the server's half of issue 11.

export interface GoalNode {
  goal: EditorGoal;
  children: GoalNode[];
}

export interface SectorTree {
  code: string;
  chosen: boolean;
  roots: GoalNode[];
  count: number;
}

const horizonRank = (h: Horizon) => HORIZONS_OUTER_FIRST.indexOf(h);

/** Builds the sector → goal tree from the flat lists; siblings by position, top level 2030 first. */
export function buildTree(goals: readonly EditorGoal[], chosenSectors: readonly string[]): SectorTree[] {
  const childrenOf = new Map<string | null, EditorGoal[]>();
  for (const goal of goals) {
    const key = goal.parent?.id ?? null;
    const list = childrenOf.get(key);
    if (list) list.push(goal);
    else childrenOf.set(key, [goal]);
  }
  const node = (goal: EditorGoal): GoalNode => ({
    goal,
    children: (childrenOf.get(goal.id) ?? []).sort((a, b) => a.position - b.position).map(node),
  });
  const roots = (childrenOf.get(null) ?? []).sort(
    (a, b) => horizonRank(a.horizon) - horizonRank(b.horizon) || a.position - b.position,
  );
  const sectorCodes = [...chosenSectors];
  for (const goal of goals) if (!sectorCodes.includes(goal.sector.code)) sectorCodes.push(goal.sector.code);
  return sectorCodes.map((code) => ({
    code,
    chosen: chosenSectors.includes(code),
    roots: roots.filter((g) => g.sector.code === code).map(node),
    count: goals.filter((g) => g.sector.code === code).length,
  }));
}

/** Horizons a goal may take: earlier than its parent's, later than each of its children's. */
export function horizonChoices(parentHorizon: Horizon | null, childHorizons: readonly Horizon[]): Horizon[] {
  return HORIZONS_OUTER_FIRST.filter(
    (h) => (!parentHorizon || isEarlierHorizon(h, parentHorizon)) && childHorizons.every((c) => isEarlierHorizon(c, h)),
  );
}

/** The horizon one level down (2030 → 2024 → 2021), or null under a 2021 goal. */
export function childHorizonOf(horizon: Horizon): Horizon | null {
  return HORIZONS_OUTER_FIRST[HORIZONS_OUTER_FIRST.indexOf(horizon) + 1] ?? null;
}

/** How many goals hang under a node, at any depth. */
export function countDescendants(node: GoalNode): number {
  return node.children.reduce((n, c) => n + 1 + countDescendants(c), 0);
}
