import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';

/** Distinct introspection requests kept (GraphiQL's, codegen's, Apollo's own…); a stranger cannot fill memory with more. */
const MAX_ENTRIES = 16;

/**
 * Introspection answers are the same for every caller until the server restarts (the schema is built once): the first
 * answer to each introspection text is kept and later requests with the same text, operation name and variables get it
 * without executing. Only operations that select nothing but `__schema`, `__type` and `__typename` are cached; their
 * cost is still charged (http/cost-budget.ts) and their aliases refused (graphql-limits.ts).
 */
export function introspectionCachePlugin(): ApolloServerPlugin<BaseContext> {
  const cache = new Map<string, FormattedExecutionResult>();
  return {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation({ request, operation }) {
          if (!operation || !isIntrospectionOnly(operation) || request.query === undefined) return null;
          key = JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]);
          const hit = cache.get(key);
          if (!hit) return null;
          key = null; // served from the cache: nothing to store
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: hit.data } },
          };
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
          cache.set(key, { data: response.body.singleResult.data }); // without extensions: those are per request
        },
      };
    },
  };
}

function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}
