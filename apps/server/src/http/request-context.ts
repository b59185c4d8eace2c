import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Per-request values available anywhere in the request's async work (the error formatter reads the id). */
interface RequestStore {
  requestId: string;
}

const store = new AsyncLocalStorage<RequestStore>();

/** The id of the request being handled: the client's X-Request-Id (up to 64 safe characters) or a fresh UUID. */
export function requestIdFor(req: Request): string {
  const existing = (req as Request & { id?: unknown }).id;
  if (typeof existing === 'string' && existing) return existing;
  const header = req.headers['x-request-id'];
  const given = typeof header === 'string' ? header.slice(0, 64) : '';
  return /^[A-Za-z0-9._:-]+$/.test(given) ? given : randomUUID();
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

/**
 * Runs the rest of the chain inside the request's async context. Mount it right before the GraphQL handler:
 * body parsers resume the chain from stream events, which would lose a context entered earlier.
 */
export function bindRequestContext(req: Request, _res: Response, next: NextFunction): void {
  store.run({ requestId: requestIdFor(req) }, next);
}
