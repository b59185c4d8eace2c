import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { classifyError, type WriteResult } from '../../../shared/forms/writeResult';
import { useToast } from '../../../shared/ui/Toast';
import type { ActiveFormStore } from '../model/activeForm';
import type { EditorActions, EditorGoal } from '../model/editorContext';
import {
  AddGoalMutation,
  AddInitiativeMutation,
  DeleteGoalMutation,
  DeleteInitiativeMutation,
  MoveGoalMutation,
  SetStrategySectorsMutation,
  SubmitStrategyMutation,
  UpdateGoalMutation,
  UpdateInitiativeMutation,
} from './editorMutations';

interface EditorState {
  strategyId: string;
  version: number;
  goalsById: ReadonlyMap<string, EditorGoal>;
}

/**
 * The editor's writes as stable actions. Each runs with the version the page has. After a write the
 * route query is refetched: the server recomputes completeness, the allowed transitions and the
 * version, which the client cannot know. Every save that went through says so (announced).
 */
export function useEditorMutations(state: EditorState, store: ActiveFormStore, refetch: () => Promise<unknown>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const toast = useToast();
  const [addGoal] = useMutation(AddGoalMutation);
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const [deleteGoal] = useMutation(DeleteGoalMutation);
  const [moveGoal] = useMutation(MoveGoalMutation);
  const [addInitiative] = useMutation(AddInitiativeMutation);
  const [updateInitiative] = useMutation(UpdateInitiativeMutation);
  const [deleteInitiative] = useMutation(DeleteInitiativeMutation);
  const [setStrategySectors] = useMutation(SetStrategySectorsMutation);
  const [submitStrategy] = useMutation(SubmitStrategyMutation);

  // The latest loaded values, read by the stable actions below.
  const latest = useRef(state);
  latest.current = state;
  const [dirtySources, setDirtySources] = useState<ReadonlySet<string>>(() => new Set());
  const focusAfterRender = useRef<string | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  /** Runs a write with the version the UI has; refetches after success and after CONFLICT. */
  const write = useCallback(
    async <T>(run: (version: number) => Promise<T>, saved?: string): Promise<WriteResult<T>> => {
      let result: WriteResult<T>;
      try {
        const data = await run(latest.current.version);
        result = { kind: 'ok', data };
      } catch (error) {
        result = classifyError(error);
        if (result.kind !== 'conflict') return result;
      }
      try {
        await refetch();
        // The read-only region page lists top-level goals under other arguments: drop that list so it reloads.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Strategy', id: latest.current.strategyId }),
          fields: { goals: (value, { storeFieldName, DELETE }) => (storeFieldName === 'goals' ? DELETE : value) },
        });
      } catch (error) {
        return { kind: 'error', error };
      }
      if (result.kind === 'ok' && saved) toast.announce(tRef.current(saved));
      return result;
    },
    [client, refetch, toast],
  );

  const actions = useMemo<EditorActions>(() => {
    const focusLater = (id: string) => {
      focusAfterRender.current = id;
    };
    return {
      store,
      open: (form) => store.set(form),
      close(focusId) {
        store.set(null);
        if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
      },
      async saveGoal(form, input, asNew) {
        const editing = form.kind === 'editGoal' && !asNew;
        const result = await write(async (version) => {
          if (editing) {
            await updateGoal({ variables: { id: form.goalId, version, input } });
            return form.goalId;
          }
          const created = await addGoal({ variables: { strategyId: latest.current.strategyId, version, input } });
          return created.data?.addGoal.id ?? null;
        }, 'editor.saved.goal');
        if (result.kind === 'ok') {
          store.set(null);
          if (result.data) focusLater(`goal-${result.data}`);
        }
        return result;
      },
      async deleteGoal(goalId) {
        const goal = latest.current.goalsById.get(goalId);
        const result = await write(
          (version) => deleteGoal({ variables: { id: goalId, version } }),
          'editor.saved.goalDeleted',
        );
        if (result.kind === 'ok')
          focusLater(goal?.parent ? `goal-${goal.parent.id}` : `sector-${goal?.sector.code ?? ''}`);
        return result;
      },
      async moveGoal(goalId, parentId, position) {
        const result = await write(
          (version) => moveGoal({ variables: { id: goalId, version, parentId, position } }),
          'editor.saved.goalMoved',
        );
        if (result.kind === 'ok') focusLater(`goal-${goalId}`);
        return result;
      },
      async saveInitiative(form, input, asNew) {
        const result = await write(async (version) => {
          if (form.kind === 'editInitiative' && !asNew) {
            await updateInitiative({ variables: { id: form.initiativeId, version, input } });
            return form.initiativeId;
          }
          if (form.kind !== 'addInitiative' && form.kind !== 'editInitiative') return null;
          const created = await addInitiative({ variables: { goalId: form.goalId, version, input } });
          return created.data?.addInitiative.id ?? null;
        }, 'editor.saved.initiative');
        if (result.kind === 'ok') {
          store.set(null);
          if (result.data) focusLater(`initiative-${result.data}`);
        }
        return result;
      },
      async deleteInitiative(initiativeId) {
        return write(
          (version) => deleteInitiative({ variables: { id: initiativeId, version } }),
          'editor.saved.initiativeDeleted',
        );
      },
      setSectors(sectorCodes, rationales) {
        return write(
          (version) =>
            setStrategySectors({
              variables: { strategyId: latest.current.strategyId, version, sectorCodes, rationales },
            }),
          'editor.saved.sectors',
        );
      },
      submit() {
        // SubmitPanel acknowledges the submission itself (it names the revision).
        return write((version) => submitStrategy({ variables: { id: latest.current.strategyId, version } }));
      },
      setDirty(source, dirty) {
        setDirtySources((prev) => {
          if (prev.has(source) === dirty) return prev;
          const next = new Set(prev);
          if (dirty) next.add(source);
          else next.delete(source);
          return next;
        });
      },
    };
  }, [
    store,
    write,
    addGoal,
    updateGoal,
    deleteGoal,
    moveGoal,
    addInitiative,
    updateInitiative,
    deleteInitiative,
    setStrategySectors,
    submitStrategy,
  ]);

  // Focus moves to the new or edited item once the refetched tree shows it.
  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (el) {
      focusAfterRender.current = null;
      el.focus();
    }
  });

  return { actions, dirty: dirtySources.size > 0 };
}
