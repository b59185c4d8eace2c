import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import type { Database } from '../db/data-source';

/**
 * Where rate-limit counters live. On PostgreSQL every process counts in the same `rate_limits` table
 * (created by migration 1733000000500), so N processes allow the documented limit, not N times it.
 * On SQLite there is one process and the counters stay in its memory.
 */
export type LimiterStore = { kind: 'memory' } | { kind: 'postgres'; pool: Pool };

export function limiterStoreFor(db: Database): LimiterStore {
  if (db.isSqlite) return { kind: 'memory' };
  // TypeORM's PostgreSQL driver keeps its pg Pool as `master`; its search_path already points at our schema.
  return { kind: 'postgres', pool: (db.dataSource.driver as unknown as { master: Pool }).master };
}

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
}

export function createLimiter(store: LimiterStore, options: LimiterOptions): RateLimiterAbstract {
  if (store.kind === 'memory') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    // Expired rows are purged by the `purge-expired` job (jobs/builtin-jobs.ts), once across processes.
    clearExpiredByTimeout: false,
    // While PostgreSQL is unreachable, count in memory rather than fail every request with a limiter error;
    // the request itself then fails with DATABASE_UNAVAILABLE if it needs the database.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Keys fit the store's varchar(255); long ones (a long e-mail) are hashed, which keeps them distinct. */
export function limiterKey(raw: string): string {
  return raw.length <= 200 ? raw : `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}
