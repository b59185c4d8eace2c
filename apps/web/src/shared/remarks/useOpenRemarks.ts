import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { OpenRemarksQueryQuery } from '../../gql/graphql';
import { OpenRemarksQuery, RemarkIndicatorName } from './remarkDocuments';

export type OpenRemark = NonNullable<OpenRemarksQueryQuery['strategy']>['remarks'][number];
export type Severity = 'BLOCKER' | 'MAJOR' | 'MINOR';
export const SEVERITIES: readonly Severity[] = ['BLOCKER', 'MAJOR', 'MINOR'];

/** Most serious first, then oldest first: the order the summary lists and the keyboard walks. */
const RANK: Record<Severity, number> = { BLOCKER: 0, MAJOR: 1, MINOR: 2 };

/**
 * The open remarks of a strategy with their replies, most serious first, and their counts by severity.
 * One query per strategy: the summary and every pin share it through Apollo's cache.
 */
export function useOpenRemarks(
  strategyId: string | null | undefined,
  options: { fetchPolicy?: 'cache-first' | 'cache-and-network' } = {},
) {
  const { data, loading, error, refetch } = useQuery(OpenRemarksQuery, {
    variables: { id: strategyId ?? '' },
    skip: !strategyId,
    fetchPolicy: options.fetchPolicy ?? 'cache-first',
  });
  const remarks = useMemo(() => {
    const list = [...(data?.strategy?.remarks ?? [])].filter((r) => r.status === 'OPEN');
    return list.sort(
      (a, b) =>
        RANK[(a.severity ?? 'MINOR') as Severity] - RANK[(b.severity ?? 'MINOR') as Severity] ||
        a.createdAt.localeCompare(b.createdAt),
    );
  }, [data]);
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { BLOCKER: 0, MAJOR: 0, MINOR: 0 };
    for (const r of remarks) c[(r.severity ?? 'MINOR') as Severity] += 1;
    return c;
  }, [remarks]);
  return { remarks, counts, loading: loading && !data, error, refetch };
}

/** The strategy whose remarks the pins below show (set once by the editor page). */
export const RemarksScopeContext = createContext<string | null>(null);
export const RemarksScope = RemarksScopeContext.Provider;

export function useRemarksScope(strategyId?: string | null): string | null {
  const scoped = useContext(RemarksScopeContext);
  return strategyId ?? scoped;
}

/** The DOM id of a remark's pin, the target of the summary's links and of keyboard jumps. */
export const pinId = (remarkId: string) => `remark-pin-${remarkId}`;

/** Names an indicator by id from what the page has loaded (the editor's strategy); undefined when it is not there. */
export function useIndicatorName(): (id: string) => string | undefined {
  const client = useApolloClient();
  return useCallback(
    (id: string) => {
      try {
        return client.readFragment({
          id: client.cache.identify({ __typename: 'Indicator', id }),
          fragment: RemarkIndicatorName,
        })?.name;
      } catch {
        return undefined;
      }
    },
    [client],
  );
}
