import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The load/soak and crash scripts of apps/server/reliability, shortened, against the production build on the
 * database under test (SQLite, or PostgreSQL when TEST_DATABASE_URL is set). The full soak: `pnpm soak`.
 */
const run = promisify(execFile);
const serverRoot = join(__dirname, '..', '..', '..');
const dialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

async function script<T>(name: string, args: string[], marker: string): Promise<T> {
  if (!existsSync(join(serverRoot, 'dist', 'main.js')))
    throw new Error('The production build is missing: run `pnpm build` first.');
  const { stdout } = await run(
    process.execPath,
    [join(serverRoot, 'reliability', name), '--db', dialect, '--json', ...args],
    {
      cwd: serverRoot,
      env: process.env,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    // A failing run still prints its result: judge it below with the numbers.
    if (error.stdout?.includes(marker)) return { stdout: error.stdout };
    throw error;
  });
  const line = stdout.split('\n').find((l) => l.startsWith(marker));
  if (!line) throw new Error(`${name} printed no result:\n${stdout}`);
  return JSON.parse(line.slice(marker.length + 1)) as T;
}

describe(`reliability on ${dialect} (production build)`, () => {
  it('serves 20 editors and 50 readers for 10 s with no server error; every acknowledged write present, every rejected one absent', async () => {
    const result = await script<{
      requests: number;
      writes: number;
      acknowledgedWrites: number;
      conflicts: number;
      serverErrors: number;
      otherErrors: number;
      healthFailures: number;
      problems: string[];
      checkedAcknowledged: number;
      checkedRejected: number;
    }>('soak.mjs', ['--duration', '10', '--editors', '20', '--readers', '50'], 'SOAK_RESULT');
    process.stdout.write(`soak ${dialect}: ${JSON.stringify(result)}\n`);
    expect(result.serverErrors).toBe(0);
    expect(result.otherErrors).toBe(0);
    expect(result.healthFailures).toBe(0);
    expect(result.problems).toEqual([]);
    expect(result.acknowledgedWrites).toBeGreaterThan(20);
    expect(result.checkedAcknowledged).toBe(result.acknowledgedWrites);
    expect(result.checkedRejected).toBe(result.conflicts);
  }, 240_000);

  it('survives kill -9 in the middle of a write load: the database passes its integrity check and keeps every acknowledged write', async () => {
    const result = await script<{
      rounds: number;
      acknowledgedWrites: number;
      missingAfterCrash: number;
      integrityOk: boolean;
    }>('crash.mjs', ['--rounds', '2', '--editors', '6'], 'CRASH_RESULT');
    process.stdout.write(`crash ${dialect}: ${JSON.stringify(result)}\n`);
    expect(result.rounds).toBe(2);
    expect(result.integrityOk).toBe(true);
    expect(result.acknowledgedWrites).toBeGreaterThan(0);
    expect(result.missingAfterCrash).toBe(0);
  }, 240_000);
});
