import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/** The id of the request being handled: the client's X-Request-Id (up to 64 safe characters) or a fresh UUID. */
export function requestIdFor(req: Request): string {
  const existing = (req as Request & { id?: unknown }).id;
  if (typeof existing === 'string' && existing) return existing;
  const header = req.headers['x-request-id'];
  const given = typeof header === 'string' ? header.slice(0, 64) : '';
  return /^[A-Za-z0-9._:-]+$/.test(given) ? given : randomUUID();
}
