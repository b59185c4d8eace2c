import { GraphQLError } from 'graphql';
import type { RequestHandler } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config/env';
import { sendHttpError } from './http-errors';
import { createLimiter, limiterKey, type LimiterStore } from './limiter-store';

/**
 * Request budgets on /graphql, per client IP (before any work) and per signed-in user (after authentication),
 * each per minute. Sign-in has its own stricter limiter (modules/user/login-limiter.ts).
 * Counted in PostgreSQL when the server runs on it (shared by every process), in memory on SQLite. Turned off with RATE_LIMIT_ENABLED=false for benchmarks and soak runs only.
 */
export class RateLimits {
  private readonly byIp: RateLimiterAbstract;
  private readonly byUser: RateLimiterAbstract;

  constructor(
    private readonly config: RateLimitConfig,
    store: LimiterStore = { kind: 'memory' },
  ) {
    this.byIp = createLimiter(store, { keyPrefix: 'ip', points: config.ipPerMinute, duration: 60 });
    this.byUser = createLimiter(store, { keyPrefix: 'user', points: config.userPerMinute, duration: 60 });
  }

  /** Express middleware: 429 with Retry-After when the IP has spent its budget. */
  perIp(): RequestHandler {
    return async (req, res, next) => {
      if (!this.config.enabled) return next();
      try {
        const left = await this.byIp.consume(limiterKey(req.ip ?? 'unknown'));
        res.setHeader('RateLimit-Limit', String(this.config.ipPerMinute));
        res.setHeader('RateLimit-Remaining', String(left.remainingPoints));
        next();
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        res.setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        sendHttpError(
          req,
          res,
          429,
          'RATE_LIMITED',
          `Too many requests from this address: ${this.config.ipPerMinute} per minute. Try again in ${Math.ceil(rejection.msBeforeNext / 1000)} s.`,
        );
      }
    };
  }

  /** Throws a GraphQL error (HTTP 429, code RATE_LIMITED) when the user has spent their budget. */
  async assertUserAllowed(userId: string): Promise<void> {
    if (!this.config.enabled) return;
    try {
      await this.byUser.consume(userId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new GraphQLError(
        `Too many requests for this user: ${this.config.userPerMinute} per minute. Try again in ${seconds} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: seconds,
            http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
          },
        },
      );
    }
  }
}
