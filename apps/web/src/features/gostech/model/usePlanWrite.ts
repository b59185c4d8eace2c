import { useCallback, useRef } from 'react';
import { classifyError, type WriteResult } from '../../../shared/forms/writeResult';

/**
 * Runs plan writes with the version the page loaded (the strategy editor's rule): the latest
 * version is read at call time, and the page's data is refetched after success and after CONFLICT,
 * so a retry uses the new version while the user's input stays in the form.
 */
export function usePlanWrite(
  plan: { id: string; version: number } | null | undefined,
  refetch: () => Promise<unknown>,
) {
  const latest = useRef(plan);
  latest.current = plan;
  return useCallback(
    async <T>(run: (planId: string, version: number) => Promise<T>): Promise<WriteResult<T>> => {
      const current = latest.current;
      if (!current) return { kind: 'error', error: new Error('No plan loaded.') };
      let result: WriteResult<T>;
      try {
        result = { kind: 'ok', data: await run(current.id, current.version) };
      } catch (error) {
        result = classifyError(error);
        if (result.kind !== 'conflict') return result;
      }
      try {
        await refetch();
      } catch (error) {
        return { kind: 'error', error };
      }
      return result;
    },
    [refetch],
  );
}

export type PlanWrite = ReturnType<typeof usePlanWrite>;
