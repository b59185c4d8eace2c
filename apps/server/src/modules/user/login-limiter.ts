import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@tsifra/domain/errors';

/**
 * Slows password guessing: failed sign-ins are counted per email+IP (10 per 15 min) and per IP (100 per 15 min).
 * A success clears the email+IP counter.
 */
export class LoginLimiter {
  private readonly byEmailAndIp = new RateLimiterMemory({ keyPrefix: 'login_email_ip', points: 10, duration: 15 * 60 });
  private readonly byIp = new RateLimiterMemory({ keyPrefix: 'login_ip', points: 100, duration: 15 * 60 });

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [a, b] = await Promise.all([this.byEmailAndIp.get(`${email}|${ip}`), this.byIp.get(ip)]);
    const blocked = [a, b].find((r) => r && r.remainingPoints <= 0);
    if (blocked) throw tooMany(blocked);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmailAndIp.penalty(`${email}|${ip}`, 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.byEmailAndIp.delete(`${email}|${ip}`);
  }
}

function tooMany(res: RateLimiterRes): DomainError {
  const seconds = Math.ceil(res.msBeforeNext / 1000);
  const error = new DomainError('FORBIDDEN', `Too many failed sign-ins. Try again in ${seconds} s.`);
  (error as DomainError & { retryAfterSeconds?: number }).retryAfterSeconds = seconds;
  return error;
}
