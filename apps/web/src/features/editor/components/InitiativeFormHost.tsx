import { useCallback, useMemo, useState } from 'react';
import { useActiveForm } from '../model/activeForm';
import { useEditorActions, useEditorData } from '../model/editorContext';
import { emptyInitiative, initiativeStateOf } from '../model/initiativeForm';
import { InitiativeForm } from './InitiativeForm';

/** Renders the open initiative form with the initiative as loaded now. */
export function InitiativeFormHost() {
  const actions = useEditorActions();
  const data = useEditorData();
  const form = useActiveForm(actions.store);
  const [opened] = useState(form);
  const onDirtyChange = useCallback((dirty: boolean) => actions.setDirty('initiative-form', dirty), [actions]);
  const current =
    opened?.kind === 'editInitiative'
      ? data.goals.get(opened.goalId)?.initiatives.find((i) => i.id === opened.initiativeId)
      : undefined;
  const latest = useMemo(
    () => (opened?.kind === 'editInitiative' ? (current ? initiativeStateOf(current) : null) : undefined),
    [opened, current],
  );
  const [initial] = useState(() =>
    opened?.kind === 'editInitiative' ? (current ? initiativeStateOf(current) : null) : emptyInitiative(),
  );
  if (!opened || !initial || (opened.kind !== 'addInitiative' && opened.kind !== 'editInitiative')) return null;
  const returnFocus =
    opened.kind === 'editInitiative' ? `edit-initiative-${opened.initiativeId}` : `add-initiative-${opened.goalId}`;
  return (
    <InitiativeForm
      formId={
        opened.kind === 'editInitiative'
          ? `initiative-form-${opened.initiativeId}`
          : `initiative-form-new-${opened.goalId}`
      }
      mode={opened.kind === 'editInitiative' ? 'edit' : 'add'}
      initial={initial}
      latest={latest}
      onSave={(input, asNew) => actions.saveInitiative(opened, input, asNew)}
      onCancel={() => actions.close(returnFocus)}
      onDirtyChange={onDirtyChange}
    />
  );
}
