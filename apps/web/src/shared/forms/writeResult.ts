import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldError } from '@tsifra/domain/errors';
import { serverErrorTextNow } from '../serverErrors';

/** How a versioned write ended, so a form can keep the user's input and react. */
export type WriteResult<T> =
  | { kind: 'ok'; data: T }
  /** The strategy changed since the UI loaded it; the data has been refetched. */
  | { kind: 'conflict'; message: string }
  /** BAD_USER_INPUT: field errors at paths as the server sent them (`input.indicators[0].name`). */
  | { kind: 'invalid'; errors: FieldError[]; message: string }
  | { kind: 'error'; error: unknown };

function codeOf(e: { extensions?: Record<string, unknown> }): string | undefined {
  const code = e.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** Reads the field errors of a BAD_USER_INPUT error: `extensions.details`, or `extensions.field` alone. */
export function fieldErrorsOf(e: { message: string; extensions?: Record<string, unknown> }): FieldError[] {
  const details = e.extensions?.['details'];
  if (Array.isArray(details) && details.length > 0) {
    return details
      .filter(
        (d): d is FieldError => typeof d === 'object' && d !== null && typeof (d as FieldError).field === 'string',
      )
      .map((d) => ({
        field: d.field,
        rule: typeof d.rule === 'string' ? d.rule : '',
        message: String(d.message ?? e.message),
        ...(d.params ? { params: d.params } : {}),
      }));
  }
  const field = e.extensions?.['field'];
  return [{ field: typeof field === 'string' ? field : '', rule: '', message: e.message }];
}

/** Classifies a failed mutation. */
export function classifyError(error: unknown): Exclude<WriteResult<never>, { kind: 'ok' }> {
  if (CombinedGraphQLErrors.is(error)) {
    const conflict = error.errors.find((e) => codeOf(e) === 'CONFLICT');
    // The message is shown as is: say it in the interface language, never the server's English sentence.
    if (conflict) return { kind: 'conflict', message: serverErrorTextNow(conflict) };
    const invalid = error.errors.find((e) => codeOf(e) === 'BAD_USER_INPUT');
    const hasRules =
      Array.isArray(invalid?.extensions?.['details']) &&
      (invalid.extensions['details'] as { rule?: unknown }[]).some((d) => typeof d?.rule === 'string' && d.rule !== '');
    if (invalid)
      return {
        kind: 'invalid',
        errors: fieldErrorsOf(invalid),
        message: hasRules ? serverErrorTextNow(invalid) : invalid.message,
      };
  }
  return { kind: 'error', error };
}
