import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { BusyButton } from './BusyButton';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

interface ConfirmDialogProps {
  title: string;
  /** What will happen (which revision, how many open remarks) and any field the action needs. */
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The server's refusal; the dialog stays open and shows it. */
  error?: unknown;
  /** A destructive or irreversible action: the confirm button is styled as such. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The one confirmation pattern: a modal dialog (see Dialog) that says what will happen. Focus
 * starts on the safe choice — the first field when the action needs input, otherwise Cancel —
 * so Enter pressed twice never confirms by accident. Escape and Cancel close it, except while
 * the action runs.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  busy,
  error,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onConfirm();
  };
  const field = {
    get current() {
      return form.current?.querySelector<HTMLElement>('textarea, input, select') ?? cancel.current;
    },
  };
  return (
    <Dialog labelledBy={titleId} onClose={onCancel} busy={busy} initialFocus={field}>
      <form ref={form} onSubmit={submit}>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {children}
        {error !== null && error !== undefined && <ErrorNotice kind="action" error={error} />}
        <div className="dialog__actions">
          <BusyButton
            type="submit"
            className={danger ? 'button button--danger' : 'button'}
            busy={busy}
            busyLabel={busyLabel}
          >
            {confirmLabel}
          </BusyButton>
          <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
