import type { FieldError } from '@tsifra/domain/errors';
import {
  DECISION_STAGES,
  GOSTECH_DECISIONS,
  GOSTECH_FIRST_DATE,
  GOSTECH_LAST_DATE,
  GOSTECH_STAGES,
  STAGE_DATE_KEYS,
} from '@tsifra/domain/gostech/plan';
import { useEffect, useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { ConflictView, type ConflictRow } from '../../../shared/ui/ConflictView';
import { FormFooter } from '../../../shared/ui/FormActions';
import { useVersionedForm } from '../../../shared/forms/useVersionedForm';
import type { WriteResult } from '../../../shared/forms/writeResult';
import { ruleText } from '../model/ruleText';
import {
  controlKeyOf,
  toSystemInput,
  validateSystemInput,
  type SystemInputValue,
  type SystemState,
} from '../model/systemForm';

interface SystemFormProps {
  formId: string;
  mode: 'add' | 'edit';
  initial: SystemState;
  /** The system as loaded now (edit mode): differs from `initial` once someone else changed it; null when deleted. */
  latest?: SystemState | null;
  sectors: readonly { code: string; name: string; nameEn: string }[];
  /** The plan's other systems, offered as dependencies. */
  others: readonly { id: string; name: string }[];
  onSave(input: SystemInputValue, asNew: boolean): Promise<WriteResult<unknown>>;
  onCancel(): void;
}

const fingerprint = (s: SystemState) => JSON.stringify(s);

function FieldErrorList({ id, errors }: { id: string; errors: readonly FieldError[] }) {
  const { t, i18n } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e, i) => (
        <li key={`${e.rule}-${i}`} className="field-error">
          {ruleText(t, (k) => i18n.exists(k), e)}
        </li>
      ))}
    </ul>
  );
}

/**
 * An information system: inventory fields, the decision and its feasibility assessments, planned and
 * actual dates per stage, and dependencies. Checked as typed with the domain's validateInformationSystem;
 * the server's field errors land on the same controls; a stale version shows the conflict view.
 */
export function SystemForm({ formId, mode, initial, latest, sectors, others, onSave, onCancel }: SystemFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const headingId = useId();
  const form = useVersionedForm({
    formId,
    mode,
    initial,
    latest,
    toInput: toSystemInput,
    validate: validateSystemInput,
    serverField: controlKeyOf,
    fingerprint,
    onSave,
    onCancel,
    focusServerError: true,
  });
  const { draft, base, update, control } = form;
  useEffect(() => document.getElementById(`${formId}-name`)?.focus(), [formId]);
  const errorList = (key: string) => <FieldErrorList id={`${formId}-${key}-errors`} errors={form.errorsOf(key)} />;

  const nameOf = (id: string) => others.find((o) => o.id === id)?.name ?? id;
  const describe = (s: SystemState): Record<string, string> => ({
    name: s.name,
    shortName: s.shortName,
    operator: s.operator,
    sector: s.sectorCode,
    purpose: s.purpose,
    hosting: s.hosting,
    annualCost: s.annualCost,
    decision: s.decision ? t(`gostech.decision.${s.decision}`) : '',
    economicAssessment: s.economicAssessment,
    technologicalAssessment: s.technologicalAssessment,
    stages: GOSTECH_STAGES.filter((st) => STAGE_DATE_KEYS.some((k) => s.stages[st][k]))
      .map((st) => `${t(`gostech.stage.${st}`)}: ${STAGE_DATE_KEYS.map((k) => s.stages[st][k] || '—').join(' / ')}`)
      .join('; '),
    dependsOn: s.dependsOnIds.map(nameOf).join('; '),
  });
  const rows: ConflictRow[] = (() => {
    const theirs = describe(latest ?? base);
    const yours = describe(draft);
    const before = describe(base);
    return Object.keys(yours).map((k) => ({
      label: t(`gostech.system.${k}`),
      theirs: theirs[k]!,
      yours: yours[k]!,
      changedOnServer: theirs[k] !== before[k],
    }));
  })();

  const needed = new Set(draft.decision ? DECISION_STAGES[draft.decision] : []);
  const textField = (key: 'name' | 'shortName' | 'operator' | 'hosting', wide = false) => (
    <div className={`field${wide ? ' field--wide' : ''}`}>
      <label htmlFor={`${formId}-${key}`}>{t(`gostech.system.${key}`)}</label>
      <input {...control(key)} value={draft[key]} onChange={(e) => update(key, { [key]: e.target.value })} />
      {errorList(key)}
    </div>
  );
  const textArea = (key: 'purpose' | 'economicAssessment' | 'technologicalAssessment') => (
    <div className="field field--wide">
      <label htmlFor={`${formId}-${key}`}>{t(`gostech.system.${key}`)}</label>
      <textarea
        {...control(key)}
        rows={2}
        value={draft[key]}
        onChange={(e) => update(key, { [key]: e.target.value })}
      />
      {errorList(key)}
    </div>
  );

  return (
    <form className="goal-form gostech-system-form" aria-labelledby={headingId} {...form.formProps}>
      <h3 id={headingId} className="goal-form__title">
        {mode === 'add' ? t('gostech.form.addTitle') : t('gostech.form.editTitle', { name: initial.name })}
      </h3>
      {form.conflict && <ConflictView {...form.conflictProps} rows={rows} />}
      <div className="form-grid">
        {textField('name', true)}
        {textField('shortName')}
        {textField('operator')}
        <div className="field">
          <label htmlFor={`${formId}-sectorCode`}>{t('gostech.system.sector')}</label>
          <select
            {...control('sectorCode')}
            value={draft.sectorCode}
            onChange={(e) => update('sectorCode', { sectorCode: e.target.value })}
          >
            <option value="">{t('gostech.form.noSector')}</option>
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {lang === 'en' ? s.nameEn : s.name}
              </option>
            ))}
          </select>
          {errorList('sectorCode')}
        </div>
        {textArea('purpose')}
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.isStateSystem}
              onChange={(e) => update('isStateSystem', { isStateSystem: e.target.checked })}
            />
            {t('gostech.system.isStateSystem')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.processesPersonalData}
              onChange={(e) => update('processesPersonalData', { processesPersonalData: e.target.checked })}
            />
            {t('gostech.system.processesPersonalData')}
          </label>
        </div>
        {textField('hosting')}
        <div className="field">
          <label htmlFor={`${formId}-annualCost`}>{t('gostech.system.annualCost')}</label>
          <input
            {...control('annualCost')}
            inputMode="decimal"
            value={draft.annualCost}
            onChange={(e) => update('annualCost', { annualCost: e.target.value })}
          />
          {errorList('annualCost')}
        </div>
        <div className="field">
          <label htmlFor={`${formId}-decision`}>{t('gostech.system.decision')}</label>
          <select
            {...control('decision')}
            value={draft.decision}
            onChange={(e) => update('decision', { decision: e.target.value as SystemState['decision'] })}
          >
            <option value="">{t('gostech.decision.none')}</option>
            {GOSTECH_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`gostech.decision.${d}`)}
              </option>
            ))}
          </select>
          {errorList('decision')}
        </div>
        {textArea('economicAssessment')}
        {textArea('technologicalAssessment')}
      </div>
      <fieldset className="gostech-stages">
        <legend>{t('gostech.form.stages')}</legend>
        <p className="muted">
          {draft.decision ? t('gostech.form.stagesHint', { count: needed.size }) : t('gostech.form.stagesNoDecision')}
        </p>
        {GOSTECH_STAGES.map((stage) => (
          <div
            key={stage}
            role="group"
            aria-label={t(`gostech.stage.${stage}`)}
            className={`gostech-stage${needed.has(stage) ? ' gostech-stage--needed' : ''}`}
          >
            <div className="gostech-stage__name">
              {t(`gostech.stage.${stage}`)}
              {needed.has(stage) && <span className="tag">{t('gostech.form.stageNeeded')}</span>}
            </div>
            {STAGE_DATE_KEYS.map((k) => {
              const key = `stages.${stage}.${k}`;
              return (
                <div className="field" key={k}>
                  <label htmlFor={`${formId}-${key}`}>
                    <span className="visually-hidden">{t(`gostech.stage.${stage}`)}: </span>
                    {t(`gostech.dates.${k}`)}
                  </label>
                  <input
                    {...control(key)}
                    type="date"
                    min={GOSTECH_FIRST_DATE}
                    max={GOSTECH_LAST_DATE}
                    value={draft.stages[stage][k]}
                    onChange={(e) =>
                      update(key, {
                        stages: { ...draft.stages, [stage]: { ...draft.stages[stage], [k]: e.target.value } },
                      })
                    }
                  />
                  {errorList(key)}
                </div>
              );
            })}
          </div>
        ))}
        {errorList('stages')}
      </fieldset>
      <fieldset className="gostech-deps">
        <legend>{t('gostech.system.dependsOn')}</legend>
        {others.length === 0 ? (
          <p className="muted">{t('gostech.form.noOthers')}</p>
        ) : (
          others.map((o) => (
            <label key={o.id} className="checkbox">
              <input
                type="checkbox"
                checked={draft.dependsOnIds.includes(o.id)}
                onChange={(e) =>
                  update('dependsOnIds', {
                    dependsOnIds: e.target.checked
                      ? [...draft.dependsOnIds, o.id]
                      : draft.dependsOnIds.filter((id) => id !== o.id),
                  })
                }
              />
              {o.name}
            </label>
          ))
        )}
        {errorList('dependsOnIds')}
      </fieldset>
      <FormFooter
        form={form}
        submitLabel={mode === 'add' ? t('gostech.form.create') : t('gostech.form.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
