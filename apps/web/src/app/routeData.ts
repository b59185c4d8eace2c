import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';

let client: ApolloClient | undefined;

/** The app's Apollo client, for route loaders (set once in main.tsx; tests render routes without loaders). */
export function setRouteDataClient(next: ApolloClient): void {
  client = next;
}

/**
 * Sends a page's query from its route loader, as soon as the page's code is in — alongside the session query the
 * header sends, not after it (the signed-in guard waits for the session before it renders the page, whose own
 * `useQuery` would otherwise leave only then: a waterfall). The page's `useQuery` with the same document and
 * variables joins the request in flight or reads its answer from the cache. Fire and forget: errors show on the page.
 */
export function startQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): void {
  void client?.query({ query, variables, errorPolicy: 'all' }).catch(() => undefined);
}
