import { CombinedGraphQLErrors } from '@apollo/client';

/** The first GraphQL error of a failed operation: its code and the server's message. */
export function firstServerError(error: unknown): { code: string | null; message: string; field: string | null } {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0]!;
    const code = first.extensions?.['code'];
    const field = first.extensions?.['field'];
    return {
      code: typeof code === 'string' ? code : null,
      message: first.message,
      field: typeof field === 'string' ? field : null,
    };
  }
  return { code: null, message: error instanceof Error ? error.message : String(error), field: null };
}
