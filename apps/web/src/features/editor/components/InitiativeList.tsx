import { budgetTotal } from '@tsifra/domain/strategy/initiatives';
import { memo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { formatDate, formatNumber } from '../../../shared/format';
import { useSlotActive } from '../model/activeForm';
import { useEditorActions, type EditorGoal } from '../model/editorContext';
import { InitiativeFormHost } from './InitiativeFormHost';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

type Initiative = EditorGoal['initiatives'][number];

/** The projects under a goal, with add, edit and delete. */
export const InitiativeList = memo(function InitiativeList({
  goalId,
  goalTitle,
  initiatives,
}: {
  goalId: string;
  goalTitle: string;
  initiatives: readonly Initiative[];
}) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const formOpen = useSlotActive(actions.store, `initiative:${goalId}`);
  const editingId =
    formOpen && actions.store.get()?.kind === 'editInitiative'
      ? (actions.store.get() as { initiativeId: string }).initiativeId
      : null;
  const sorted = [...initiatives].sort((a, b) => a.position - b.position);
  return (
    <div className="initiatives">
      {sorted.length > 0 && (
        <ul className="initiatives__list" aria-label={t('editor.initiative.listLabel')}>
          {sorted.map((initiative) =>
            editingId === initiative.id ? (
              <li key={initiative.id}>
                <InitiativeFormHost />
              </li>
            ) : (
              <InitiativeItem key={initiative.id} goalId={goalId} initiative={initiative} />
            ),
          )}
        </ul>
      )}
      {formOpen && editingId === null ? (
        <InitiativeFormHost />
      ) : (
        <button
          type="button"
          id={`add-initiative-${goalId}`}
          className="button button--secondary button--small"
          onClick={() => actions.open({ kind: 'addInitiative', goalId })}
        >
          {t('editor.initiative.add')}
          <span className="visually-hidden"> «{goalTitle}»</span>
        </button>
      )}
    </div>
  );
});

function InitiativeItem({ goalId, initiative }: { goalId: string; initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const actions = useEditorActions();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const total = budgetTotal(initiative.budgets);

  async function remove() {
    setBusy(true);
    setProblem(null);
    const result = await actions.deleteInitiative(initiative.id);
    setBusy(false);
    setConfirming(false);
    if (result.kind === 'conflict') setProblem(new Error(`${t('editor.conflict.actionRefreshed')} ${result.message}`));
    else if (result.kind === 'invalid') setProblem(new Error(result.message));
    else if (result.kind === 'error') setProblem(result.error);
  }

  return (
    <li id={`initiative-${initiative.id}`} tabIndex={-1} className="initiative">
      <p className="initiative__head">
        <span className="tag">{t(`editor.initiative.kind_${initiative.kind}`)}</span>{' '}
        <span className="initiative__title">{initiative.title}</span>
        {initiative.templateCode && <span className="muted"> ({initiative.templateCode})</span>}
      </p>
      <p className="muted initiative__facts">
        {t('editor.initiative.summary', {
          start: formatDate(initiative.startDate, lang),
          end: formatDate(initiative.endDate, lang),
          total: formatNumber(total, lang),
        })}
        {initiative.responsible ? ` · ${initiative.responsible}` : ''}
      </p>
      <div className="toolbar">
        <button
          type="button"
          id={`edit-initiative-${initiative.id}`}
          className="button button--secondary button--small"
          onClick={() => actions.open({ kind: 'editInitiative', goalId, initiativeId: initiative.id })}
        >
          {t('editor.initiative.edit')}
          <span className="visually-hidden"> «{initiative.title}»</span>
        </button>
        <button type="button" className="button button--danger button--small" onClick={() => setConfirming(true)}>
          {t('editor.initiative.delete')}
          <span className="visually-hidden"> «{initiative.title}»</span>
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('editor.initiative.confirmDelete', { title: initiative.title })}
          confirmLabel={t('editor.goal.confirmYes')}
          busyLabel={t('editor.deleting')}
          busy={busy}
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {problem !== null && <ErrorNotice kind="save" error={problem} />}
    </li>
  );
}
