import type { Horizon } from '@tsifra/domain/horizons';
import { HORIZONS_OUTER_FIRST, type TreeGoal } from '@tsifra/domain/strategy/goal-tree';
import type { EditorGoal } from './editorContext';

// The editor's goal tree as data. Pure: no React here, so the tree's components (EditorTree → GoalRow →
// GoalFormHost) import it without a circle. The rules of the tree (horizon nesting, cycles, caps) are the
// domain's (@tsifra/domain/strategy/goal-tree), the same functions the server checks a write with.

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

/** The loaded goals as the domain's tree rules read them. */
export function treeGoals(goals: Iterable<EditorGoal>): TreeGoal[] {
  return [...goals].map((g) => ({ id: g.id, parentId: g.parent?.id ?? null, horizon: g.horizon }));
}

/** How many goals hang under a node, at any depth. */
export function countDescendants(node: GoalNode): number {
  return node.children.reduce((n, c) => n + 1 + countDescendants(c), 0);
}
