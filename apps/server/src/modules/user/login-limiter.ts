import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@tsifra/domain/errors';
import { createLimiter, limiterKey, type LimiterStore } from '../../http/limiter-store';

/**
 * Slows password guessing: failed sign-ins are counted per email+IP (10 per 15 min) and per IP (100 per 15 min).
 * A success clears the email+IP counter. The counters live in PostgreSQL when the server runs on it, so every
 * process sees the same count (a guesser gets 10 tries, not 10 per process); in memory on SQLite (one process).
 */
export class LoginLimiter {
  private readonly byEmailAndIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(store: LimiterStore = { kind: 'memory' }) {
    this.byEmailAndIp = createLimiter(store, { keyPrefix: 'login_email_ip', points: 10, duration: 15 * 60 });
    this.byIp = createLimiter(store, { keyPrefix: 'login_ip', points: 100, duration: 15 * 60 });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [a, b] = await Promise.all([
      this.byEmailAndIp.get(limiterKey(`${email}|${ip}`)),
      this.byIp.get(limiterKey(ip)),
    ]);
    const blocked = [a, b].find((r) => r && r.remainingPoints <= 0);
    if (blocked) throw tooMany(blocked);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.byEmailAndIp.penalty(limiterKey(`${email}|${ip}`), 1),
      this.byIp.penalty(limiterKey(ip), 1),
    ]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.byEmailAndIp.delete(limiterKey(`${email}|${ip}`));
  }
}

function tooMany(res: RateLimiterRes): DomainError {
  const seconds = Math.ceil(res.msBeforeNext / 1000);
  const error = new DomainError('FORBIDDEN', `Too many failed sign-ins. Try again in ${seconds} s.`);
  (error as DomainError & { retryAfterSeconds?: number }).retryAfterSeconds = seconds;
  return error;
}
