import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'tsifra_session';

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 14 * 24 * 60 * 60 * 1000 };
}

/** The session secret from `Authorization: Bearer …` (scripts) or the session cookie (web UI). */
export function sessionTokenFrom(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookies = req.headers.cookie;
  if (!cookies) return undefined;
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
