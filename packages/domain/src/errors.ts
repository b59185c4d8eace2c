/**
 * Error vocabulary shared by the server (which maps it to GraphQL `extensions.code`) and the web
 * app (which translates field errors by their `rule`). The codes are the public API contract's.
 */

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'DEADLINE_PASSED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, as returned by the domain's validators. */
export interface FieldError {
  /** Path relative to the validated object: dots and brackets, e.g. `targets[2].value`. */
  field: string;
  /** Stable machine key, e.g. `target_below_baseline`; the UI translates by it. */
  rule: string;
  /** An English sentence for logs, scripts and the GraphQL IDE. */
  message: string;
  /** Values the message mentions (limits, years), for translated messages. */
  params?: Record<string, string | number>;
}

/**
 * Whether a string is one of the error codes of the API contract.
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Re-roots field errors under a prefix, so errors of a nested object read from the outer one:
 * `prefixFieldErrors('indicators[0]', [{ field: 'targets[2].value', … }])` gives
 * `indicators[0].targets[2].value`. A field starting with a bracket is appended without a dot.
 */
export function prefixFieldErrors(prefix: string, errors: FieldError[]): FieldError[] {
  if (prefix === '') return errors.map((e) => ({ ...e }));
  return errors.map((e) => ({ ...e, field: joinPath(prefix, e.field) }));
}

/**
 * Joins two field paths: `joinPath('goal', 'title')` → `goal.title`,
 * `joinPath('targets', '[0]')` → `targets[0]`; an empty part is skipped.
 */
export function joinPath(prefix: string, field: string): string {
  if (prefix === '') return field;
  if (field === '') return prefix;
  return field.startsWith('[') ? `${prefix}${field}` : `${prefix}.${field}`;
}

/**
 * The error services throw. The server's error formatter turns `code` into `extensions.code`,
 * `field` into `extensions.field` and `details` into the list of field errors.
 */
export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly field?: string,
    public readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
    // Keeps `instanceof DomainError` true when a downlevel compiler wraps built-in subclassing.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * Whether a value is a DomainError. Works across copies of this package (the ESM and the CJS
 * build loaded side by side make two `DomainError` classes, and `instanceof` fails between them).
 */
export function isDomainError(value: unknown): value is DomainError {
  if (value instanceof DomainError) return true;
  return value instanceof Error && value.name === 'DomainError' && isErrorCode((value as { code?: unknown }).code);
}

/**
 * The `BAD_USER_INPUT` error for a non-empty list of field errors: the first error's field and
 * message lead, all of them travel in `details`.
 */
export function badUserInput(errors: FieldError[], message?: string): DomainError {
  const first = errors[0];
  if (!first) throw new RangeError('badUserInput needs at least one field error');
  return new DomainError('BAD_USER_INPUT', message ?? first.message, first.field, errors);
}

/**
 * A refusal with a stable `rule` key beside its English sentence: interfaces say it in their own language by the
 * rule (it travels in `details`, as field errors do), scripts read the code.
 */
export function refusal(r: { code: ErrorCode; rule: string; message: string; field?: string }): DomainError {
  return new DomainError(r.code, r.message, r.field, [{ field: r.field ?? '', rule: r.rule, message: r.message }]);
}
