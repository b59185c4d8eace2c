import { join, resolve } from 'node:path';
import { loadConfig } from '../config/env';
import { backupDatabase, restoreDatabase } from './backup';

/**
 * `pnpm db:backup [file]` and `pnpm db:restore <file>` (from the repository root, after a build).
 * The database is the one the server would use: DATABASE_URL (+ DATABASE_SCHEMA) or SQLITE_PATH.
 */
async function main() {
  const [command, fileArg] = process.argv.slice(2);
  const config = loadConfig();
  const db = config.database;
  const where = db.kind === 'sqlite' ? `SQLite ${db.path}` : `PostgreSQL${db.schema ? ` schema ${db.schema}` : ''}`;
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = resolve(
      fileArg ??
        join(__dirname, '..', '..', 'data', 'backups', `tsifra-${stamp}.${db.kind === 'sqlite' ? 'sqlite' : 'pgdump'}`),
    );
    const { bytes } = await backupDatabase(db, file);
    process.stdout.write(`Backed up ${where} to ${file} (${bytes} bytes)\n`);
  } else if (command === 'restore' && fileArg) {
    await restoreDatabase(db, resolve(fileArg));
    process.stdout.write(
      `Restored ${where} from ${resolve(fileArg)}${db.kind === 'sqlite' ? ' (start the server again)' : ''}\n`,
    );
  } else {
    process.stderr.write('usage: db-cli backup [file] | restore <file>\n');
    process.exit(2);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
