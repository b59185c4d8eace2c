import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * Database faults at the edge: while PostgreSQL is unreachable (restarting, network gone) a request fails at once
 * with 503, `Retry-After` and the code DATABASE_UNAVAILABLE — not a hang and not a 500 with a stack; the pg pool
 * reconnects by itself when the database is back. A full SQLite disk is STORAGE_FULL (507): nothing was written.
 */
export type DatabaseFault = 'DATABASE_UNAVAILABLE' | 'STORAGE_FULL';

// Connection-level errno values and PostgreSQL SQLSTATEs meaning "not reachable now" (class 08, 57P01-57P03).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down)|terminating connection due to administrator command|Cannot use a pool after calling end/i;

export function databaseFaultOf(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const err = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      cause?: unknown;
    };
    const code = typeof err.code === 'string' ? err.code : undefined;
    if (code === 'SQLITE_FULL') return 'STORAGE_FULL';
    if (code && UNAVAILABLE_CODES.has(code)) return 'DATABASE_UNAVAILABLE';
    if (typeof err.message === 'string' && UNAVAILABLE_MESSAGES.test(err.message)) return 'DATABASE_UNAVAILABLE';
    e = err.driverError ?? err.originalError ?? err.cause;
  }
  return null;
}

const STATUS: Record<DatabaseFault, number> = { DATABASE_UNAVAILABLE: 503, STORAGE_FULL: 507 };
const MESSAGE: Record<DatabaseFault, string> = {
  DATABASE_UNAVAILABLE:
    'The database is unavailable for a moment; nothing was changed by this request. Try again shortly.',
  STORAGE_FULL:
    'The server has no room left to store data; nothing was changed by this request. Tell the administrator.',
};

export function databaseFaultMessage(fault: DatabaseFault): string {
  return MESSAGE[fault];
}

/** The error a failed context (authentication reads the session) throws: Apollo takes status and headers from it. */
export function databaseFaultError(fault: DatabaseFault, retryAfterSeconds: number): GraphQLError {
  const headers = new Map(fault === 'DATABASE_UNAVAILABLE' ? [['retry-after', String(retryAfterSeconds)]] : []);
  return new GraphQLError(MESSAGE[fault], { extensions: { code: fault, http: { status: STATUS[fault], headers } } });
}

/** Sets 503 + Retry-After (or 507) on a response whose operation failed because of the database. */
export function databaseFaultPlugin(retryAfterSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const fault = errors?.map((e) => databaseFaultOf(unwrapResolverError(e))).find(Boolean);
          if (!fault) return;
          response.http.status = STATUS[fault];
          if (fault === 'DATABASE_UNAVAILABLE') response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
