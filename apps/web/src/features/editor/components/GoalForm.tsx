import type { FieldError } from '@tsifra/domain/errors';
import { type Horizon } from '@tsifra/domain/horizons';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import {
  controlOf,
  emptyIndicator,
  errorsByControl,
  relativeToInput,
  toGoalInput,
  validateGoalInput,
  type ControlKey,
  type GoalContextInfo,
  type GoalInputValue,
  type GoalState,
  type IndicatorState,
  mergeEdits,
} from '../model/goalForm';
import { controlProps } from '../../../shared/forms/controlProps';
import type { WriteResult } from '../../../shared/forms/writeResult';
import { ConflictView } from '../../../shared/ui/ConflictView';
import { FieldErrors } from '../../../shared/ui/FieldErrors';
import { FormActions } from '../../../shared/ui/FormActions';
import { IndicatorFields } from './IndicatorFields';
import { useConflictRows } from './useConflictRows';

export interface ParentOption {
  id: string;
  label: string;
  horizon: Horizon;
}

export interface GoalFormProps {
  mode: 'add' | 'edit';
  /** Unique per open form; prefixes control ids. */
  formId: string;
  initial: GoalState;
  /**
   * Edit mode: the goal as the loaded data has it now (null once it is gone). When it differs from
   * what the form started from, someone else changed it: the form shows the conflict view.
   */
  latest?: GoalState | null;
  /** Horizons the goal may take (earlier than its parent's). */
  horizonOptions: readonly Horizon[];
  /** Goals it may be moved under (edit mode); absent = no re-parenting. */
  parentOptions?: readonly ParentOption[];
  chosenSectors: readonly string[];
  /** The strategy's loaded tree and the goal edited (null when adding): the form runs the server's tree rules on it. */
  tree?: GoalContextInfo['tree'];
  /** The control to focus when the form opens (a completeness item points at it). */
  focusControl?: ControlKey;
  onSave(input: GoalInputValue, options: { asNew: boolean }): Promise<WriteResult<unknown>>;
  onCancel(): void;
  onDirtyChange?(dirty: boolean): void;
}

/** Everything but the React keys: what "unsaved changes" compares. */
function fingerprint(state: GoalState): string {
  return JSON.stringify({ ...state, indicators: state.indicators.map(({ key: _key, ...rest }) => rest) });
}

/**
 * The goal form with its indicators. Every domain rule runs on each change and its error shows
 * under the field as soon as the field is touched (all of them on submit); the server's
 * BAD_USER_INPUT errors land on the same fields. The state lives here, so typing re-renders only
 * this form, never the goal tree.
 */
export function GoalForm(props: GoalFormProps) {
  const {
    mode,
    formId,
    initial,
    latest,
    horizonOptions,
    parentOptions,
    chosenSectors,
    tree,
    focusControl,
    onSave,
    onCancel,
    onDirtyChange,
  } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<GoalState>(initial);
  /** What the server had when the user started (or last re-based): the "before" of a conflict. */
  const [base, setBase] = useState<GoalState>(initial);
  const [touched, setTouched] = useState<ReadonlySet<ControlKey>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<{ message: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  const input = useMemo(() => toGoalInput(draft), [draft]);
  const parentHorizon = parentOptions?.find((p) => p.id === draft.parentId)?.horizon ?? null;
  const clientErrors = useMemo(
    () => validateGoalInput(input, { parentHorizon, chosenSectors, tree }),
    [input, parentHorizon, chosenSectors, tree],
  );
  const shown = useMemo(() => {
    const visible = clientErrors.filter((e) => submitted || touched.has(controlOf(e.field, input)));
    const map = errorsByControl([...visible, ...serverErrors], input);
    // Errors of fields this form shows no control for are listed at the top level of the form.
    for (const key of ['sectorCode', ...(parentOptions ? [] : ['parentId'])]) {
      const moved = map.get(key);
      if (moved) {
        map.set('', [...(map.get('') ?? []), ...moved]);
        map.delete(key);
      }
    }
    return map;
  }, [clientErrors, serverErrors, submitted, touched, input, parentOptions]);

  const dirty = fingerprint(draft) !== fingerprint(base);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  useEffect(() => {
    const target = focusControl ? document.getElementById(`${formId}-${focusControl}`) : null;
    (target ?? document.getElementById(`${formId}-title`))?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Someone changed or deleted this goal since the form started from `base`. */
  const staleOnServer =
    mode === 'edit' && latest !== undefined && (latest === null || fingerprint(latest) !== fingerprint(base));

  const touch = useCallback((control: ControlKey) => {
    setTouched((prev) => (prev.has(control) ? prev : new Set(prev).add(control)));
  }, []);

  const forgetServerErrors = useCallback(
    (control: ControlKey | 'indicators') => {
      setServerErrors((prev) => {
        if (prev.length === 0) return prev;
        // Indices shift when an indicator is added or removed: the old paths mean nothing then.
        if (control === 'indicators') return prev.filter((e) => !relativeToInput(e.field).startsWith('indicators'));
        return prev.filter((e) => controlOf(e.field, input) !== control);
      });
    },
    [input],
  );

  const setField = (field: 'title' | 'description' | 'horizon' | 'parentId', value: string) => {
    setDraft((d) => ({ ...d, [field]: field === 'parentId' ? (value === '' ? null : value) : value }));
    touch(field);
    forgetServerErrors(field);
  };

  const changeIndicator = useCallback(
    (index: number, patch: Partial<IndicatorState>, control: ControlKey) => {
      setDraft((d) => ({ ...d, indicators: d.indicators.map((ind, i) => (i === index ? { ...ind, ...patch } : ind)) }));
      touch(control);
      forgetServerErrors(control);
    },
    [touch, forgetServerErrors],
  );

  const removeIndicator = useCallback(
    (index: number) => {
      setDraft((d) => ({ ...d, indicators: d.indicators.filter((_, i) => i !== index) }));
      forgetServerErrors('indicators');
      // Focus stays in the form: the add button is always there.
      requestAnimationFrame(() => document.getElementById(`${formId}-add-indicator`)?.focus());
    },
    [forgetServerErrors, formId],
  );

  const addIndicator = () => {
    const index = draft.indicators.length;
    setDraft((d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }));
    forgetServerErrors('indicators');
    requestAnimationFrame(() => document.getElementById(`${formId}-indicators[${index}].name`)?.focus());
  };

  const focusFirstError = (errors: readonly FieldError[], value: GoalInputValue) => {
    const first = errors.map((e) => controlOf(relativeToInput(e.field), value)).find((k) => k !== '');
    requestAnimationFrame(() => {
      const el = first ? document.getElementById(`${formId}-${first}`) : null;
      (el ?? document.getElementById(`${formId}-summary`))?.focus();
    });
  };

  async function save(asNew = false, state: GoalState = draft) {
    setSubmitted(true);
    setFailure(null);
    const value = state === draft ? input : toGoalInput(state);
    const errors = state === draft ? clientErrors : validateGoalInput(value, { parentHorizon, chosenSectors, tree });
    if (errors.length > 0) {
      focusFirstError(errors, value);
      return;
    }
    if (staleOnServer && !conflict && !asNew) {
      setConflict({ message: t('editor.conflict.changedMeanwhile') });
      return;
    }
    setSaving(true);
    const result = await onSave(value, { asNew });
    setSaving(false);
    switch (result.kind) {
      case 'ok':
        setConflict(null);
        return;
      case 'conflict':
        setConflict({ message: result.message });
        return;
      case 'invalid': {
        const relative = result.errors.map((e) => ({ ...e, field: relativeToInput(e.field) }));
        setServerErrors(relative);
        focusFirstError(relative, value);
        return;
      }
      case 'error':
        setFailure(result.error);
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !saving) {
      event.stopPropagation();
      onCancel();
    }
  };

  const reapply = () => {
    setConflict(null);
    if (!latest) {
      void save(true);
      return;
    }
    // The user's edits on top of what the server has now: fields they did not touch take the server's value.
    const merged = mergeEdits(base, latest, draft);
    setBase(latest);
    setDraft(merged);
    void save(false, merged);
  };
  const discard = () => {
    if (latest === null) {
      onCancel();
      return;
    }
    if (latest) {
      setDraft(latest);
      setBase(latest);
    }
    setConflict(null);
    setServerErrors([]);
  };

  const conflictRows = useConflictRows(base, latest ?? base, draft, parentOptions);
  const control = (key: ControlKey) => controlProps(formId, key, shown.get(key), touch);
  const errorCount = [...shown.values()].reduce((n, list) => n + list.length, 0);
  const generalErrors = shown.get('');

  return (
    <form
      ref={formRef}
      className="goal-form"
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h3 id={headingId} className="goal-form__title">
        {mode === 'add' ? t('editor.goal.addTitle') : t('editor.goal.editTitle')}
      </h3>
      {conflict && (
        <ConflictView
          message={conflict.message}
          rows={conflictRows}
          deleted={latest === null}
          busy={saving}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={control('title').id}>{t('editor.goal.title')}</label>
          <input {...control('title')} value={draft.title} onChange={(e) => setField('title', e.target.value)} />
          <FieldErrors id={`${formId}-title-errors`} errors={shown.get('title')} />
        </div>
        <div className="field field--wide">
          <label htmlFor={control('description').id}>{t('editor.goal.description')}</label>
          <textarea
            {...control('description')}
            rows={3}
            value={draft.description}
            onChange={(e) => setField('description', e.target.value)}
          />
          <FieldErrors id={`${formId}-description-errors`} errors={shown.get('description')} />
        </div>
        <div className="field">
          <label htmlFor={control('horizon').id}>{t('editor.goal.horizon')}</label>
          <select {...control('horizon')} value={draft.horizon} onChange={(e) => setField('horizon', e.target.value)}>
            {horizonOptions.map((h) => (
              <option key={h} value={h}>
                {t(`horizon.${h}`)}
              </option>
            ))}
          </select>
          <FieldErrors id={`${formId}-horizon-errors`} errors={shown.get('horizon')} />
        </div>
        {parentOptions && (
          <div className="field">
            <label htmlFor={control('parentId').id}>{t('editor.goal.parent')}</label>
            <select
              {...control('parentId')}
              value={draft.parentId ?? ''}
              onChange={(e) => setField('parentId', e.target.value)}
            >
              <option value="">{t('editor.goal.noParent')}</option>
              {parentOptions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <FieldErrors id={`${formId}-parentId-errors`} errors={shown.get('parentId')} />
          </div>
        )}
      </div>

      <h4 className="goal-form__subtitle">{t('editor.indicator.heading')}</h4>
      {draft.indicators.length === 0 && <p className="muted">{t('editor.indicator.none')}</p>}
      {draft.indicators.map((indicator, index) => (
        <IndicatorFields
          key={indicator.key}
          index={index}
          indicator={indicator}
          formId={formId}
          errors={shown}
          onChange={changeIndicator}
          onTouch={touch}
          onRemove={removeIndicator}
        />
      ))}
      <button
        type="button"
        id={`${formId}-add-indicator`}
        className="button button--secondary button--small"
        // Pressing must not blur the field being typed in: its blur shows that field's errors, the
        // layout shifts, and the click would land beside the moved button. The click adds first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={addIndicator}
      >
        {t('editor.indicator.add')}
      </button>

      <div id={`${formId}-summary`} tabIndex={-1} role="alert" className="goal-form__summary">
        {submitted && errorCount > 0 && (
          <p className="notice notice--error">{t('editor.form.fixErrors', { count: errorCount })}</p>
        )}
        {generalErrors && <FieldErrors id={`${formId}--errors`} errors={generalErrors} />}
      </div>
      {failure !== null && <ErrorNotice kind="save" error={failure} />}
      <FormActions
        saving={saving}
        submitLabel={mode === 'add' ? t('editor.goal.create') : t('editor.goal.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
