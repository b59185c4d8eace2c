import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { requestIdFor } from './request-context';

/**
 * Refusals made before GraphQL runs (rate limits, bodies that are too large or not JSON) answer in the
 * GraphQL error shape, so clients read `extensions.code` and `extensions.requestId` the same way everywhere.
 */
export function sendHttpError(req: Request, res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: requestIdFor(req) } }] });
}

/** POST /graphql takes JSON only; anything else (forms, multipart, text) is refused with 415 before Apollo sees it. */
export const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json') || req.is('application/graphql-response+json')) return next();
  sendHttpError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST /graphql takes Content-Type: application/json.');
};

/** Maps body-parser failures to 4xx with a code; anything else is a 500 with no detail (logged with the request id). */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    const status = (error as { status?: number }).status;
    if (type === 'entity.too.large')
      return sendHttpError(req, res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB.');
    if (type === 'entity.parse.failed')
      return sendHttpError(req, res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return sendHttpError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
    }
    if (status && status >= 400 && status < 500)
      return sendHttpError(req, res, status, 'BAD_REQUEST', 'The request could not be read.');
    logger.error({ err: error, requestId: requestIdFor(req) }, 'unhandled HTTP error');
    sendHttpError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
