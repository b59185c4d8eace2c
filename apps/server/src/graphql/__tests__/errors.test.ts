import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@tsifra/domain/errors';
import { createErrorFormatter, errorReportingPlugin, withRequestId } from '../errors';

describe('the error formatter', () => {
  const formatted = (code?: string) => ({
    message: 'boom: SELECT secret FROM users',
    path: ['strategy', 'goals'],
    extensions: code ? { code } : {},
  });
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['strategy', 'goals'] });

  /** Runs the plugin's willSendResponse on formatted errors, as Apollo does before a response goes out. */
  async function report(errors: GraphQLFormattedError[], requestId: string) {
    const logged: { requestId?: string; err: unknown }[] = [];
    const listener = await errorReportingPlugin((d) => logged.push(d)).requestDidStart!({} as never);
    const response = { body: { kind: 'single' as const, singleResult: { errors } }, http: {} };
    await listener!.willSendResponse!({ contextValue: { requestId }, response } as never);
    return { errors: response.body.singleResult.errors, logged };
  }

  it('masks an unexpected error in production; the response carries the request id and the log the original', async () => {
    const format = createErrorFormatter({ maskInternal: true });
    const original = new Error('connection timeout: SELECT secret FROM users');
    const out = format(formatted('INTERNAL_SERVER_ERROR'), wrap(original));
    expect(out.message).toBe('Internal server error');
    expect(JSON.stringify(out)).not.toContain('secret');
    const { errors, logged } = await report([out], 'req-42');
    expect(errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(logged).toEqual([expect.objectContaining({ requestId: 'req-42', err: original })]);
  });

  it('maps a domain error to its code and field without logging it as unexpected', async () => {
    const format = createErrorFormatter({ maskInternal: true });
    const out = format(formatted(), wrap(new DomainError('BAD_USER_INPUT', 'Title is required.', 'input.title')));
    const { errors, logged } = await report([out], 'req-7');
    expect(errors[0]).toMatchObject({
      message: 'Title is required.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title', requestId: 'req-7' },
    });
    expect(logged).toEqual([]);
  });

  it('keeps the request id of an error raised while the context was made, and logs only an unexpected one', () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ maskInternal: true });
    const limited = withRequestId(
      new GraphQLError('Too many requests.', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } }),
      'req-9',
      (d) => logged.push(d),
    );
    expect(limited.extensions).toEqual({ code: 'RATE_LIMITED', http: { status: 429 }, requestId: 'req-9' });
    const out = format({ message: limited.message, extensions: { code: 'RATE_LIMITED', requestId: 'req-9' } }, limited);
    expect(out.extensions).toEqual({ code: 'RATE_LIMITED', requestId: 'req-9' });
    expect(logged).toEqual([]);
    const failed = withRequestId(new Error('socket hang up'), 'req-10', (d) => logged.push(d));
    expect(failed.extensions).toEqual({ requestId: 'req-10' });
    expect(logged).toEqual([expect.objectContaining({ requestId: 'req-10' })]);
  });
});
