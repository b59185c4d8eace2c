import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';

interface DialogProps {
  /** The id of the dialog's heading (its accessible name). */
  labelledBy: string;
  /** Called on Escape; not called while `busy`. */
  onClose: () => void;
  /** The element to focus on open: the SAFE choice (Cancel, or a field). The first focusable otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** While true Escape does nothing (an action is running). */
  busy?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: `showModal()` traps focus and makes the page
 * behind it inert, so nothing else is reachable by Tab or pointer. Focus goes to `initialFocus`
 * and back to the opener when the dialog goes away. Rendered only while open.
 */
export function Dialog({ labelledBy, onClose, initialFocus, busy = false, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    (initialFocus?.current ?? dialog?.querySelector<HTMLElement>('textarea, input, select, button'))?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus?.();
    };
    // Opening happens once per mount; the focus target is read then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const requestClose = (event: SyntheticEvent) => {
    // The dialog's state lives in React: Escape asks the owner to unmount it.
    event.preventDefault();
    if (!busy) onClose();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={className ? `dialog ${className}` : 'dialog'}
      onCancel={requestClose}
      onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && requestClose(e)}
    >
      {children}
    </dialog>
  );
}
