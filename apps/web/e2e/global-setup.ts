import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, TEMPLATE_ENV } from './harness';

/** Seeds one SQLite database for the run: the built server migrates and seeds it, then stops; apps start on copies. */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tsifra-e2e-template-'));
  const path = join(dir, 'template.sqlite');
  const { child } = await spawnServer(path);
  // SIGTERM drains and closes the database cleanly (WAL checkpointed into the file that is copied).
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  process.env[TEMPLATE_ENV] = path;
  (globalThis as { __tsifraE2eTemplate?: string }).__tsifraE2eTemplate = dir;
}
