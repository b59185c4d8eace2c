import { CombinedGraphQLErrors } from '@apollo/client';

/** Error codes that mean "you may not see this", not "something broke". */
const ACCESS_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/** GraphQL errors of an Apollo error, or an empty list for network errors. */
export function graphQLErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** True when the server refused some field under `pathPrefix` for lack of access. */
export function isAccessDenied(error: unknown, pathPrefix: readonly (string | number)[]): boolean {
  return graphQLErrors(error).some(
    (e) =>
      ACCESS_CODES.has(String(e.extensions?.['code'])) &&
      pathPrefix.every((segment, index) => e.path?.[index] === segment),
  );
}

/** Errors other than access refusals under `pathPrefix`: these must be shown. */
export function hasOtherErrors(error: unknown, pathPrefix: readonly (string | number)[]): boolean {
  if (!error) return false;
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some(
    (e) =>
      !(
        ACCESS_CODES.has(String(e.extensions?.['code'])) &&
        pathPrefix.every((segment, index) => e.path?.[index] === segment)
      ),
  );
}
