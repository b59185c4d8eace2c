import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions, type EntityManager, type Logger } from 'typeorm';
import { Mutex } from 'async-mutex';
import type { DatabaseConfig } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DatabaseOptions {
  /** Throwaway test databases only: build the schema from the entities instead of migrations. */
  synchronize?: boolean;
  logger?: Logger;
}

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
    mkdirSync(dirname(config.path), { recursive: true });
    const sqlite: DataSourceOptions = {
      ...common,
      type: 'better-sqlite3',
      database: config.path,
      // WAL lets readers run beside the writer; NORMAL is durable across application crashes in WAL mode;
      // busy_timeout waits instead of failing when another process (backup, CLI) holds the lock.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
    return new DataSource(sqlite);
  }
  const postgres: DataSourceOptions = {
    ...common,
    type: 'postgres',
    url: config.url,
    schema: config.schema,
    // An explicit pool; search_path keeps a test's schema isolated from others on the same server.
    extra: { max: 10, connectionTimeoutMillis: 5000, ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}) },
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
