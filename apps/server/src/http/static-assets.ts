import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import compression from 'compression';
import express, { type RequestHandler, type Response } from 'express';

/** Responses smaller than this go as they are: compressing them saves less than a packet. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compresses dynamic responses (GraphQL answers, the health check, errors) with brotli or gzip, as the client's
 * Accept-Encoding allows, above the threshold. Brotli runs at quality 4 (the middleware's default): near gzip -6
 * in speed, and smaller. Responses that already carry a Content-Encoding (precompressed assets) pass through.
 */
export function responseCompression(): RequestHandler {
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
  // A client that accepts no encoding gets the body as is: compression would only wrap the response to find that out.
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}

/** Vite names bundled files `name-<hash>.ext` under /assets/: their content never changes under that name. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, ide.html, favicon.svg) is checked on each load, so a deploy shows at once. */
const REVALIDATE = 'no-cache';

/**
 * The built web app (apps/web/dist): files the build precompressed (`.br`, `.gz`, apps/web/build/precompress.ts) are
 * sent in place of the original when the client accepts that encoding, with `Content-Encoding` and
 * `Vary: Accept-Encoding`; hashed files are cached for a year as immutable, the rest revalidated.
 */
export function staticAssets(webDist: string): RequestHandler {
  const root = normalize(webDist);
  const files = express.static(webDist, {
    index: false,
    setHeaders: (res, path) =>
      setCacheHeaders(
        res,
        '/' +
          path
            .slice(root.length + 1)
            .split(sep)
            .join('/'),
      ),
  });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = safePath(root, req.path);
    if (!path || !existsSync(path)) return files(req, res, next);
    res.vary('Accept-Encoding');
    const encoding = req.acceptsEncodings('br', 'gzip', 'identity');
    const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : null;
    if (!suffix || !existsSync(path + suffix)) return files(req, res, next);
    setCacheHeaders(res, req.path);
    res.setHeader('Content-Encoding', encoding as string);
    res.type(extname(path));
    res.sendFile(
      path + suffix,
      { dotfiles: 'deny', cacheControl: false, lastModified: true },
      (error) => error && next(error),
    );
  };
}

/** The file a URL path names inside root, or null when it would leave root or names a directory. */
function safePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.endsWith('/')) return null;
  const path = normalize(join(root, decoded));
  return path.startsWith(root + sep) ? path : null;
}

function setCacheHeaders(res: Response, urlPath: string): void {
  res.setHeader('Cache-Control', HASHED.test(urlPath) ? IMMUTABLE : REVALIDATE);
}
