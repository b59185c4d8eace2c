/**
 * The frozen content of a submitted revision: what the reviewer reviews. A submission stores one
 * snapshot as JSON; it never changes afterwards. Goals are a flat list in tree order (parents before
 * their children, siblings by position), each pointing at its parent by id.
 */

import type { Horizon } from '../horizons';
import type { IndicatorDirection } from './indicators';

/** Bumped when the snapshot's shape changes incompatibly, so old revisions can still be read. */
export const SNAPSHOT_FORMAT = 1;

export interface SnapshotValue {
  year: number;
  value: number;
}

export interface SnapshotIndicator {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection | null;
  baselineYear: number;
  baselineValue: number;
  responsible: string | null;
  /** By year, ascending. */
  targets: SnapshotValue[];
}

export interface SnapshotGoal {
  id: string;
  parentId: string | null;
  sectorCode: string;
  horizon: Horizon;
  title: string;
  description: string | null;
  position: number;
  indicators: SnapshotIndicator[];
}

export interface SnapshotSector {
  code: string;
  name: string;
  nameEn: string;
  rationale: string | null;
}

/** A project or service that delivers a goal (filled once initiatives exist). */
export interface SnapshotInitiative {
  id: string;
  goalId: string | null;
  title: string;
  description: string | null;
  /** Anything else the initiative carries, kept verbatim. */
  details?: Record<string, unknown>;
}

export interface StrategySnapshot {
  format: number;
  sectors: SnapshotSector[];
  goals: SnapshotGoal[];
  initiatives: SnapshotInitiative[];
}

/** The snapshot of a strategy with nothing in it (the "before" of a first revision). */
export function emptySnapshot(): StrategySnapshot {
  return { format: SNAPSHOT_FORMAT, sectors: [], goals: [], initiatives: [] };
}

/**
 * Orders goals parents-first, siblings by position (then title, for a stable order), and sorts
 * each indicator's targets by year. Goals whose parent is missing are treated as top-level.
 */
export function normalizeSnapshot(snapshot: StrategySnapshot): StrategySnapshot {
  const ids = new Set(snapshot.goals.map((g) => g.id));
  const byParent = new Map<string | null, SnapshotGoal[]>();
  for (const goal of snapshot.goals) {
    const key = goal.parentId && ids.has(goal.parentId) ? goal.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), goal]);
  }
  const ordered: SnapshotGoal[] = [];
  const visit = (parentId: string | null) => {
    const children = [...(byParent.get(parentId) ?? [])].sort(
      (a, b) => a.position - b.position || a.title.localeCompare(b.title),
    );
    for (const child of children) {
      ordered.push({
        ...child,
        indicators: child.indicators.map((i) => ({ ...i, targets: [...i.targets].sort((a, b) => a.year - b.year) })),
      });
      visit(child.id);
    }
  };
  visit(null);
  return { ...snapshot, goals: ordered };
}

/**
 * Reads a stored snapshot (JSON text), filling in lists an older format lacked.
 */
export function parseSnapshot(json: string): StrategySnapshot {
  const raw = JSON.parse(json) as Partial<StrategySnapshot>;
  return {
    format: raw.format ?? SNAPSHOT_FORMAT,
    sectors: raw.sectors ?? [],
    goals: raw.goals ?? [],
    initiatives: raw.initiatives ?? [],
  };
}
