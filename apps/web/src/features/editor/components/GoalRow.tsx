import { horizonYear } from '@tsifra/domain/horizons';
import { memo, useId, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { formatNumber } from '../../../shared/format';
import { useSlotActive } from '../model/activeForm';
import { useEditorActions } from '../model/editorContext';
import { childHorizonOf } from '@tsifra/domain/strategy/goal-tree';
import { countDescendants, type GoalNode } from '../model/goalTree';
import type { WriteResult } from '../../../shared/forms/writeResult';
import { GoalFormHost } from './GoalFormHost';
import { InitiativeList } from './InitiativeList';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { GoalRemarkPins } from '../../../shared/remarks';

interface GoalRowProps {
  node: GoalNode;
  /** Position among its siblings, for moving up and down. */
  index: number;
  siblings: number;
}

type Outcome = { kind: 'conflict'; message: string } | { kind: 'error'; error: unknown } | null;

/**
 * One goal of the editor's tree with its actions; memoized, so typing in a form (whose state is
 * its own) or opening one elsewhere re-renders no other row.
 */
export const GoalRow = memo(function GoalRow({ node, index, siblings }: GoalRowProps) {
  const { goal, children } = node;
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const actions = useEditorActions();
  const editing = useSlotActive(actions.store, `edit:${goal.id}`);
  const addingChild = useSlotActive(actions.store, `add:${goal.id}`);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'delete' | 'up' | 'down' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const titleId = useId();
  const year = horizonYear(goal.horizon);
  const childHorizon = childHorizonOf(goal.horizon);
  const title = goal.title;

  const settle = (result: WriteResult<unknown>) => {
    if (result.kind === 'conflict') setOutcome({ kind: 'conflict', message: result.message });
    else if (result.kind === 'invalid') setOutcome({ kind: 'error', error: new Error(result.message) });
    else if (result.kind === 'error') setOutcome({ kind: 'error', error: result.error });
    else setOutcome(null);
  };

  async function remove() {
    setBusy('delete');
    setOutcome(null);
    const result = await actions.deleteGoal(goal.id);
    setBusy(null);
    setConfirming(false);
    settle(result);
  }

  async function move(direction: 'up' | 'down') {
    setBusy(direction);
    setOutcome(null);
    const result = await actions.moveGoal(goal.id, goal.parent?.id ?? null, index + (direction === 'up' ? -1 : 1));
    setBusy(null);
    settle(result);
  }

  return (
    <li className="editor-goal-item">
      <article
        id={`goal-${goal.id}`}
        tabIndex={-1}
        aria-labelledby={titleId}
        className={`goal goal--${goal.horizon.toLowerCase()} editor-goal`}
      >
        {editing ? (
          <>
            <span id={titleId} className="visually-hidden">
              {title}
            </span>
            <GoalFormHost />
          </>
        ) : (
          <>
            <p className="goal__head">
              <span className="goal__horizon">{t('horizon.badge', { year })}</span>
              <span id={titleId} className="goal__title">
                {title}
              </span>
            </p>
            {goal.description && <p className="goal__description">{goal.description}</p>}
            {goal.indicators.length > 0 && (
              <ul className="editor-goal__indicators" aria-label={t('strategy.indicator.listLabel')}>
                {goal.indicators.map((ind) => (
                  <li key={ind.id}>
                    <span className="editor-goal__indicator-name">{ind.name}</span>{' '}
                    <span className="muted">
                      {t('editor.indicator.summary', {
                        unit: ind.unit,
                        baseline: formatNumber(ind.baselineValue, lang),
                        baselineYear: ind.baselineYear,
                        targets:
                          ind.targets.map((x) => `${x.year}: ${formatNumber(x.value, lang)}`).join(' · ') ||
                          t('common.notSet'),
                      })}
                    </span>
                    <GoalRemarkPins goalId={goal.id} indicatorId={ind.id} indicators={goal.indicators} />
                  </li>
                ))}
              </ul>
            )}
            <GoalRemarkPins goalId={goal.id} indicators={goal.indicators} />
            <div className="toolbar" role="group" aria-label={t('editor.goal.actions', { title })}>
              <button
                type="button"
                id={`edit-${goal.id}`}
                className="button button--small"
                onClick={() => actions.open({ kind: 'editGoal', goalId: goal.id })}
              >
                {t('editor.goal.edit')}
                <span className="visually-hidden"> «{title}»</span>
              </button>
              {childHorizon && (
                <button
                  type="button"
                  id={`add-child-${goal.id}`}
                  className="button button--secondary button--small"
                  onClick={() =>
                    actions.open({
                      kind: 'addGoal',
                      parentId: goal.id,
                      sectorCode: goal.sector.code,
                      horizon: childHorizon,
                    })
                  }
                >
                  {t('editor.goal.addChild', { year: horizonYear(childHorizon) })}
                  <span className="visually-hidden"> «{title}»</span>
                </button>
              )}
              <BusyButton
                type="button"
                className="button button--secondary button--small"
                busy={busy === 'up'}
                busyLabel={t('editor.moving')}
                disabled={index === 0 || busy !== null}
                onClick={() => void move('up')}
              >
                <span aria-hidden="true">↑</span> {t('editor.goal.up')}
                <span className="visually-hidden"> «{title}»</span>
              </BusyButton>
              <BusyButton
                type="button"
                className="button button--secondary button--small"
                busy={busy === 'down'}
                busyLabel={t('editor.moving')}
                disabled={index >= siblings - 1 || busy !== null}
                onClick={() => void move('down')}
              >
                <span aria-hidden="true">↓</span> {t('editor.goal.down')}
                <span className="visually-hidden"> «{title}»</span>
              </BusyButton>
              <button
                type="button"
                id={`delete-${goal.id}`}
                className="button button--danger button--small"
                onClick={() => setConfirming(true)}
              >
                {t('editor.goal.delete')}
                <span className="visually-hidden"> «{title}»</span>
              </button>
            </div>
            {confirming && (
              <ConfirmDialog
                title={t('editor.goal.confirmDelete', { title, count: countDescendants(node) })}
                confirmLabel={t('editor.goal.confirmYes')}
                busyLabel={t('editor.deleting')}
                busy={busy === 'delete'}
                danger
                onConfirm={() => void remove()}
                onCancel={() => setConfirming(false)}
              />
            )}
            {outcome?.kind === 'conflict' && (
              <p role="alert" className="notice notice--error">
                {t('editor.conflict.actionRefreshed')} <span className="muted">{outcome.message}</span>
              </p>
            )}
            {outcome?.kind === 'error' && <ErrorNotice kind="save" error={outcome.error} />}
          </>
        )}
        <InitiativeList goalId={goal.id} goalTitle={title} initiatives={goal.initiatives} />
        {(children.length > 0 || addingChild) && (
          <ul className="goal-list">
            {children.map((child, i) => (
              <GoalRow key={child.goal.id} node={child} index={i} siblings={children.length} />
            ))}
            {addingChild && (
              <li>
                <GoalFormHost />
              </li>
            )}
          </ul>
        )}
      </article>
    </li>
  );
});
