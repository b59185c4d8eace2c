import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { useTranslation } from '../../../shared/i18n/react';
import { BusyButton } from '../../../shared/ui/BusyButton';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useToast } from '../../../shared/ui/Toast';
import { OpenRemarksList, OpenRemarksNotice, useOpenRemarks } from '../../../shared/remarks';
import { useEditorActions } from '../model/editorContext';

// Read when the dialog opens: the open remarks the reviewers will see with this revision.
export const SubmitPanelRemarksQuery = graphql(`
  query SubmitPanelRemarksQuery($id: ID!) {
    strategy(id: $id) {
      id
      openRemarks
    }
  }
`);

interface SubmitPanelProps {
  strategy: { id: string; status: string; revision: number; availableTransitions: readonly string[] };
  /** Completeness problems left: why submitting is not offered yet. */
  problems: number;
  /** The page's status heading: focus moves there once the submission went through. */
  focusId: string;
}

type Outcome = { kind: 'conflict'; message: string } | { kind: 'error'; error: unknown } | null;

/**
 * Submitting for review, offered as the server's `availableTransitions` say. Submitting freezes a
 * revision, so it is confirmed in a dialog (focus on Cancel) that names the revision and the open
 * remarks; success is shown and announced, and focus goes to the status heading.
 */
export function SubmitPanel({ strategy, problems, focusId }: SubmitPanelProps) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const canSubmit = strategy.availableTransitions.includes('SUBMITTED');
  const revision = strategy.revision + 1;
  const remarks = useQuery(SubmitPanelRemarksQuery, {
    variables: { id: strategy.id },
    skip: !confirming,
    fetchPolicy: 'network-only',
  });
  const openRemarks = remarks.data?.strategy?.openRemarks ?? null;
  // The remarks themselves, named in the dialog (the summary's query, already in the cache).
  const openList = useOpenRemarks(confirming ? strategy.id : null).remarks;

  async function submit() {
    setBusy(true);
    setOutcome(null);
    const result = await actions.submit();
    setBusy(false);
    setConfirming(false);
    if (result.kind === 'ok') {
      toast.announce(t('editor.submit.done', { revision }));
      requestAnimationFrame(() => document.getElementById(focusId)?.focus());
    } else if (result.kind === 'conflict') setOutcome({ kind: 'conflict', message: result.message });
    else if (result.kind === 'invalid') setOutcome({ kind: 'error', error: new Error(result.message) });
    else setOutcome({ kind: 'error', error: result.error });
  }

  return (
    <section className="submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('editor.submit.title')}</h2>
      <p id="submit-hint" className="muted">
        {canSubmit
          ? t('editor.submit.ready')
          : problems > 0
            ? t('editor.submit.blocked', { count: problems })
            : t('editor.submit.notAllowed')}
      </p>
      <OpenRemarksNotice />
      <BusyButton
        type="button"
        busy={busy}
        busyLabel={t('editor.submit.busy')}
        disabled={!canSubmit}
        aria-describedby="submit-hint"
        onClick={() => setConfirming(true)}
      >
        {t('editor.submit.button')}
      </BusyButton>
      {confirming && (
        <ConfirmDialog
          title={t('editor.submit.confirmTitle', { revision })}
          confirmLabel={t('editor.submit.confirm')}
          busyLabel={t('editor.submit.busy')}
          busy={busy}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('editor.submit.confirmExplain', { revision })}</p>
          {openRemarks !== null && (
            <p>
              {openRemarks > 0
                ? t('editor.submit.openRemarks', { count: openRemarks })
                : t('editor.submit.noOpenRemarks')}
            </p>
          )}
          {openRemarks !== null && openRemarks > 0 && openList.length > 0 && (
            <OpenRemarksList remarks={openList} label={t('remarks.openListLabel')} />
          )}
        </ConfirmDialog>
      )}
      {outcome?.kind === 'conflict' && (
        <p role="alert" className="notice notice--error">
          {t('editor.submit.conflict')} <span className="muted">{outcome.message}</span>
        </p>
      )}
      {outcome?.kind === 'error' && <ErrorNotice kind="save" error={outcome.error} />}
    </section>
  );
}
