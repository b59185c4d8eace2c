import type { ReviewContent_RevisionFragment } from '../../gql/graphql';
import { valueKey, type DiffMarks, type ValueMark } from './diffMarks';

export type RevisionGoal = ReviewContent_RevisionFragment['content']['goals'][number];
export type RevisionIndicator = RevisionGoal['indicators'][number];
export type RevisionSector = ReviewContent_RevisionFragment['content']['sectors'][number];

/** A revision's goals as a tree, and which goals "changes only" shows. */
export interface RevisionTree {
  /** Children of a goal, by position. */
  childrenOf: ReadonlyMap<string, RevisionGoal[]>;
  /** Goals without a parent in the revision. */
  roots: RevisionGoal[];
  /** The touched goals and their ancestors (a touched goal is seen in context). */
  visible: ReadonlySet<string>;
}

export function revisionTree(goals: readonly RevisionGoal[], touchedGoals: ReadonlySet<string>): RevisionTree {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const childrenOf = new Map<string, RevisionGoal[]>();
  const roots: RevisionGoal[] = [];
  for (const goal of goals) {
    if (goal.parentId && byId.has(goal.parentId)) {
      const list = childrenOf.get(goal.parentId) ?? [];
      list.push(goal);
      childrenOf.set(goal.parentId, list);
    } else roots.push(goal);
  }
  for (const list of childrenOf.values()) list.sort((a, b) => a.position - b.position);
  // In "changes only", a touched goal stays with its ancestors so it is seen in context.
  const visible = new Set<string>();
  for (const id of touchedGoals) {
    for (let g = byId.get(id); g && !visible.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined)
      visible.add(g.id);
  }
  return { childrenOf, roots, visible };
}

/** The revision's sectors, plus any sector a root goal names that the list lacks (shown by its code). */
export function sectorsWithGoals(sectors: readonly RevisionSector[], roots: readonly RevisionGoal[]): RevisionSector[] {
  const list = [...sectors];
  for (const goal of roots) {
    if (!list.some((s) => s.code === goal.sectorCode))
      list.push({ code: goal.sectorCode, name: goal.sectorCode, nameEn: goal.sectorCode, rationale: null });
  }
  return list;
}

/** A goal's indicators to show: in "changes only" (and unless the goal is new), those the diff touches. */
export function indicatorsShown(goal: RevisionGoal, marks: DiffMarks, changesOnly: boolean): RevisionIndicator[] {
  if (!changesOnly || marks.goals.get(goal.id)?.added) return goal.indicators;
  return goal.indicators.filter(
    (i) => marks.indicators.has(i.id) || [...marks.values.keys()].some((k) => k.startsWith(`${i.id}|`)),
  );
}

/** The target years of an indicator, ascending — with years dropped since the compared revision, to show the struck-out value. */
export function targetYears(indicator: RevisionIndicator, marks: DiffMarks): number[] {
  const years = new Set(indicator.targets.map((v) => v.year));
  for (const [key, v] of marks.values) {
    const [id, kind, year] = key.split('|');
    if (id === indicator.id && kind === 'TARGET' && v.after === null) years.add(Number(year));
  }
  return [...years].sort((a, b) => a - b);
}

/** The change of an indicator's baseline value, if the diff has one. */
export function baselineChange(indicatorId: string, marks: DiffMarks): ValueMark | undefined {
  return [...marks.values.entries()].find(([key]) => key.startsWith(`${indicatorId}|BASELINE|`))?.[1];
}

/** The change of one target value, if the diff has one. */
export function targetChange(indicatorId: string, year: number, marks: DiffMarks): ValueMark | undefined {
  return marks.values.get(valueKey(indicatorId, 'TARGET', year));
}
