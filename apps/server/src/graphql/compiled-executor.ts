import type { ApolloServerOptions } from '@apollo/server';
import { execute, GraphQLError, Source, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = NonNullable<Extract<ApolloServerOptions<object>, { gateway?: unknown }>['gateway']>;

/**
 * Executes each operation with a query plan compiled once per parsed document (graphql-jit) instead of walking
 * the document for every field of every request: the big reads (a region's strategy, the national rating)
 * resolve thousands of fields. Only code is kept, never data: the plans hang off Apollo's parsed-document cache
 * (a WeakMap keyed by its DocumentNode), so they go when it evicts the document. Apollo runs a custom executor
 * only through its gateway interface; parsing, validation, limits, context and error formatting stay Apollo's.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  const plans = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const planFor = (document: DocumentNode, operationName: string | null) => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let plan = byName.get(key);
    if (!plan) byName.set(key, (plan = compileQuery(schema, document, operationName ?? undefined)));
    return plan;
  };
  return {
    async load() {
      return {
        executor: async (rc) => {
          const plan = rc.operation ? planFor(rc.document, rc.operationName) : undefined;
          const result =
            plan && isCompiledQuery(plan)
              ? await plan.query(undefined, rc.context, rc.request.variables ?? {})
              : undefined;
          // A request refused before any field runs (no such operation, variables that do not coerce): graphql's own
          // executor words and places those errors exactly as Apollo expects (400 BAD_USER_INPUT for variables).
          if (!result || result.data === undefined)
            return (await execute({
              schema,
              document: rc.document,
              contextValue: rc.context,
              variableValues: rc.request.variables,
              operationName: rc.request.operationName,
            })) as ExecutionResult<Record<string, unknown>>;
          if (!result.errors?.length) return result as ExecutionResult<Record<string, unknown>>;
          const source = new Source(rc.source);
          return { ...result, errors: result.errors.map((e) => asGraphQLError(e, source)) } as ExecutionResult<
            Record<string, unknown>
          >;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

interface JitError {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
}

/**
 * graphql-jit reports errors as its own look-alike class; Apollo and our formatter (errors.ts) recognise graphql's
 * GraphQLError (extensions always set) and find a DomainError as its originalError, so each is rebuilt as one,
 * at the same place. (The look-alike passes `instanceof GraphQLError` but may lack `extensions`.)
 */
function asGraphQLError(e: JitError, source: Source): GraphQLError {
  const lineStarts = [0];
  for (let i = 0; i < source.body.length; i++) if (source.body[i] === '\n') lineStarts.push(i + 1);
  const positions = e.locations?.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1);
  return new GraphQLError(e.message, {
    source: positions?.length ? source : undefined,
    positions: positions?.length ? positions : undefined,
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions,
  });
}
