/**
 * Where something sits in a strategy, as a reader names it: «Здравоохранение › Цель 2030 › Цель 2024 ›
 * показатель». Remark labels and diff lines use it, because an indicator's name alone is ambiguous when
 * the same name appears under several goals.
 */
import type { StrategySnapshot } from './snapshot';

/** One step of a path: what it is, its id, and the name shown. */
export interface PathStep {
  kind: 'SECTOR' | 'GOAL' | 'INDICATOR' | 'YEAR';
  id: string | null;
  label: string;
}

export const PATH_SEPARATOR = ' › ';

/** The goal's ancestors and the goal itself, root first (stops at a missing parent or a cycle). */
export function goalChain<G extends { id: string; parentId: string | null }>(goals: readonly G[], goalId: string): G[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const chain: G[] = [];
  const seen = new Set<string>();
  for (let g = byId.get(goalId); g && !seen.has(g.id); g = g.parentId ? byId.get(g.parentId) : undefined) {
    seen.add(g.id);
    chain.unshift(g);
  }
  return chain;
}

/**
 * The path to a goal, an indicator of it or one of its values in a revision: the sector (by name, in the
 * given language), the goals from the top, then the indicator and the year. Empty when the goal is not in it.
 */
export function snapshotPath(
  snapshot: StrategySnapshot,
  pin: { goalId?: string | null; indicatorId?: string | null; year?: number | null },
  lang: 'ru' | 'en' = 'ru',
): PathStep[] {
  const goalId = pin.goalId ?? snapshot.goals.find((g) => g.indicators.some((i) => i.id === pin.indicatorId))?.id;
  if (!goalId) return [];
  const chain = goalChain(snapshot.goals, goalId);
  if (!chain.length) return [];
  const sector = snapshot.sectors.find((s) => s.code === chain[0]!.sectorCode);
  const steps: PathStep[] = [
    {
      kind: 'SECTOR',
      id: chain[0]!.sectorCode,
      label: (lang === 'en' ? sector?.nameEn : sector?.name) ?? chain[0]!.sectorCode,
    },
  ];
  for (const g of chain) steps.push({ kind: 'GOAL', id: g.id, label: g.title });
  const indicator = pin.indicatorId ? chain.at(-1)!.indicators.find((i) => i.id === pin.indicatorId) : undefined;
  if (indicator) {
    steps.push({ kind: 'INDICATOR', id: indicator.id, label: indicator.name });
    if (pin.year != null) steps.push({ kind: 'YEAR', id: null, label: String(pin.year) });
  }
  return steps;
}

/** The path as one line: labels joined with « › ». */
export function pathLabel(steps: readonly PathStep[]): string {
  return steps.map((s) => s.label).join(PATH_SEPARATOR);
}
