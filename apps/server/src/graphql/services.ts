import type { CookieOptions } from 'express';
import type { Database } from '../db/data-source';
import { StrategyService } from '../modules/strategy/strategy.service';
import { AuthService } from '../modules/user/auth.service';
import { LoginLimiter } from '../modules/user/login-limiter';
import { sessionCookieOptions } from '../modules/user/session-cookie';

/** Long-lived, stateless-per-request services shared by all requests. */
export function createServices(db: Database, options: { cookieSecure: boolean }) {
  return {
    auth: new AuthService(db),
    strategies: new StrategyService(db),
    loginLimiter: new LoginLimiter(),
    sessionCookieOptions: sessionCookieOptions(options.cookieSecure) as CookieOptions,
  };
}

export type Services = ReturnType<typeof createServices>;
