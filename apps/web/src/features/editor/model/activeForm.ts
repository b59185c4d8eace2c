import type { Horizon } from '@tsifra/domain/horizons';
import { useSyncExternalStore } from 'react';

/** The one form open in the editor. Only the slot that shows it re-renders when it changes. */
export type ActiveForm =
  | { kind: 'editGoal'; goalId: string; focusControl?: string }
  | { kind: 'addGoal'; parentId: string | null; sectorCode: string; horizon: Horizon }
  | { kind: 'addInitiative'; goalId: string }
  | { kind: 'editInitiative'; goalId: string; initiativeId: string };

/** Where a form renders: in place of a goal, under a goal's children, under a sector heading, in a goal's initiatives. */
export function slotOf(form: ActiveForm | null): string | null {
  if (!form) return null;
  switch (form.kind) {
    case 'editGoal':
      return `edit:${form.goalId}`;
    case 'addGoal':
      return form.parentId ? `add:${form.parentId}` : `add-top:${form.sectorCode}`;
    case 'addInitiative':
      return `initiative:${form.goalId}`;
    case 'editInitiative':
      return `initiative:${form.goalId}`;
  }
}

export interface ActiveFormStore {
  get(): ActiveForm | null;
  set(form: ActiveForm | null): void;
  subscribe(listener: () => void): () => void;
}

export function createActiveFormStore(): ActiveFormStore {
  let current: ActiveForm | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(form) {
      current = form;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether the open form renders in `slot`; a row re-renders only when this flips. */
export function useSlotActive(store: ActiveFormStore, slot: string): boolean {
  return useSyncExternalStore(store.subscribe, () => slotOf(store.get()) === slot);
}

/** The open form, for the slot that is active (it needs the details). */
export function useActiveForm(store: ActiveFormStore): ActiveForm | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
