import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDomainError } from '@tsifra/domain/errors';
import { databaseFaultMessage, databaseFaultOf } from '../http/database-faults';
import { LIMIT_CODES } from '../http/graphql-limits';
import type { Context } from './context';

export interface ErrorFormatterOptions {
  /** Production: unexpected errors become "Internal server error" with no stack and no SQL. */
  maskInternal: boolean;
}

/** A formatted error's unexpected original (invisible to JSON), for errorReportingPlugin to log. */
const UNEXPECTED = Symbol('tsifra.unexpectedError');
type Reported = GraphQLFormattedError & { [UNEXPECTED]?: unknown };

/**
 * Domain errors inside, GraphQL errors at the edge: maps DomainError to extensions.code (and .field) and masks
 * unexpected errors in production so no stack or SQL reaches a client. An unexpected error's original rides along
 * (a symbol key, never serialised) so errorReportingPlugin can log it in full with the request id; a request id
 * the error already carries (one raised while the context was made, withRequestId) is kept.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    const id = formatted.extensions?.requestId;
    let result = format(formatted, error, options.maskInternal);
    if (typeof id === 'string' && result.extensions?.requestId !== id)
      result = { ...result, extensions: { ...result.extensions, requestId: id } };
    if (!isDomainError(original) && (code === 'INTERNAL_SERVER_ERROR' || code === undefined))
      Object.defineProperty(result, UNEXPECTED, { value: original, enumerable: false });
    return result;
  };
}

/**
 * Stamps every error of a response with `extensions.requestId` (the X-Request-Id header) so a user can quote it and
 * an operator can find the log line, and logs each unexpected one in full with that id before it goes out masked.
 * The id comes from the request's context, not from an async-context store: AsyncLocalStorage turns on promise
 * hooks in Node 20, ~15 % of a small read's CPU.
 */
export function errorReportingPlugin(
  logUnexpected: (
    details: { requestId: string; path?: readonly (string | number)[]; err: unknown },
    message: string,
  ) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e: Reported) => {
            if (UNEXPECTED in e)
              logUnexpected({ requestId, path: e.path, err: e[UNEXPECTED] }, 'unexpected error in a GraphQL operation');
            return { ...e, extensions: { ...e.extensions, requestId } };
          });
        },
      };
    },
  };
}

/**
 * An error raised while a request's context was made (sign-in, limits, the cost budget), as Apollo would report it,
 * carrying the request id: Apollo answers those without running any plugin. Unexpected ones are logged here.
 */
export function withRequestId(
  error: unknown,
  requestId: string,
  logUnexpected: (details: { requestId: string; err: unknown }, message: string) => void,
): GraphQLError {
  if (error instanceof GraphQLError)
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: { ...error.extensions, requestId },
    });
  const e = error instanceof Error ? error : new Error(String(error));
  if (!isDomainError(e)) logUnexpected({ requestId, err: e }, 'unexpected error while making a request context');
  // Apollo's own wording for a failed context (ensureGraphQLError).
  return new GraphQLError(`Context creation failed: ${e.message}`, { originalError: e, extensions: { requestId } });
}

function format(formatted: GraphQLFormattedError, error: unknown, maskInternal: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details?.length ? { details: original.details } : {}),
      },
    };
  }
  // The database is unreachable or full: a coded, stack-free answer in every environment (http/database-faults.ts).
  const fault = databaseFaultOf(original);
  if (fault)
    return {
      message: databaseFaultMessage(fault),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: fault },
    };
  const inner = original instanceof GraphQLError ? original.originalError : undefined;
  const limitCode = inner instanceof GraphQLError ? inner.extensions?.code : undefined;
  if (
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    typeof limitCode === 'string' &&
    LIMIT_CODES.includes(limitCode)
  ) {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a published limit keeps its own code.
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
  }
  const code = formatted.extensions?.code;
  if ((code === 'INTERNAL_SERVER_ERROR' || code === undefined) && maskInternal) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  if (!maskInternal) return formatted;
  // Never send stack traces outside development.
  const { stacktrace: _dropped, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
