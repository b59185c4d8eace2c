import { horizonYear } from '@tsifra/domain/horizons';
import { wouldCreateCycle } from '@tsifra/domain/strategy/goals';
import { useCallback, useMemo, useState } from 'react';
import { useActiveForm } from '../model/activeForm';
import { useEditorActions, useEditorData } from '../model/editorContext';
import { emptyGoal, goalStateOf, type GoalInputValue } from '../model/goalForm';
import { canHoldChildren, horizonChoices } from '@tsifra/domain/strategy/goal-tree';
import { treeGoals } from '../model/goalTree';
import { GoalForm, type ParentOption } from './GoalForm';

/** Renders the open goal form (add or edit) with what it needs from the loaded strategy. */
export function GoalFormHost() {
  const actions = useEditorActions();
  const data = useEditorData();
  const form = useActiveForm(actions.store);
  // The form as opened: later changes of the store (another form) unmount this host anyway.
  const [opened] = useState(form);
  const onDirtyChange = useCallback((dirty: boolean) => actions.setDirty('goal-form', dirty), [actions]);

  const goal = opened?.kind === 'editGoal' ? data.goals.get(opened.goalId) : undefined;
  const latest = useMemo(
    () => (opened?.kind === 'editGoal' ? (goal ? goalStateOf(goal) : null) : undefined),
    [opened, goal],
  );
  const [initial] = useState(() => {
    if (opened?.kind === 'editGoal') return goal ? goalStateOf(goal) : null;
    if (opened?.kind === 'addGoal') return emptyGoal(opened.horizon, opened.sectorCode, opened.parentId);
    return null;
  });

  const parentOptions = useMemo<ParentOption[] | undefined>(() => {
    if (opened?.kind !== 'editGoal' || !goal) return undefined;
    const parentOf = new Map([...data.goals.values()].map((g) => [g.id, g.parent?.id ?? null]));
    return [...data.goals.values()]
      .filter(
        (g) =>
          g.sector.code === goal.sector.code &&
          canHoldChildren(g.horizon) &&
          g.id !== goal.id &&
          !wouldCreateCycle(goal.id, g.id, parentOf),
      )
      .map((g) => ({ id: g.id, horizon: g.horizon, label: `${horizonYear(g.horizon)} · ${g.title}` }));
  }, [opened, goal, data.goals]);

  const tree = useMemo(
    () => ({ goals: treeGoals(data.goals.values()), goalId: opened?.kind === 'editGoal' ? opened.goalId : null }),
    [opened, data.goals],
  );

  if (!opened || !initial || (opened.kind !== 'editGoal' && opened.kind !== 'addGoal')) return null;

  const parentId = opened.kind === 'addGoal' ? opened.parentId : (goal?.parent?.id ?? null);
  const childHorizons =
    opened.kind === 'editGoal'
      ? [...data.goals.values()].filter((g) => g.parent?.id === opened.goalId).map((g) => g.horizon)
      : [];
  const returnFocus =
    opened.kind === 'editGoal'
      ? `edit-${opened.goalId}`
      : opened.parentId
        ? `add-child-${opened.parentId}`
        : `add-top-${opened.sectorCode}`;

  return (
    <GoalForm
      mode={opened.kind === 'editGoal' ? 'edit' : 'add'}
      formId={
        opened.kind === 'editGoal' ? `goal-form-${opened.goalId}` : `goal-form-new-${parentId ?? opened.sectorCode}`
      }
      initial={initial}
      latest={latest}
      horizonOptions={horizonChoices(data.horizonOf(parentId), childHorizons)}
      parentOptions={parentOptions}
      chosenSectors={data.chosenSectors}
      tree={tree}
      focusControl={opened.kind === 'editGoal' ? opened.focusControl : undefined}
      onSave={(input: GoalInputValue, { asNew }) => actions.saveGoal(opened, input, asNew)}
      onCancel={() => actions.close(returnFocus)}
      onDirtyChange={onDirtyChange}
    />
  );
}
