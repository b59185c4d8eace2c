import {
  DomainError,
  ERROR_CODES,
  badUserInput,
  isDomainError,
  isErrorCode,
  joinPath,
  prefixFieldErrors,
  refusal,
} from './errors';
import type { FieldError } from './errors';

describe('error codes', () => {
  it('are exactly the codes of the API contract', () => {
    expect(ERROR_CODES).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'INVALID_TRANSITION',
      'DEADLINE_PASSED',
    ]);
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('conflict')).toBe(false);
  });
});

describe('prefixFieldErrors', () => {
  const nested: FieldError[] = [
    { field: 'targets[2].value', rule: 'target_below_baseline', message: 'm', params: { baselineValue: 5 } },
    { field: 'name', rule: 'required', message: 'n' },
  ];

  it('re-roots nested field paths under the prefix with a dot', () => {
    expect(prefixFieldErrors('indicators[0]', nested).map((e) => e.field)).toEqual([
      'indicators[0].targets[2].value',
      'indicators[0].name',
    ]);
  });

  it('keeps rule, message and params and does not mutate the input', () => {
    const out = prefixFieldErrors('goal', nested);
    expect(out[0]).toEqual({
      field: 'goal.targets[2].value',
      rule: 'target_below_baseline',
      message: 'm',
      params: { baselineValue: 5 },
    });
    expect(nested[0]!.field).toBe('targets[2].value');
  });

  it('appends bracketed fields without a dot and leaves fields alone for an empty prefix', () => {
    expect(joinPath('targets', '[0].year')).toBe('targets[0].year');
    expect(prefixFieldErrors('', nested).map((e) => e.field)).toEqual(['targets[2].value', 'name']);
  });
});

describe('DomainError', () => {
  it('is an Error and a DomainError with its code, field and details', () => {
    const details: FieldError[] = [{ field: 'title', rule: 'required', message: 'The goal needs a title.' }];
    const e = new DomainError('BAD_USER_INPUT', 'Invalid goal', 'title', details);
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.name).toBe('DomainError');
    expect(e.message).toBe('Invalid goal');
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('title');
    expect(e.details).toBe(details);
    expect(e.stack).toContain('Invalid goal');
  });

  it('is recognised across package copies by name and code, but not any error', () => {
    const foreign = Object.assign(new Error('stale'), { name: 'DomainError', code: 'CONFLICT' });
    expect(isDomainError(foreign)).toBe(true);
    expect(isDomainError(new DomainError('NOT_FOUND', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError(Object.assign(new Error('x'), { name: 'DomainError', code: 'TEAPOT' }))).toBe(false);
  });

  it('builds BAD_USER_INPUT from field errors, led by the first one', () => {
    const e = badUserInput([
      { field: 'targets', rule: 'horizon_not_covered', message: 'Needs 2024.' },
      { field: 'name', rule: 'required', message: 'Needs a name.' },
    ]);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('targets');
    expect(e.message).toBe('Needs 2024.');
    expect(e.details).toHaveLength(2);
    expect(() => badUserInput([])).toThrow(RangeError);
  });

  it('builds a refusal that carries its rule for translation, with or without a field', () => {
    const e = refusal({ code: 'FORBIDDEN', rule: 'remark_add_not_allowed', message: 'Only reviewers add remarks.' });
    expect(e).toBeInstanceOf(DomainError);
    expect([e.code, e.message, e.field]).toEqual(['FORBIDDEN', 'Only reviewers add remarks.', undefined]);
    expect(e.details).toEqual([{ field: '', rule: 'remark_add_not_allowed', message: 'Only reviewers add remarks.' }]);
    const at = refusal({
      code: 'BAD_USER_INPUT',
      rule: 'no_such_revision',
      message: 'No revision 3.',
      field: 'input.revision',
    });
    expect(at.details?.[0]).toMatchObject({ field: 'input.revision', rule: 'no_such_revision' });
  });
});
