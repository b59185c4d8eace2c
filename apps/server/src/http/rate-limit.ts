import { GraphQLError } from 'graphql';
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config/env';
import { sendHttpError } from './http-errors';

/**
 * Request budgets on /graphql, per client IP (before any work) and per signed-in user (after authentication),
 * each per minute. Sign-in has its own stricter limiter (modules/user/login-limiter.ts).
 * In memory: one server process. Turned off with RATE_LIMIT_ENABLED=false for benchmarks and soak runs only.
 */
export class RateLimits {
  private readonly byIp: RateLimiterMemory;
  private readonly byUser: RateLimiterMemory;

  constructor(private readonly config: RateLimitConfig) {
    this.byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: config.ipPerMinute, duration: 60 });
    this.byUser = new RateLimiterMemory({ keyPrefix: 'user', points: config.userPerMinute, duration: 60 });
  }

  /** Express middleware: 429 with Retry-After when the IP has spent its budget. */
  perIp(): RequestHandler {
    return async (req, res, next) => {
      if (!this.config.enabled) return next();
      try {
        const left = await this.byIp.consume(req.ip ?? 'unknown');
        res.setHeader('RateLimit-Limit', String(this.config.ipPerMinute));
        res.setHeader('RateLimit-Remaining', String(left.remainingPoints));
        next();
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        res.setHeader('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        sendHttpError(req, res, 429, 'RATE_LIMITED', `Too many requests from this address: ${this.config.ipPerMinute} per minute. Try again in ${Math.ceil(rejection.msBeforeNext / 1000)} s.`);
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
      throw new GraphQLError(`Too many requests for this user: ${this.config.userPerMinute} per minute. Try again in ${seconds} s.`, {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
      });
    }
  }
}
