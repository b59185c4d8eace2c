import type { Horizon } from '@tsifra/domain/horizons';
import { createContext, useContext } from 'react';
import type { EditorGoalFragment } from '../../../gql/graphql';
import type { ActiveForm, ActiveFormStore } from './activeForm';
import type { GoalInputValue } from './goalForm';
import type { InitiativeInputValue } from './initiativeForm';
import type { WriteResult } from '../../../shared/forms/writeResult';

export type EditorGoal = EditorGoalFragment;

/** Stable for the editor's lifetime: rows can be memoized on it. */
export interface EditorActions {
  store: ActiveFormStore;
  open(form: ActiveForm): void;
  /** Closes the open form; focus returns to `focusId` when given. */
  close(focusId?: string): void;
  saveGoal(form: ActiveForm, input: GoalInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  deleteGoal(goalId: string): Promise<WriteResult<unknown>>;
  moveGoal(goalId: string, parentId: string | null, position: number): Promise<WriteResult<unknown>>;
  saveInitiative(form: ActiveForm, input: InitiativeInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  deleteInitiative(initiativeId: string): Promise<WriteResult<unknown>>;
  setSectors(
    sectorCodes: string[],
    rationales: { sectorCode: string; rationale: string | null }[],
  ): Promise<WriteResult<unknown>>;
  submit(): Promise<WriteResult<unknown>>;
  /** Marks one source of unsaved input (a form) dirty or clean, for the navigation guard. */
  setDirty(source: string, dirty: boolean): void;
}

/** Changes on every refetch: only the open form's host reads it. */
export interface EditorData {
  goals: ReadonlyMap<string, EditorGoal>;
  chosenSectors: readonly string[];
  sectorName(code: string): string;
  horizonOf(goalId: string | null): Horizon | null;
}

export const EditorActionsContext = createContext<EditorActions | null>(null);
export const EditorDataContext = createContext<EditorData | null>(null);

export function useEditorActions(): EditorActions {
  const actions = useContext(EditorActionsContext);
  if (!actions) throw new Error('useEditorActions outside the editor');
  return actions;
}

export function useEditorData(): EditorData {
  const data = useContext(EditorDataContext);
  if (!data) throw new Error('useEditorData outside the editor');
  return data;
}
