import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import type { RemarkSeverity } from '../../../gql/graphql';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

export const SEVERITIES: readonly RemarkSeverity[] = ['BLOCKER', 'MAJOR', 'MINOR'];

interface RemarkFormProps {
  /** What the remark is pinned to, in words ("Target 2024 of «…»: 75 %"). */
  targetLabel: string;
  onSubmit: (body: string, severity: RemarkSeverity) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * A new remark: its place, a severity (blocker / major / minor) and the text. Focus moves into the
 * form when it opens; Escape cancels; the server's error stays visible next to the form.
 */
export function RemarkForm({ targetLabel, onSubmit, onCancel }: RemarkFormProps) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<RemarkSeverity>('MAJOR');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const bodyId = useId();
  const errorId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textarea.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim(), severity);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <form
      className="remark-form"
      aria-label={t('review.remark.formLabel')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p className="remark-form__target">{targetLabel}</p>
      <fieldset className="remark-form__severity">
        <legend>{t('review.remark.severity')}</legend>
        {SEVERITIES.map((s) => (
          <label key={s}>
            <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />{' '}
            <span className={`severity severity--${s.toLowerCase()}`}>{t(`review.severity.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={bodyId}>{t('review.remark.body')}</label>
        <textarea
          id={bodyId}
          ref={textarea}
          rows={3}
          value={body}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            if (e.target.value.trim()) setMissing(false);
          }}
        />
        {missing && (
          <p id={errorId} className="field-error">
            {t('review.remark.bodyRequired')}
          </p>
        )}
      </div>
      {error !== null && <ErrorNotice kind="action" error={error} />}
      <div className="remark-form__actions">
        <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('review.remark.saving') : t('review.remark.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
