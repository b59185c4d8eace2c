/**
 * What changed between two revisions of a strategy, for the review screen: sectors chosen or
 * dropped; goals added, removed, moved (another parent or sector) or reworded; indicators added,
 * removed or changed; and every number that changed (baselines and targets, per year).
 *
 * Goals and initiatives are matched by id. Indicators are matched within their goal by id, then by
 * name (editing a goal may re-create its indicators under new ids). The indicators of an added or
 * removed goal are part of that goal and are not listed again.
 */

import type { Horizon } from '../horizons';
import type { SnapshotGoal, SnapshotIndicator, SnapshotInitiative, StrategySnapshot } from './snapshot';
import { normalizeSnapshot } from './snapshot';

export interface DiffGoalRef {
  goalId: string;
  title: string;
  horizon: Horizon;
  sectorCode: string;
  parentId: string | null;
}

export interface GoalMove {
  goalId: string;
  title: string;
  fromParentId: string | null;
  toParentId: string | null;
  fromSectorCode: string;
  toSectorCode: string;
}

export const GOAL_TEXT_FIELDS = ['title', 'description', 'horizon'] as const;
export const INDICATOR_TEXT_FIELDS = ['name', 'unit', 'direction', 'responsible', 'baselineYear'] as const;
export const INITIATIVE_TEXT_FIELDS = ['title', 'description', 'goalId'] as const;

/** One field that changed; numbers are written as text (e.g. `baselineYear`). */
export interface TextChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface GoalChange {
  goalId: string;
  /** The title after the change. */
  title: string;
  changes: TextChange[];
}

export interface DiffIndicatorRef {
  goalId: string;
  indicatorId: string;
  name: string;
}

export interface IndicatorChange {
  goalId: string;
  /** The indicator's id in the earlier revision. */
  beforeId: string;
  /** Its id in the later revision (differs when the indicator was re-created). */
  afterId: string;
  /** The name after the change. */
  name: string;
  changes: TextChange[];
}

export const VALUE_KINDS = ['BASELINE', 'TARGET'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A number that changed. `before` is null for a new target year, `after` null for a dropped one. */
export interface ValueChange {
  goalId: string;
  /** The indicator's id in the later revision. */
  indicatorId: string;
  indicatorName: string;
  unit: string;
  kind: ValueKind;
  year: number;
  before: number | null;
  after: number | null;
}

export interface DiffInitiativeRef {
  initiativeId: string;
  title: string;
}

export interface InitiativeChange {
  initiativeId: string;
  title: string;
  changes: TextChange[];
}

export interface RevisionDiff {
  sectorsAdded: string[];
  sectorsRemoved: string[];
  goalsAdded: DiffGoalRef[];
  goalsRemoved: DiffGoalRef[];
  goalsMoved: GoalMove[];
  goalsChanged: GoalChange[];
  indicatorsAdded: DiffIndicatorRef[];
  indicatorsRemoved: DiffIndicatorRef[];
  indicatorsChanged: IndicatorChange[];
  valueChanges: ValueChange[];
  initiativesAdded: DiffInitiativeRef[];
  initiativesRemoved: DiffInitiativeRef[];
  initiativesChanged: InitiativeChange[];
}

const goalRef = (g: SnapshotGoal): DiffGoalRef => ({
  goalId: g.id,
  title: g.title,
  horizon: g.horizon,
  sectorCode: g.sectorCode,
  parentId: g.parentId,
});
const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

function textChanges<T>(before: T, after: T, fields: readonly (keyof T & string)[]): TextChange[] {
  return fields
    .map((field) => ({ field, before: text(before[field]), after: text(after[field]) }))
    .filter((c) => c.before !== c.after);
}

/** Pairs the indicators of one goal: by id first, then by name (trimmed, case-insensitive). */
function pairIndicators(before: SnapshotIndicator[], after: SnapshotIndicator[]) {
  const pairs: [SnapshotIndicator, SnapshotIndicator][] = [];
  const leftBefore = new Map(before.map((i) => [i.id, i]));
  const unmatchedAfter: SnapshotIndicator[] = [];
  for (const a of after) {
    const b = leftBefore.get(a.id);
    if (b) {
      pairs.push([b, a]);
      leftBefore.delete(a.id);
    } else unmatchedAfter.push(a);
  }
  const key = (i: SnapshotIndicator) => i.name.trim().toLowerCase();
  const added: SnapshotIndicator[] = [];
  for (const a of unmatchedAfter) {
    const b = [...leftBefore.values()].find((x) => key(x) === key(a));
    if (b) {
      pairs.push([b, a]);
      leftBefore.delete(b.id);
    } else added.push(a);
  }
  return { pairs, added, removed: [...leftBefore.values()] };
}

function valueChanges(goalId: string, b: SnapshotIndicator, a: SnapshotIndicator): ValueChange[] {
  const base = { goalId, indicatorId: a.id, indicatorName: a.name, unit: a.unit };
  const changes: ValueChange[] = [];
  if (b.baselineValue !== a.baselineValue) {
    changes.push({ ...base, kind: 'BASELINE', year: a.baselineYear, before: b.baselineValue, after: a.baselineValue });
  }
  const beforeByYear = new Map(b.targets.map((t) => [t.year, t.value]));
  const afterByYear = new Map(a.targets.map((t) => [t.year, t.value]));
  const years = [...new Set([...beforeByYear.keys(), ...afterByYear.keys()])].sort((x, y) => x - y);
  for (const year of years) {
    const before = beforeByYear.get(year) ?? null;
    const after = afterByYear.get(year) ?? null;
    if (before !== after) changes.push({ ...base, kind: 'TARGET', year, before, after });
  }
  return changes;
}

/**
 * The differences from `before` to `after`. Lists follow the later revision's goal order (removed
 * items the earlier one's). Diffing a snapshot with itself gives empty lists.
 */
export function diffRevisions(beforeSnapshot: StrategySnapshot, afterSnapshot: StrategySnapshot): RevisionDiff {
  const before = normalizeSnapshot(beforeSnapshot);
  const after = normalizeSnapshot(afterSnapshot);
  const beforeSectors = new Set(before.sectors.map((s) => s.code));
  const afterSectors = new Set(after.sectors.map((s) => s.code));
  const beforeGoals = new Map(before.goals.map((g) => [g.id, g]));
  const afterIds = new Set(after.goals.map((g) => g.id));

  const diff: RevisionDiff = {
    sectorsAdded: after.sectors.filter((s) => !beforeSectors.has(s.code)).map((s) => s.code),
    sectorsRemoved: before.sectors.filter((s) => !afterSectors.has(s.code)).map((s) => s.code),
    goalsAdded: [],
    goalsRemoved: before.goals.filter((g) => !afterIds.has(g.id)).map(goalRef),
    goalsMoved: [],
    goalsChanged: [],
    indicatorsAdded: [],
    indicatorsRemoved: [],
    indicatorsChanged: [],
    valueChanges: [],
    initiativesAdded: [],
    initiativesRemoved: [],
    initiativesChanged: [],
  };

  for (const a of after.goals) {
    const b = beforeGoals.get(a.id);
    if (!b) {
      diff.goalsAdded.push(goalRef(a));
      continue;
    }
    if (b.parentId !== a.parentId || b.sectorCode !== a.sectorCode) {
      diff.goalsMoved.push({
        goalId: a.id,
        title: a.title,
        fromParentId: b.parentId,
        toParentId: a.parentId,
        fromSectorCode: b.sectorCode,
        toSectorCode: a.sectorCode,
      });
    }
    const changes = textChanges(b, a, GOAL_TEXT_FIELDS);
    if (changes.length) diff.goalsChanged.push({ goalId: a.id, title: a.title, changes });
    const { pairs, added, removed } = pairIndicators(b.indicators, a.indicators);
    diff.indicatorsAdded.push(...added.map((i) => ({ goalId: a.id, indicatorId: i.id, name: i.name })));
    diff.indicatorsRemoved.push(...removed.map((i) => ({ goalId: a.id, indicatorId: i.id, name: i.name })));
    for (const [bi, ai] of pairs) {
      const fieldChanges = textChanges(bi, ai, INDICATOR_TEXT_FIELDS);
      if (fieldChanges.length)
        diff.indicatorsChanged.push({
          goalId: a.id,
          beforeId: bi.id,
          afterId: ai.id,
          name: ai.name,
          changes: fieldChanges,
        });
      diff.valueChanges.push(...valueChanges(a.id, bi, ai));
    }
  }

  const beforeInitiatives = new Map(before.initiatives.map((i) => [i.id, i]));
  const afterInitiatives = new Set(after.initiatives.map((i) => i.id));
  for (const a of after.initiatives) {
    const b = beforeInitiatives.get(a.id);
    if (!b) diff.initiativesAdded.push({ initiativeId: a.id, title: a.title });
    else {
      const changes = textChanges<SnapshotInitiative>(b, a, INITIATIVE_TEXT_FIELDS);
      if (changes.length) diff.initiativesChanged.push({ initiativeId: a.id, title: a.title, changes });
    }
  }
  diff.initiativesRemoved = before.initiatives
    .filter((i) => !afterInitiatives.has(i.id))
    .map((i) => ({ initiativeId: i.id, title: i.title }));
  return diff;
}

/** How many changes a diff lists in all (0: nothing changed). */
export function countChanges(diff: RevisionDiff): number {
  return Object.values(diff).reduce((n: number, list: unknown[]) => n + list.length, 0);
}
