import type { Request, RequestHandler } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestIdFor } from './request-context';

/** Secrets never written to the logs: session cookies, bearer tokens, passwords, tokens anywhere they appear. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-session-token"]',
  'res.headers["set-cookie"]',
  'res.headers["x-session-token"]',
  'password',
  'token',
  '*.password',
  '*.token',
  '*.*.password',
  '*.*.token',
  'variables.password',
  'variables.token',
];

/** The server's structured JSON logger (one line per event, on stdout). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One JSON log line per HTTP request with its request id (taken from X-Request-Id or generated, and echoed
 * back in the X-Request-Id response header), status and duration.
 */
export function httpLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req as Request);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Health checks from load balancers would drown the log.
    autoLogging: { ignore: (req) => req.url === '/health' },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: {
        id: string;
        method: string;
        url: string;
        remoteAddress?: string;
        headers: Record<string, unknown>;
      }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
        remoteAddress: req.remoteAddress,
        headers: {
          'user-agent': req.headers['user-agent'],
          cookie: req.headers.cookie,
          authorization: req.headers.authorization,
        },
      }),
    },
  }) as unknown as RequestHandler;
}
