import { BUDGET_SOURCES, INITIATIVE_KINDS } from '@tsifra/domain/strategy/initiatives';
import { useEffect, useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { relativeToInput } from '../model/goalForm';
import {
  budgetKey,
  toInitiativeInput,
  validateInitiativeInput,
  type InitiativeInputValue,
  type InitiativeState,
} from '../model/initiativeForm';
import { useVersionedForm } from '../../../shared/forms/useVersionedForm';
import type { WriteResult } from '../../../shared/forms/writeResult';
import { ConflictView, type ConflictRow } from '../../../shared/ui/ConflictView';
import { FieldErrors } from '../../../shared/ui/FieldErrors';
import { FormFooter } from '../../../shared/ui/FormActions';

interface InitiativeFormProps {
  formId: string;
  mode: 'add' | 'edit';
  initial: InitiativeState;
  latest?: InitiativeState | null;
  onSave(input: InitiativeInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  onCancel(): void;
  onDirtyChange?(dirty: boolean): void;
}

const fingerprint = (s: InitiativeState) => JSON.stringify({ ...s, budgets: s.budgets.map(({ key: _k, ...b }) => b) });
const FIRST_YEAR = 2020;
const YEARS = Array.from({ length: 11 }, (_, i) => FIRST_YEAR + i);

/** An initiative (project) under a goal: title, kind, template, dates, budget lines, responsible body. */
export function InitiativeForm({
  formId,
  mode,
  initial,
  latest,
  onSave,
  onCancel,
  onDirtyChange,
}: InitiativeFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useVersionedForm({
    formId,
    mode,
    initial,
    latest,
    toInput: toInitiativeInput,
    validate: validateInitiativeInput,
    serverField: relativeToInput,
    fingerprint,
    onSave,
    onCancel,
  });
  const { draft, base, update, control, dirty } = form;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  useEffect(() => document.getElementById(`${formId}-title`)?.focus(), [formId]);
  const errorList = (field: string) => <FieldErrors id={`${formId}-${field}-errors`} errors={form.errorsOf(field)} />;

  const describe = (s: InitiativeState) => ({
    title: s.title,
    kind: t(`editor.initiative.kind_${s.kind}`),
    templateCode: s.templateCode,
    dates: `${s.startDate} — ${s.endDate}`,
    responsible: s.responsible,
    budgets: s.budgets.map((b) => `${b.year} ${t(`editor.initiative.source_${b.source}`)}: ${b.amount}`).join('; '),
  });
  const rows: ConflictRow[] = (() => {
    const theirs = describe(latest ?? base);
    const yours = describe(draft);
    const before = describe(base);
    return (Object.keys(yours) as (keyof typeof yours)[]).map((k) => ({
      label: t(`editor.initiative.${k}`),
      theirs: theirs[k],
      yours: yours[k],
      changedOnServer: theirs[k] !== before[k],
    }));
  })();

  return (
    <form className="initiative-form" aria-labelledby={headingId} {...form.formProps}>
      <h4 id={headingId}>{mode === 'add' ? t('editor.initiative.addTitle') : t('editor.initiative.editTitle')}</h4>
      {form.conflict && <ConflictView {...form.conflictProps} rows={rows} />}
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={`${formId}-title`}>{t('editor.initiative.title')}</label>
          <input
            {...control('title')}
            value={draft.title}
            onChange={(e) => update('title', { title: e.target.value })}
          />
          {errorList('title')}
        </div>
        <div className="field">
          <label htmlFor={`${formId}-kind`}>{t('editor.initiative.kind')}</label>
          <select
            {...control('kind')}
            value={draft.kind}
            onChange={(e) => update('kind', { kind: e.target.value as InitiativeState['kind'] })}
          >
            {INITIATIVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`editor.initiative.kind_${k}`)}
              </option>
            ))}
          </select>
        </div>
        {draft.kind === 'FEDERAL_TEMPLATE' && (
          <div className="field">
            <label htmlFor={`${formId}-templateCode`}>{t('editor.initiative.templateCode')}</label>
            <input
              {...control('templateCode')}
              value={draft.templateCode}
              onChange={(e) => update('templateCode', { templateCode: e.target.value })}
            />
            {errorList('templateCode')}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${formId}-startDate`}>{t('editor.initiative.startDate')}</label>
          <input
            {...control('startDate')}
            type="date"
            min="2020-01-01"
            max="2030-12-31"
            value={draft.startDate}
            onChange={(e) => update('startDate', { startDate: e.target.value })}
          />
          {errorList('startDate')}
        </div>
        <div className="field">
          <label htmlFor={`${formId}-endDate`}>{t('editor.initiative.endDate')}</label>
          <input
            {...control('endDate')}
            type="date"
            min="2020-01-01"
            max="2030-12-31"
            value={draft.endDate}
            onChange={(e) => update('endDate', { endDate: e.target.value })}
          />
          {errorList('endDate')}
        </div>
        <div className="field field--wide">
          <label htmlFor={`${formId}-responsible`}>{t('editor.initiative.responsible')}</label>
          <input
            {...control('responsible')}
            value={draft.responsible}
            onChange={(e) => update('responsible', { responsible: e.target.value })}
          />
          {errorList('responsible')}
        </div>
      </div>
      <fieldset className="budgets">
        <legend>{t('editor.initiative.budgets')}</legend>
        {draft.budgets.length === 0 && <p className="muted">{t('editor.initiative.noBudgets')}</p>}
        {draft.budgets.map((line, i) => {
          const setLine = (field: 'year' | 'source' | 'amount', value: string) =>
            update(`budgets[${i}].${field}`, {
              budgets: draft.budgets.map((b, j) => (j === i ? { ...b, [field]: value } : b)),
            });
          return (
            <div
              className="budget-line"
              key={line.key}
              role="group"
              aria-label={t('editor.initiative.budgetLine', { number: i + 1 })}
            >
              <div className="field">
                <label htmlFor={`${formId}-budgets[${i}].year`}>{t('editor.initiative.year')}</label>
                <select
                  {...control(`budgets[${i}].year`)}
                  value={line.year}
                  onChange={(e) => setLine('year', e.target.value)}
                >
                  {YEARS.map((y) => (
                    <option key={y} value={String(y)}>
                      {y}
                    </option>
                  ))}
                </select>
                {errorList(`budgets[${i}].year`)}
              </div>
              <div className="field">
                <label htmlFor={`${formId}-budgets[${i}].source`}>{t('editor.initiative.source')}</label>
                <select
                  {...control(`budgets[${i}].source`)}
                  value={line.source}
                  onChange={(e) => setLine('source', e.target.value)}
                >
                  {BUDGET_SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {t(`editor.initiative.source_${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${formId}-budgets[${i}].amount`}>{t('editor.initiative.amount')}</label>
                <input
                  {...control(`budgets[${i}].amount`)}
                  inputMode="decimal"
                  value={line.amount}
                  onChange={(e) => setLine('amount', e.target.value)}
                />
                {errorList(`budgets[${i}].amount`)}
              </div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => update('budgets', { budgets: draft.budgets.filter((_, j) => j !== i) })}
              >
                {t('editor.initiative.removeBudget', { number: i + 1 })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            update('budgets', {
              budgets: [
                ...draft.budgets,
                { key: budgetKey(), year: draft.startDate.slice(0, 4) || '2022', source: 'REGIONAL', amount: '' },
              ],
            })
          }
        >
          {t('editor.initiative.addBudget')}
        </button>
      </fieldset>
      <FormFooter
        form={form}
        submitLabel={mode === 'add' ? t('editor.initiative.create') : t('editor.initiative.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
