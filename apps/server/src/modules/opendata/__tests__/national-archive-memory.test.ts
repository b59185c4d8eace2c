import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

// The national benchmark data (apps/server/bench/generate.mjs, 85 approved strategies of 234 goals and 468 indicators
// each) written by the real archive command (dist/, built before the tests) in a child process whose heap is capped:
// the archive must finish, be a valid ZIP, and keep nothing from one strategy to the next. The full 85-strategy
// export is slow on a loaded machine, so the test leaves KEPT of them approved; the figures for all 85 are in the
// closing note of issue #15 (same command).
jest.setTimeout(900_000);

const SERVER_ROOT = join(__dirname, '..', '..', '..', '..');
const KEPT = 6;
const HEAP_MB = 128;
/** Live heap (after a full collection) may differ between the 2nd and the last document by at most this much. */
const LIVE_GROWTH_BOUND = 8 * 2 ** 20;
/** Peak RSS growth of the whole export with a 128 MB heap: the heap plus native buffers, whatever the count. */
const PEAK_GROWTH_BOUND = 320 * 2 ** 20;

const pgUrl = process.env.TEST_DATABASE_URL;
type Target = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: SERVER_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Migrates (the real server, started once) and fills the database with the national bench data, scale 1×. */
const PREPARE = `
const target = JSON.parse(process.argv[1]);
const { generate } = await import('./bench/generate.mjs');
const { startServer } = await import('./bench/lib/processes.mjs');
const { ensurePgSchema } = await import('./bench/lib/db.mjs');
if (target.kind === 'postgres') await ensurePgSchema(target);
const server = await startServer(target);
await server.stop();
process.stdout.write(JSON.stringify(await generate(target, { seed: 42, scale: 1 })));`;

async function sql(target: Target, statement: string): Promise<Record<string, unknown>[]> {
  if (target.kind === 'sqlite') {
    const db = new Database(target.path);
    try {
      return /^\s*select/i.test(statement)
        ? (db.prepare(statement).all() as Record<string, unknown>[])
        : (db.exec(statement), []);
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: target.url, options: `-c search_path=${target.schema}` });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

describe('the national archive of the benchmark data', () => {
  let dir: string;
  let target: Target;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsifra-archive-memory-'));
    target = pgUrl
      ? { kind: 'postgres', url: pgUrl, schema: `archive_memory_${process.pid}` }
      : { kind: 'sqlite', path: join(dir, 'national.sqlite') };
    const prepared = await run(['--input-type=module', '-e', PREPARE, JSON.stringify(target)], {});
    if (prepared.code !== 0) throw new Error(`bench data not prepared:\n${prepared.stderr}`);
    expect(JSON.parse(prepared.stdout).strategies).toBe(85);
  });
  afterAll(async () => {
    if (target?.kind === 'postgres') await sql(target, `DROP SCHEMA IF EXISTS ${target.schema} CASCADE`);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`streams the approved strategies with a ${HEAP_MB} MB heap, keeping nothing from one strategy to the next`, async () => {
    const approved = await sql(target, `SELECT COUNT(*) AS n FROM strategies WHERE status = 'APPROVED'`);
    expect(Number(approved[0]!.n)).toBe(85);
    await sql(
      target,
      `UPDATE strategies SET status = 'DRAFT' WHERE id NOT IN
        (SELECT s.id FROM strategies s JOIN regions r ON r.id = s.region_id ORDER BY r.code LIMIT ${KEPT})`,
    );
    const file = join(dir, 'national.zip');
    const env: Record<string, string> =
      target.kind === 'sqlite'
        ? { SQLITE_PATH: target.path }
        : { DATABASE_URL: target.url, DATABASE_SCHEMA: target.schema };
    const result = await run(
      ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, 'dist/modules/opendata/archive-cli.js', file],
      { ...env, NODE_ENV: 'production', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ARCHIVE_TRACE: '1' },
    );
    if (result.code !== 0) throw new Error(`archive failed:\n${result.stderr}`);
    const summary = JSON.parse(result.stdout) as { strategies: number; ms: number; rssBefore: number; peakRss: number };
    const trace = result.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { name: string; heapUsed: number; rss: number });
    process.stdout.write(`national archive, ${KEPT} of 85 bench strategies: ${JSON.stringify(summary)}\n`);

    expect(summary.strategies).toBe(KEPT);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries.filter((n) => n.startsWith('documents/'))).toHaveLength(KEPT);
    // strategies.csv holds the kept strategies' targets (468 indicators × 5 years each) and their current actuals,
    // counted here in the database, plus the header.
    const [counted] = await sql(
      target,
      `SELECT (SELECT COUNT(*) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
                 JOIN strategies s ON s.id = i.strategy_id WHERE v.kind = 'TARGET' AND s.status = 'APPROVED') AS targets,
              (SELECT COUNT(*) FROM indicator_actuals a JOIN indicators i ON COALESCE(i.lineage_id, i.id) = a.lineage_id
                 JOIN strategies s ON s.id = i.strategy_id WHERE a.superseded_at IS NULL AND s.status = 'APPROVED') AS actuals`,
    );
    expect(Number(counted!.targets)).toBe(KEPT * 468 * 5);
    const csvLines = execFileSync('unzip', ['-p', file, 'strategies.csv'], { maxBuffer: 2 ** 28 })
      .toString('utf8')
      .split('\r\n')
      .filter((l) => l);
    expect(csvLines.length).toBe(1 + Number(counted!.targets) + Number(counted!.actuals));

    const documents = trace.filter((t) => t.name.startsWith('documents/'));
    expect(documents).toHaveLength(KEPT);
    expect(documents[KEPT - 1]!.heapUsed - documents[1]!.heapUsed).toBeLessThan(LIVE_GROWTH_BOUND);
    expect(summary.peakRss - summary.rssBefore).toBeLessThan(PEAK_GROWTH_BOUND);
  });
});
