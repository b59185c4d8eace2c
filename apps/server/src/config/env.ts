import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Server configuration, read once from the environment, validated and frozen.
 * Nothing else in the server reads process.env.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  DATABASE_URL: z.string().url().optional(),
  /** PostgreSQL schema to use (tests isolate themselves in their own schema). */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
  SQLITE_PATH: z.string().default('data/tsifra.sqlite'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed the demo data (regions and sectors are always seeded) when the database is empty. */
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Folder with the built web app (index.html, ide.html, assets). */
  WEB_DIST: z.string().optional(),
  /** Secure cookies outside local development. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Benchmarks only: resolve relations without batching, the "naive resolvers" reference. */
  BENCH_NAIVE_RESOLVERS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly env: 'development' | 'production' | 'test';
  readonly database: DatabaseConfig;
  readonly seedDemo: boolean;
  readonly webDist: string;
  readonly cookieSecure: boolean;
  readonly logLevel: string;
  /** Benchmarks only: turn DataLoader batching off. */
  readonly naiveResolvers: boolean;
}

/** Builds a config from an environment-like record (tests pass their own). */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = schema.safeParse(env);
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
      ? { kind: 'postgres', url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA }
      : { kind: 'sqlite', path: resolve(serverRoot, e.SQLITE_PATH) },
    seedDemo: e.SEED_DEMO,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : resolve(serverRoot, '..', 'web', 'dist'),
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    naiveResolvers: e.BENCH_NAIVE_RESOLVERS,
    ...overrides,
  };
  return Object.freeze(config);
}
