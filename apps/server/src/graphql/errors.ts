import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDomainError } from '@tsifra/domain/errors';
import { databaseFaultMessage, databaseFaultOf } from '../http/database-faults';
import { LIMIT_CODES } from '../http/graphql-limits';
import { currentRequestId } from '../http/request-context';

export interface ErrorFormatterOptions {
  /** Production: unexpected errors become "Internal server error" with no stack and no SQL. */
  maskInternal: boolean;
  /** The id of the current request (default: from the request's async context); every error carries it. */
  requestId?: () => string | undefined;
  /** Where unexpected errors are logged in full (with the request id) before they are masked. */
  logUnexpected?: (
    details: { requestId?: string; path?: readonly (string | number)[]; err: unknown },
    message: string,
  ) => void;
}

/**
 * Domain errors inside, GraphQL errors at the edge: maps DomainError to extensions.code (and .field),
 * masks unexpected errors in production so no stack or SQL reaches a client, and stamps every error with
 * `extensions.requestId` (the X-Request-Id header) so a user can quote it and an operator can find the log line.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  const requestId = options.requestId ?? currentRequestId;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const id = requestId();
    const code = formatted.extensions?.code;
    if (!isDomainError(unwrapResolverError(error)) && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
      // The client sees a masked message; the operator finds the real one by the request id the client quotes.
      options.logUnexpected?.(
        { requestId: id, path: formatted.path, err: unwrapResolverError(error) },
        'unexpected error in a GraphQL operation',
      );
    }
    const result = format(formatted, error, options.maskInternal);
    return id ? { ...result, extensions: { ...result.extensions, requestId: id } } : result;
  };
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
