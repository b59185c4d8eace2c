import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Server configuration, read once from the environment, validated and frozen.
 * Nothing else in the server reads process.env.
 */
/** Every variable the server reads (docs/operations.md lists each one; a test compares the two). */
export const ENV_SCHEMA = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL schema to use (tests isolate themselves in their own schema). */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .optional(),
  SQLITE_PATH: z.string().default('data/tsifra.sqlite'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed the demo data (regions and sectors are always seeded) when the database is empty. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Folder with the built web app (index.html, ide.html, assets). */
  WEB_DIST: z.string().optional(),
  /** Chromium that prints strategy PDFs (Debian's package by default); without it PDF downloads answer 503, DOCX works. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Secure cookies outside local development. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Benchmarks only: resolve relations without batching, the "naive resolvers" reference. */
  BENCH_NAIVE_RESOLVERS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Tests and demos only: the calendar day the server starts on (YYYY-MM-DD); time runs on from there. Deadlines, lateness and days left use it. */
  TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Origins allowed to call the API from a browser (comma-separated); empty = same origin only. */
  CORS_ORIGINS: z.string().default(''),
  /** Per-IP and per-user request limits on /graphql; `false` only for benchmarks and soak runs. */
  RATE_LIMIT_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** SQLite: `NORMAL` survives process crashes in WAL mode; `FULL` also survives power loss (slower writes). */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** PostgreSQL connection pool. */
  PG_POOL_MAX: z.coerce.number().int().min(1).default(10),
  PG_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  PG_IDLE_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
  PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
  /** The planner's cost of a random page read for the server's sessions (PostgreSQL's default 4 assumes disks). */
  PG_RANDOM_PAGE_COST: z.coerce.number().min(0.1).max(100).default(1.1),
  /** Server processes on one port (Node cluster); PostgreSQL only. WEB_CONCURRENCY is the same, as hosts set it. */
  PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Scheduled jobs (jobs/registry.ts): on by default; JOBS_TICK_MS is how often each process looks for due jobs. */
  JOBS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  JOBS_TICK_MS: z.coerce.number().int().min(100).default(60000),
  /** SIGTERM: how long requests in flight may take to finish before their connections are closed. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
  /** SIGTERM: how long to keep serving with readiness failed before closing the listener (for balancers that poll readiness), then up to as long again for a quiet moment. */
  SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  /** Retry-After (seconds) on 503 answers while the database is unreachable. */
  DB_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).default(5),
});

export interface SqliteSettings {
  /** Always WAL: readers run beside the single writer. */
  journalMode: 'WAL';
  synchronous: 'NORMAL' | 'FULL';
  busyTimeoutMs: number;
}

export interface PostgresPoolSettings {
  max: number;
  connectionTimeoutMs: number;
  idleTimeoutMs: number;
  /** Server-side statement_timeout; 0 = none. */
  statementTimeoutMs: number;
  /** The sessions' random_page_cost (see data-source.ts). */
  randomPageCost: number;
}

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string; sqlite?: SqliteSettings }
  | { kind: 'postgres'; url: string; schema?: string; pool?: PostgresPoolSettings };

export interface RateLimitConfig {
  enabled: boolean;
  ipPerMinute: number;
  userPerMinute: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly env: 'development' | 'production' | 'test';
  readonly database: DatabaseConfig;
  readonly seedDemo: boolean;
  readonly webDist: string;
  readonly chromiumPath: string;
  readonly cookieSecure: boolean;
  readonly logLevel: string;
  /** Tests and demos only: today's date for the review rules (unset: the system clock). */
  readonly today?: string;
  /** Benchmarks only: turn DataLoader batching off. */
  readonly naiveResolvers: boolean;
  /** Browser origins allowed besides the server's own; empty = same origin only. */
  readonly corsOrigins: readonly string[];
  readonly rateLimit: RateLimitConfig;
  /** Server processes to run (1 = no cluster). More than one is refused on SQLite. */
  readonly processes: number;
  readonly jobs: { enabled: boolean; tickMs: number };
  readonly shutdownTimeoutMs: number;
  readonly shutdownDrainDelayMs: number;
  readonly dbRetryAfterSeconds: number;
}

/** Builds a config from an environment-like record (tests pass their own). */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const serverRoot = resolve(__dirname, '..', '..');
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          schema: e.DATABASE_SCHEMA,
          pool: {
            max: e.PG_POOL_MAX,
            connectionTimeoutMs: e.PG_CONNECTION_TIMEOUT_MS,
            idleTimeoutMs: e.PG_IDLE_TIMEOUT_MS,
            statementTimeoutMs: e.PG_STATEMENT_TIMEOUT_MS,
            randomPageCost: e.PG_RANDOM_PAGE_COST,
          },
        }
      : {
          kind: 'sqlite',
          path: resolve(serverRoot, e.SQLITE_PATH),
          sqlite: { journalMode: 'WAL', synchronous: e.SQLITE_SYNCHRONOUS, busyTimeoutMs: e.SQLITE_BUSY_TIMEOUT_MS },
        },
    seedDemo: e.SEED_DEMO,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : resolve(serverRoot, '..', 'web', 'dist'),
    chromiumPath: e.CHROMIUM_PATH,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    today: e.TODAY,
    naiveResolvers: e.BENCH_NAIVE_RESOLVERS,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
    },
    processes: e.PROCESSES ?? e.WEB_CONCURRENCY ?? 1,
    jobs: { enabled: e.JOBS_ENABLED, tickMs: e.JOBS_TICK_MS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainDelayMs: e.SHUTDOWN_DRAIN_DELAY_MS,
    dbRetryAfterSeconds: e.DB_RETRY_AFTER_SECONDS,
    ...overrides,
  };
  if (config.processes > 1 && config.database.kind === 'sqlite') {
    throw new Error(
      `Invalid configuration: PROCESSES=${config.processes} needs PostgreSQL (set DATABASE_URL). SQLite is one file written by one process, ` +
        'and rate limits and scheduled jobs are kept in that process; run one process on SQLite (PROCESSES=1 or unset).',
    );
  }
  return Object.freeze(config);
}
