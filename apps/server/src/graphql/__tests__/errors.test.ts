import { GraphQLError } from 'graphql';
import { DomainError } from '@tsifra/domain/errors';
import { createErrorFormatter } from '../errors';

describe('the error formatter', () => {
  const formatted = (code?: string) => ({
    message: 'boom: SELECT secret FROM users',
    path: ['strategy', 'goals'],
    extensions: code ? { code } : {},
  });
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['strategy', 'goals'] });

  it('masks an unexpected error in production but logs it in full with the request id', () => {
    const logged: { requestId?: string; err: unknown }[] = [];
    const format = createErrorFormatter({
      maskInternal: true,
      requestId: () => 'req-42',
      logUnexpected: (d) => logged.push(d),
    });
    const original = new Error('connection timeout: SELECT secret FROM users');
    const out = format(formatted('INTERNAL_SERVER_ERROR'), wrap(original));
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(logged).toEqual([expect.objectContaining({ requestId: 'req-42', err: original })]);
  });

  it('maps a domain error to its code and field without logging it as unexpected', () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({
      maskInternal: true,
      requestId: () => 'req-7',
      logUnexpected: (d) => logged.push(d),
    });
    const out = format(formatted(), wrap(new DomainError('BAD_USER_INPUT', 'Title is required.', 'input.title')));
    expect(out).toMatchObject({
      message: 'Title is required.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title', requestId: 'req-7' },
    });
    expect(logged).toEqual([]);
  });
});
