import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../shared/BusyButton';
import { OpenRemarksNotice } from '../../../shared/remarks';
import { SaveError } from './SaveError';
import { useEditorActions } from '../model/editorContext';

interface SubmitPanelProps {
  strategy: { status: string; availableTransitions: readonly string[] };
  /** Completeness problems left: why submitting is not offered yet. */
  problems: number;
}

/** Submitting for review, offered as the server's `availableTransitions` say. */
export function SubmitPanel({ strategy, problems }: SubmitPanelProps) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'conflict'; message: string } | { kind: 'error'; error: unknown } | null>(null);
  const canSubmit = strategy.availableTransitions.includes('SUBMITTED');

  async function submit() {
    setBusy(true);
    setOutcome(null);
    const result = await actions.submit();
    setBusy(false);
    if (result.kind === 'conflict') setOutcome({ kind: 'conflict', message: result.message });
    else if (result.kind === 'invalid') setOutcome({ kind: 'error', error: new Error(result.message) });
    else if (result.kind === 'error') setOutcome({ kind: 'error', error: result.error });
  }

  return (
    <section className="submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('editor.submit.title')}</h2>
      <p id="submit-hint" className="muted">
        {canSubmit ? t('editor.submit.ready') : problems > 0 ? t('editor.submit.blocked', { count: problems }) : t('editor.submit.notAllowed')}
      </p>
      <OpenRemarksNotice />
      <BusyButton type="button" busy={busy} busyLabel={t('editor.submit.busy')} disabled={!canSubmit} aria-describedby="submit-hint" onClick={() => void submit()}>
        {t('editor.submit.button')}
      </BusyButton>
      {outcome?.kind === 'conflict' && (
        <p role="alert" className="notice notice--error">
          {t('editor.submit.conflict')} <span className="muted">{outcome.message}</span>
        </p>
      )}
      {outcome?.kind === 'error' && <SaveError error={outcome.error} />}
    </section>
  );
}
