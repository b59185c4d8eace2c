import type { FieldError } from '@tsifra/domain/errors';
import { validateSectorChoice } from '@tsifra/domain/strategy/sector-choices';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { currentLanguage } from '../../../app/i18n';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { useEditorActions } from '../model/editorContext';
import { fieldErrorText } from '../../../shared/forms/fieldErrorText';
import { ConflictView, type ConflictRow } from '../../../shared/ui/ConflictView';
import { FieldErrors } from '../../../shared/ui/FieldErrors';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

interface SectorOption {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  mainArea2021: boolean;
  maturityKeySector: boolean;
}

interface SectorPickerProps {
  strategy: { sectorChoices: readonly { rationale?: string | null; sector: { code: string } }[] };
  sectors: readonly SectorOption[];
}

interface Choice {
  codes: string[];
  rationales: Record<string, string>;
}

function choiceOf(strategy: SectorPickerProps['strategy']): Choice {
  return {
    codes: strategy.sectorChoices.map((c) => c.sector.code),
    rationales: Object.fromEntries(strategy.sectorChoices.map((c) => [c.sector.code, c.rationale ?? ''])),
  };
}

const same = (a: Choice, b: Choice) =>
  a.codes.join('|') === b.codes.join('|') &&
  a.codes.every((c) => (a.rationales[c] ?? '').trim() === (b.rationales[c] ?? '').trim());

/** The sectors the strategy covers, each with a short rationale; saved together with the strategy's version. */
export function SectorPicker({ strategy, sectors }: SectorPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const actions = useEditorActions();
  const latest = useMemo(() => choiceOf(strategy), [strategy]);
  const [base, setBase] = useState(latest);
  const [draft, setDraft] = useState(latest);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const dirty = !same(draft, base);

  // Follow the server while the user has nothing unsaved here.
  useEffect(() => {
    if (!dirty && !same(latest, base)) {
      setBase(latest);
      setDraft(latest);
    }
  }, [latest, base, dirty]);
  useEffect(() => actions.setDirty('sectors', dirty), [actions, dirty]);
  useEffect(() => () => actions.setDirty('sectors', false), [actions]);

  const name = (code: string) => {
    const s = sectors.find((x) => x.code === code);
    return s ? (lang === 'en' ? s.nameEn : s.name) : code;
  };
  const rationaleInput = draft.codes.map((code) => ({
    sectorCode: code,
    rationale: draft.rationales[code]?.trim() || null,
  }));
  const clientErrors = validateSectorChoice(draft.codes, rationaleInput);
  const errorsFor = (code: string) => {
    const i = draft.codes.indexOf(code);
    return [...clientErrors, ...serverErrors].filter(
      (e) => e.field.replace(/^input\./, '') === `rationales[${i}].rationale`,
    );
  };
  const otherErrors = serverErrors.filter((e) => !/rationales\[\d+\]\.rationale$/.test(e.field));

  const toggle = (code: string, on: boolean) => {
    setServerErrors([]);
    setDraft((d) => ({
      ...d,
      // Keep the catalogue's order: sectors are listed, and read, in that order.
      codes: on
        ? sectors.map((s) => s.code).filter((c) => c === code || d.codes.includes(c))
        : d.codes.filter((c) => c !== code),
    }));
  };

  async function save() {
    if (clientErrors.length > 0) return;
    if (!same(latest, base) && !conflict) {
      setConflict(t('editor.conflict.changedMeanwhile'));
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await actions.setSectors(draft.codes, rationaleInput);
    setBusy(false);
    if (result.kind === 'ok') {
      setConflict(null);
      setServerErrors([]);
      setBase(draft);
    } else if (result.kind === 'conflict') setConflict(result.message);
    else if (result.kind === 'invalid') setServerErrors(result.errors);
    else setFailure(result.error);
  }

  const rows: ConflictRow[] = [
    {
      label: t('editor.sectors.title'),
      theirs: latest.codes.map(name).join(', '),
      yours: draft.codes.map(name).join(', '),
      changedOnServer: latest.codes.join('|') !== base.codes.join('|'),
    },
    ...[...new Set([...latest.codes, ...draft.codes])].map((code) => ({
      label: t('editor.sectors.rationaleFor', { sector: name(code) }),
      theirs: latest.codes.includes(code) ? (latest.rationales[code] ?? '') : '',
      yours: draft.codes.includes(code) ? (draft.rationales[code] ?? '') : '',
      changedOnServer: (latest.rationales[code] ?? '') !== (base.rationales[code] ?? ''),
    })),
  ];

  return (
    <section className="sector-picker" aria-labelledby="sector-picker">
      <h2 id="sector-picker" tabIndex={-1}>
        {t('editor.sectors.title')}
      </h2>
      {conflict && (
        <ConflictView
          message={conflict}
          rows={rows}
          busy={busy}
          onReapply={() => {
            setBase(latest);
            void save();
          }}
          onDiscard={() => {
            setBase(latest);
            setDraft(latest);
            setConflict(null);
          }}
        />
      )}
      <fieldset className="sector-picker__list">
        <legend className="visually-hidden">{t('editor.sectors.legend')}</legend>
        {sectors.map((sector) => {
          const checked = draft.codes.includes(sector.code);
          const rationaleId = `rationale-${sector.code}`;
          const errs = checked ? errorsFor(sector.code) : [];
          return (
            <div key={sector.id} className="sector-picker__item">
              <label className="checkbox">
                <input type="checkbox" checked={checked} onChange={(e) => toggle(sector.code, e.target.checked)} />
                {lang === 'en' ? sector.nameEn : sector.name}
                {sector.mainArea2021 && <span className="tag">{t('strategy.sectors.mainArea2021')}</span>}
              </label>
              {checked && (
                <div className="field">
                  <label htmlFor={rationaleId}>
                    {t('editor.sectors.rationaleFor', { sector: lang === 'en' ? sector.nameEn : sector.name })}
                  </label>
                  <textarea
                    id={rationaleId}
                    rows={2}
                    value={draft.rationales[sector.code] ?? ''}
                    aria-invalid={errs.length > 0 ? true : undefined}
                    aria-describedby={errs.length > 0 ? `${rationaleId}-errors` : undefined}
                    onChange={(e) => {
                      const value = e.target.value;
                      setDraft((d) => ({ ...d, rationales: { ...d.rationales, [sector.code]: value } }));
                    }}
                  />
                  <FieldErrors id={`${rationaleId}-errors`} errors={errs} />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {otherErrors.length > 0 && (
        <ul role="alert" className="notice notice--error field-errors">
          {otherErrors.map((e, i) => (
            <li key={i}>{fieldErrorText(t, (k) => i18n.exists(k), e)}</li>
          ))}
        </ul>
      )}
      {failure !== null && <ErrorNotice kind="save" error={failure} />}
      <div className="actions">
        <BusyButton
          type="button"
          busy={busy}
          busyLabel={t('editor.saving')}
          disabled={!dirty}
          onClick={() => void save()}
        >
          {t('editor.sectors.save')}
        </BusyButton>
        {dirty && (
          <button type="button" className="button button--secondary" onClick={() => setDraft(base)} disabled={busy}>
            {t('editor.sectors.reset')}
          </button>
        )}
      </div>
    </section>
  );
}
