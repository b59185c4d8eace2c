import type { FieldError } from '@tsifra/domain/errors';
import { INDICATOR_DIRECTIONS } from '@tsifra/domain/strategy/indicators';
import { UNITS } from '@tsifra/domain/strategy/units';
import { memo, useId } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { controlProps } from '../../../shared/forms/controlProps';
import { targetControl, type ControlKey, type IndicatorState, type TargetState } from '../model/goalForm';
import { FieldErrors } from '../../../shared/ui/FieldErrors';

interface IndicatorFieldsProps {
  index: number;
  indicator: IndicatorState;
  /** Id prefix of the goal form: control ids are `${formId}-${controlKey}`. */
  formId: string;
  /** Errors to show, by control key (already filtered to touched controls). */
  errors: ReadonlyMap<ControlKey, FieldError[]>;
  onChange(index: number, patch: Partial<IndicatorState>, control: ControlKey): void;
  onTouch(control: ControlKey): void;
  onRemove(index: number): void;
}

/** One indicator of a goal: name, unit, direction, baseline, targets by year, responsible body. */
export const IndicatorFields = memo(function IndicatorFields({
  index,
  indicator,
  formId,
  errors,
  onChange,
  onTouch,
  onRemove,
}: IndicatorFieldsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const legendId = useId();
  const key = (field: string) => `indicators[${index}].${field}`;
  const control = (field: string) => controlProps(formId, key(field), errors.get(key(field)), onTouch);
  const errorsOf = (field: string) => (
    <FieldErrors id={`${formId}-${key(field)}-errors`} errors={errors.get(key(field))} />
  );
  const set = (field: keyof IndicatorState) => (value: string) =>
    onChange(index, { [field]: value } as Partial<IndicatorState>, key(field));
  const setTarget = (year: number, value: string) => {
    const targets: TargetState[] = indicator.targets.map((tgt) => (tgt.year === year ? { year, value } : tgt));
    onChange(index, { targets }, targetControl(index, year));
  };
  const unitKnown = indicator.unit === '' || UNITS.some((u) => u.code === indicator.unit);
  const targetsErrorsId = `${formId}-${key('targets')}-errors`;

  return (
    <fieldset className="indicator-form" aria-labelledby={legendId}>
      <legend id={legendId}>
        {t('editor.indicator.legend', { number: index + 1 })}
        {indicator.name.trim() ? `: ${indicator.name.trim()}` : ''}
      </legend>
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={control('name').id}>{t('editor.indicator.name')}</label>
          <input {...control('name')} value={indicator.name} onChange={(e) => set('name')(e.target.value)} />
          {errorsOf('name')}
        </div>
        <div className="field">
          <label htmlFor={control('unit').id}>{t('editor.indicator.unit')}</label>
          <select {...control('unit')} value={indicator.unit} onChange={(e) => set('unit')(e.target.value)}>
            <option value="">{t('editor.indicator.unitChoose')}</option>
            {UNITS.map((u) => (
              <option key={u.code} value={u.code}>
                {lang === 'en' ? `${u.nameEn} (${u.symbolEn})` : `${u.name} (${u.symbol})`}
              </option>
            ))}
            {!unitKnown && <option value={indicator.unit}>{indicator.unit}</option>}
          </select>
          {errorsOf('unit')}
        </div>
        <div className="field">
          <label htmlFor={control('direction').id}>{t('editor.indicator.direction')}</label>
          <select
            {...control('direction')}
            value={indicator.direction}
            onChange={(e) => set('direction')(e.target.value)}
          >
            <option value="">{t('editor.indicator.directionNone')}</option>
            {INDICATOR_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`editor.indicator.direction_${d}`)}
              </option>
            ))}
          </select>
          {errorsOf('direction')}
        </div>
        <div className="field">
          <label htmlFor={control('baselineYear').id}>{t('editor.indicator.baselineYear')}</label>
          <input
            {...control('baselineYear')}
            inputMode="numeric"
            value={indicator.baselineYear}
            onChange={(e) => set('baselineYear')(e.target.value)}
          />
          {errorsOf('baselineYear')}
        </div>
        <div className="field">
          <label htmlFor={control('baselineValue').id}>{t('editor.indicator.baselineValue')}</label>
          <input
            {...control('baselineValue')}
            inputMode="decimal"
            value={indicator.baselineValue}
            onChange={(e) => set('baselineValue')(e.target.value)}
          />
          {errorsOf('baselineValue')}
        </div>
      </div>
      <fieldset className="targets" aria-describedby={errors.get(key('targets'))?.length ? targetsErrorsId : undefined}>
        <legend>{t('editor.indicator.targets')}</legend>
        <div className="targets__grid">
          {indicator.targets.map((target) => {
            const k = targetControl(index, target.year);
            const props = controlProps(formId, k, errors.get(k), onTouch);
            return (
              <div className="field field--target" key={target.year}>
                <label htmlFor={props.id}>
                  <span className="visually-hidden">{t('editor.indicator.targetFor')} </span>
                  {target.year}
                </label>
                <input
                  {...props}
                  inputMode="decimal"
                  value={target.value}
                  onChange={(e) => setTarget(target.year, e.target.value)}
                />
                <FieldErrors id={`${props.id}-errors`} errors={errors.get(k)} />
              </div>
            );
          })}
        </div>
        <FieldErrors id={targetsErrorsId} errors={errors.get(key('targets'))} />
      </fieldset>
      <div className="field field--wide">
        <label htmlFor={control('responsible').id}>{t('editor.indicator.responsible')}</label>
        <input
          {...control('responsible')}
          value={indicator.responsible}
          onChange={(e) => set('responsible')(e.target.value)}
        />
        {errorsOf('responsible')}
      </div>
      <button type="button" className="button button--secondary button--small" onClick={() => onRemove(index)}>
        {t('editor.indicator.remove', { number: index + 1 })}
      </button>
    </fieldset>
  );
});
