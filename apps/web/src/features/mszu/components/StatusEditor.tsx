import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { RecordMszuStepsMutation } from '../model/mutations';
import { detailsOf, RuleErrors } from './RuleErrors';
import { MSZU_STEPS, type ServiceLine } from './ServicesTable';

/**
 * The region editor's status table: filter by queue and step, select rows with the keyboard (checkboxes, one
 * "select all shown"), then one bulk change — a step, its date and (for a step back) a reason — for every selected row.
 */
export function StatusEditor({
  regionCode,
  lines,
  today,
  onSaved,
}: {
  regionCode: string;
  lines: readonly ServiceLine[];
  today: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const ids = { queue: useId(), step: useId(), newStep: useId(), on: useId(), reason: useId() };
  const [queue, setQueue] = useState('');
  const [stepFilter, setStepFilter] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [newStep, setNewStep] = useState('CONNECTED');
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [record, { loading, error, reset }] = useMutation(RecordMszuStepsMutation);
  const queues = useMemo(() => [...new Set(lines.map((l) => l.service.queue))].sort(), [lines]);
  const shown = lines.filter(
    (l) => (!queue || String(l.service.queue) === queue) && (!stepFilter || l.step === stepFilter),
  );
  const allShown = shown.length > 0 && shown.every((l) => selected.has(l.service.code));
  const toggle = (code: string) =>
    setSelected((s) => (s.has(code) ? new Set([...s].filter((c) => c !== code)) : new Set([...s, code])));

  async function apply(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    reset();
    const codes = lines.filter((l) => selected.has(l.service.code)).map((l) => l.service.code);
    const steps = codes.map((serviceCode) => ({
      serviceCode,
      step: newStep as never,
      on,
      reason: reason.trim() || null,
    }));
    const result = await record({ variables: { regionCode, steps } }).catch(() => null);
    if (result?.data) {
      setSaved(codes.length);
      setSelected(new Set());
      onSaved();
    }
  }

  const details = detailsOf(error);
  return (
    <section className="mszu-editor" aria-labelledby="mszu-editor-title">
      <h2 id="mszu-editor-title">{t('mszu.editor.title')}</h2>
      <div className="mszu-filters">
        <label htmlFor={ids.queue}>{t('mszu.editor.filterQueue')}</label>
        <select id={ids.queue} value={queue} onChange={(e) => setQueue(e.target.value)}>
          <option value="">{t('mszu.editor.all')}</option>
          {queues.map((q) => (
            <option key={q} value={String(q)}>
              {t('mszu.queueHeader', { queue: q })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.step}>{t('mszu.editor.filterStep')}</label>
        <select id={ids.step} value={stepFilter} onChange={(e) => setStepFilter(e.target.value)}>
          <option value="">{t('mszu.editor.all')}</option>
          {MSZU_STEPS.map((s) => (
            <option key={s} value={s}>
              {t(`mszu.step.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <form className="mszu-bulk" onSubmit={(e) => void apply(e)} aria-label={t('mszu.editor.bulkLabel')}>
        <label htmlFor={ids.newStep}>{t('mszu.editor.newStep')}</label>
        <select id={ids.newStep} value={newStep} onChange={(e) => setNewStep(e.target.value)}>
          {MSZU_STEPS.map((s) => (
            <option key={s} value={s}>
              {t(`mszu.step.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.on}>{t('mszu.editor.on')}</label>
        <input id={ids.on} type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} required />
        <label htmlFor={ids.reason}>{t('mszu.editor.reason')}</label>
        <input
          id={ids.reason}
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={1000}
        />
        <BusyButton
          type="submit"
          className="button"
          busy={loading}
          busyLabel={t('mszu.editor.saving')}
          disabled={selected.size === 0}
        >
          {t('mszu.editor.apply', { count: selected.size })}
        </BusyButton>
      </form>
      {saved !== null && (
        <p role="status" className="notice">
          {t('mszu.editor.saved', { count: saved })}
        </p>
      )}
      {error &&
        (details.length ? (
          <RuleErrors details={details} title={t('mszu.editor.refused')} />
        ) : (
          <ErrorNotice error={error} />
        ))}
      <div className="table-scroll">
        <table className="mszu-table">
          <caption>{t('mszu.editor.caption', { shown: shown.length, selected: selected.size })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('mszu.editor.selectAll')}
                  checked={allShown}
                  onChange={() =>
                    setSelected(
                      allShown
                        ? new Set([...selected].filter((c) => !shown.some((l) => l.service.code === c)))
                        : new Set([...selected, ...shown.map((l) => l.service.code)]),
                    )
                  }
                />
              </th>
              <th scope="col">{t('mszu.service')}</th>
              <th scope="col">{t('mszu.queue')}</th>
              <th scope="col">{t('mszu.stepLabel')}</th>
              <th scope="col">{t('mszu.since')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.service.code}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('mszu.editor.select', { name: `${l.service.code} ${l.service.name}` })}
                    checked={selected.has(l.service.code)}
                    onChange={() => toggle(l.service.code)}
                  />
                </td>
                <th scope="row">
                  {l.service.code} {l.service.name}
                </th>
                <td>{l.service.queue}</td>
                <td data-testid="mszu-step">{t(`mszu.step.${l.step}`)}</td>
                <td>{l.since ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
