import type { ReviewDiff_DiffFragment, ValueKind } from '../../gql/graphql';

export type TextChange = ReviewDiff_DiffFragment['goalsChanged'][number]['changes'][number];

export interface GoalMark {
  added: boolean;
  moved: boolean;
  changes: TextChange[];
}
export interface IndicatorMark {
  added: boolean;
  changes: TextChange[];
}
export interface ValueMark {
  before: number | null;
  after: number | null;
}

/** Where the diff touches the content shown: per goal, per indicator (its later id), per number. */
export interface DiffMarks {
  goals: ReadonlyMap<string, GoalMark>;
  indicators: ReadonlyMap<string, IndicatorMark>;
  /** Keyed by valueKey(indicatorId, kind, year). */
  values: ReadonlyMap<string, ValueMark>;
  /** Goals with any change of their own, their indicators or their numbers. */
  touchedGoals: ReadonlySet<string>;
}

export const valueKey = (indicatorId: string, kind: ValueKind, year: number) => `${indicatorId}|${kind}|${year}`;

export const EMPTY_MARKS: DiffMarks = {
  goals: new Map(),
  indicators: new Map(),
  values: new Map(),
  touchedGoals: new Set(),
};

/** Indexes a revision diff by the goal, indicator and number it concerns, for highlighting in place. */
export function diffMarks(diff: ReviewDiff_DiffFragment | null | undefined): DiffMarks {
  if (!diff) return EMPTY_MARKS;
  const goals = new Map<string, GoalMark>();
  const goal = (id: string) => {
    let mark = goals.get(id);
    if (!mark) goals.set(id, (mark = { added: false, moved: false, changes: [] }));
    return mark;
  };
  const indicators = new Map<string, IndicatorMark>();
  const indicator = (id: string) => {
    let mark = indicators.get(id);
    if (!mark) indicators.set(id, (mark = { added: false, changes: [] }));
    return mark;
  };
  const touchedGoals = new Set<string>();
  for (const g of diff.goalsAdded) goal(g.goalId).added = true;
  for (const g of diff.goalsMoved) goal(g.goalId).moved = true;
  for (const g of diff.goalsChanged) goal(g.goalId).changes.push(...g.changes);
  for (const i of diff.indicatorsAdded) {
    indicator(i.indicatorId).added = true;
    touchedGoals.add(i.goalId);
  }
  for (const i of diff.indicatorsChanged) {
    indicator(i.afterId).changes.push(...i.changes);
    touchedGoals.add(i.goalId);
  }
  for (const i of diff.indicatorsRemoved) touchedGoals.add(i.goalId);
  const values = new Map<string, ValueMark>();
  for (const v of diff.valueChanges) {
    values.set(valueKey(v.indicatorId, v.kind, v.year), { before: v.before ?? null, after: v.after ?? null });
    touchedGoals.add(v.goalId);
  }
  for (const id of goals.keys()) touchedGoals.add(id);
  return { goals, indicators, values, touchedGoals };
}
