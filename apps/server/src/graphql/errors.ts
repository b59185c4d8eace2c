import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDomainError } from '@tsifra/domain/errors';

/**
 * Domain errors inside, GraphQL errors at the edge: maps DomainError to extensions.code (and .field),
 * and masks unexpected errors in production so no stack or SQL reaches a client.
 */
export function createErrorFormatter(options: { maskInternal: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      if (options.maskInternal) {
        return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
    }
    if (!options.maskInternal) return formatted;
    // Never send stack traces outside development.
    const { stacktrace: _dropped, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  };
}
