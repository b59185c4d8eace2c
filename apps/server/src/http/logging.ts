import type { Request, RequestHandler } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
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

/** The part of a request a log line shows (secrets in it are redacted by the logger, REDACTED_PATHS). */
function requestForLog(req: Request) {
  return {
    id: (req as Request & { id: string }).id,
    method: req.method,
    url: req.originalUrl.split('?')[0],
    remoteAddress: req.socket.remoteAddress,
    headers: {
      'user-agent': req.headers['user-agent'],
      cookie: req.headers.cookie,
      authorization: req.headers.authorization,
    },
  };
}

/**
 * One JSON log line per HTTP request with its request id (taken from X-Request-Id or generated, and echoed back in
 * the X-Request-Id response header), status and duration: info below 400, warn below 500, error from 500 and for a
 * request the client abandoned. Written here rather than with pino-http, which builds a child logger and serialises
 * the request on every request even when its line is below the log level (~10 % of a small read's CPU); the line
 * is built only when its level is on.
 */
export function httpLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFor(req);
    (req as Request & { id: string }).id = id;
    res.setHeader('X-Request-Id', id);
    // Health checks from load balancers would drown the log.
    if (req.url === '/health') return next();
    const started = Date.now();
    const done = () => {
      res.removeListener('finish', done);
      res.removeListener('close', done);
      const aborted = !res.writableFinished;
      const level = aborted || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: requestForLog(req),
          res: { statusCode: res.statusCode, headers: res.getHeaders() },
          responseTime: Date.now() - started,
        },
        aborted ? 'request aborted' : res.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
