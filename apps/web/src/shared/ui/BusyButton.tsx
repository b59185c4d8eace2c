import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** While true the button is disabled and shows a spinner with `busyLabel`. */
  busy: boolean;
  busyLabel: ReactNode;
}

/** A button for a long operation: disabled with a spinner and a progress label while it runs. */
export function BusyButton({ busy, busyLabel, children, disabled, className = 'button', ...rest }: BusyButtonProps) {
  return (
    <button {...rest} className={className} disabled={busy || disabled} aria-busy={busy || undefined}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" /> {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
