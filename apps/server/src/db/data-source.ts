import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type EntityManager, type Logger } from 'typeorm';
import { Mutex } from 'async-mutex';
import type { DatabaseConfig, PostgresPoolSettings, SqliteSettings } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DatabaseOptions {
  /** Throwaway test databases only: build the schema from the entities instead of migrations. */
  synchronize?: boolean;
  logger?: Logger;
}

export const DEFAULT_SQLITE_SETTINGS: SqliteSettings = {
  journalMode: 'WAL',
  synchronous: 'NORMAL',
  busyTimeoutMs: 5000,
};
export const DEFAULT_PG_POOL: PostgresPoolSettings = {
  max: 10,
  connectionTimeoutMs: 5000,
  idleTimeoutMs: 30000,
  statementTimeoutMs: 30000,
  randomPageCost: 1.1,
};

/** Creates (but does not initialize) the TypeORM data source for SQLite or PostgreSQL. */
export function createDataSource(config: DatabaseConfig, options: DatabaseOptions = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: options.synchronize ?? false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? ['query' as const] : false,
  };
  if (config.kind === 'sqlite') {
    const sqliteSettings = config.sqlite ?? DEFAULT_SQLITE_SETTINGS;
    mkdirSync(dirname(config.path), { recursive: true });
    const sqlite: DataSourceOptions = {
      ...common,
      type: 'better-sqlite3',
      database: config.path,
      // Explicit settings (config keys SQLITE_SYNCHRONOUS, SQLITE_BUSY_TIMEOUT_MS; see docs/operations.md):
      // WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode keeps every committed transaction
      // across a crash of the process (kill -9), FULL also across power loss; busy_timeout waits instead of
      // failing when another process (a backup, the CLI) holds the lock.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma(`journal_mode = ${sqliteSettings.journalMode}`);
        db.pragma(`synchronous = ${sqliteSettings.synchronous}`);
        db.pragma(`busy_timeout = ${Math.trunc(sqliteSettings.busyTimeoutMs)}`);
        db.pragma('foreign_keys = ON');
      },
    };
    return new DataSource(sqlite);
  }
  const pool = config.pool ?? DEFAULT_PG_POOL;
  const postgres: DataSourceOptions = {
    ...common,
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    // An explicit pool (config keys PG_POOL_MAX, PG_*_TIMEOUT_MS); search_path keeps a test's schema isolated
    // from others on the same server.
    extra: {
      max: pool.max,
      connectionTimeoutMillis: pool.connectionTimeoutMs,
      idleTimeoutMillis: pool.idleTimeoutMs,
      ...(pool.statementTimeoutMs > 0 ? { statement_timeout: pool.statementTimeoutMs } : {}),
      // random_page_cost 1.1 (PostgreSQL's 4 assumes spinning disks): with the data on SSD or in memory, an index
      // walk is what a region's strategy needs. At 4 the planner hashed all 199 000 indicator values to find one
      // strategy's 2 340 (40 ms instead of 6 ms on the bench's 1× data).
      options: [
        `-c random_page_cost=${pool.randomPageCost}`,
        ...(config.schema ? [`-c search_path=${config.schema}`] : []),
      ].join(' '),
    },
  };
  return new DataSource(postgres);
}

/**
 * Runs a write transaction. better-sqlite3 gives TypeORM a single connection, so two concurrent
 * transaction() calls would interleave on it; a FIFO mutex serializes them (PostgreSQL uses its pool).
 */
export class Database {
  private readonly writeLock = new Mutex();
  constructor(readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.isSqlite) return this.writeLock.runExclusive(() => this.dataSource.transaction(work));
    return this.dataSource.transaction(work);
  }
}
