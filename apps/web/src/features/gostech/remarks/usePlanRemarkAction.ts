import { useState } from 'react';
import { useToast } from '../../../shared/ui/Toast';

/**
 * One remark write (add, reply, resolve, reopen): busy while it runs, the server's refusal kept for an
 * ErrorNotice, success announced. `after` reloads what the write changed (the list, the plan's counts).
 */
export function usePlanRemarkAction(after: () => Promise<unknown> | void) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      await after();
      toast.announce(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
