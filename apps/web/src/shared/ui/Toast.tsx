import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react';

interface Toast {
  id: number;
  message: string;
}

const ToastContext = createContext<(message: string) => void>(() => undefined);

/** How long a success message stays on screen; it can be closed sooner. */
const VISIBLE_MS = 10_000;

/**
 * Success messages that are both seen and heard: a polite live region (`aria-live`) that is
 * in the page from the start — screen readers announce changes to a region they already know,
 * not a region that appears with its text — plus a visible message with a close button.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const announce = useCallback(
    (message: string) => setToasts((list) => [...list.slice(-2), { id: Date.now() + Math.random(), message }]),
    [],
  );
  const dismiss = (id: number) => setToasts((list) => list.filter((x) => x.id !== id));
  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = setTimeout(() => setToasts((list) => list.slice(1)), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toasts]);
  return (
    <ToastContext.Provider value={announce}>
      {children}
      <div aria-live="polite" className="toasts">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span className="toast__text">{toast.message}</span>
            <button
              type="button"
              className="link-button toast__close"
              onClick={() => dismiss(toast.id)}
              aria-label={t('common.close')}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** `announce(message)`: shows and announces a success message (saved, submitted, approved). */
export function useToast() {
  const announce = useContext(ToastContext);
  return useMemo(() => ({ announce }), [announce]);
}
