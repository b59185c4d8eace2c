import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConfig } from '../config/env';

/**
 * Backups of either database.
 * - SQLite: SQLite's online backup API (better-sqlite3 `.backup()`), safe while the server is writing; the copy
 *   is checked with `PRAGMA integrity_check`. Restoring replaces the database file: stop the server first.
 * - PostgreSQL: `pg_dump --format=custom` of the configured schema, restored with `pg_restore --clean --if-exists`
 *   (one transaction). The PostgreSQL client tools must be on PATH.
 */
export async function backupDatabase(database: DatabaseConfig, file: string): Promise<{ file: string; bytes: number }> {
  mkdirSync(dirname(file), { recursive: true });
  if (database.kind === 'sqlite') {
    if (!existsSync(database.path)) throw new Error(`No SQLite database at ${database.path}`);
    const source = new BetterSqlite3(database.path, { fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    assertSqliteIntact(file);
  } else {
    run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      ...schemaArgs(database),
      `--file=${file}`,
      '--dbname',
      database.url,
    ]);
  }
  return { file, bytes: statSync(file).size };
}

export async function restoreDatabase(database: DatabaseConfig, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (database.kind === 'sqlite') {
    assertSqliteIntact(file);
    mkdirSync(dirname(database.path), { recursive: true });
    // The WAL and shared-memory files belong to the database being replaced.
    for (const suffix of ['-wal', '-shm']) rmSync(database.path + suffix, { force: true });
    copyFileSync(file, database.path);
    assertSqliteIntact(database.path);
  } else {
    run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      database.url,
      file,
    ]);
  }
}

/** `PRAGMA integrity_check` must answer "ok". */
export function assertSqliteIntact(path: string): void {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`SQLite integrity check failed for ${path}: ${String(result)}`);
  } finally {
    db.close();
  }
}

function schemaArgs(database: Extract<DatabaseConfig, { kind: 'postgres' }>): string[] {
  return database.schema ? [`--schema=${database.schema}`] : [];
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${command} could not run (${result.error.message}); install the PostgreSQL client tools.`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}): ${result.stderr.trim()}`);
}
