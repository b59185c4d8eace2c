import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { useLeaveBlocker } from './useLeaveBlocker';

/**
 * Keeps unsaved input from being lost: in-app navigation and back/forward ask first (useLeaveBlocker),
 * and closing or reloading the tab gets the browser's own prompt (beforeunload).
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useLeaveBlocker(dirty);
  const stayRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  useEffect(() => {
    if (blocker.blocked) stayRef.current?.focus();
  }, [blocker.blocked]);

  if (!blocker.blocked) return null;
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      className="notice notice--error unsaved"
    >
      <p id="unsaved-title" className="notice__title">
        {t('editor.unsaved.title')}
      </p>
      <p id="unsaved-text">{t('editor.unsaved.text')}</p>
      <div className="actions">
        <button ref={stayRef} type="button" className="button" onClick={() => blocker.reset()}>
          {t('editor.unsaved.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => blocker.proceed()}>
          {t('editor.unsaved.leave')}
        </button>
      </div>
    </div>
  );
}
