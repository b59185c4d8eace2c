import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers. The CSP allows only this origin: the bundled web app and the bundled GraphiQL IDE
 * (its Monaco editor starts workers from blob: URLs and injects styles; fonts and icons come as data: URLs).
 * Nothing may load from a remote origin.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  const { set, removed } = headersOf(helmetFor(options));
  // The same headers on every response: set from a list instead of running helmet's 13 middlewares each time.
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

/**
 * The headers a helmet middleware sets and removes, read by running it once on a recording response. Helmet's
 * headers depend only on its options (no nonces here), so they are the same for every request.
 */
function headersOf(middleware: RequestHandler): { set: [string, string | string[]][]; removed: string[] } {
  const set = new Map<string, string | string[]>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: string | string[]) {
      set.set(name, value);
      removed.delete(name);
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.add(name);
    },
  };
  let finished = false;
  middleware({} as never, recorder as never, () => (finished = true));
  if (!finished) throw new Error('helmet did not finish synchronously; its headers cannot be precomputed');
  return { set: [...set], removed: [...removed] };
}

function helmetFor(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // HSTS only where the site is served over HTTPS (COOKIE_SECURE); on plain local HTTP it would mislead.
    strictTransportSecurity: options.https ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/**
 * CORS: same origin only unless CORS_ORIGINS lists others. A disallowed origin gets no CORS headers,
 * so the browser refuses to hand it the response; the request itself is still protected by CSRF prevention.
 */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'x-session-token', 'retry-after'],
    maxAge: 600,
  });
}
