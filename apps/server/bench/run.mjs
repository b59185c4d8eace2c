// `pnpm bench`: the national-scale benchmark. For SQLite and (when reachable) PostgreSQL it generates
// the data set, starts the real production server on loopback and measures it with autocannon against
// (a) the floor — one SQL statement per read with JSON built in the database, served over HTTP by
// floor-server.mjs — and (b) the same server with DataLoader batching off (BENCH_NAIVE_RESOLVERS).
// Reads: federal, region (reads.mjs, queries.mjs) and the monitoring reads — federal progress, МСЗУ dashboard,
// a month's rating, a region's rating history (queries-monitoring.mjs) — at concurrency 1 and 8; growth across
// scales; the write mix (writes.mjs); on PostgreSQL the 1 → 2 process ratio (process-ratio.mjs).
// See docs/benchmarks.md for how to read the table.
//
// Options: --quick (short runs, fewer samples), --db sqlite,postgres, --scales 1,4, --duration <s>,
//          --seed <n>, --pg <url>, --skip-writes, --skip-processes, --skip-naive,
//          --reads federal,region,progress,… (a subset).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_VERSION, generate, readMarker } from './generate.mjs';
import { ensurePgSchema, openDb, pgReachable } from './lib/db.mjs';
import { log } from './lib/http.mjs';
import { SERVER_ROOT, startServer } from './lib/processes.mjs';
import { runProcessRatio } from './process-ratio.mjs';
import { REGION_CODE, runReads } from './reads.mjs';
import { report } from './report.mjs';
import { runWrites } from './writes.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    db: { type: 'string', default: 'sqlite,postgres' },
    scales: { type: 'string' },
    duration: { type: 'string' },
    seed: { type: 'string', default: '42' },
    pg: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'skip-writes': { type: 'boolean', default: false },
    'skip-processes': { type: 'boolean', default: false },
    reads: { type: 'string' },
    'skip-naive': { type: 'boolean', default: false },
  },
});
const QUICK = args.quick;
/** Seconds of load per measurement; slow reads get a minimum number of samples instead (see measure). */
const DURATION = Number(args.duration ?? (QUICK ? 3 : 5));
const MIN_SAMPLES = QUICK ? 1 : 3;
const NAIVE_MIN_SAMPLES = QUICK ? 1 : 2;
// 1× and 4× by default: the growth target is stated for 4× data, and a 2× run adds minutes without a figure.
const SCALES = (args.scales ?? (QUICK ? '1,2' : '1,4')).split(',').map(Number);
const SEED = Number(args.seed);
const REPO_ROOT = join(SERVER_ROOT, '..', '..');
const DATA_DIR = join(SERVER_ROOT, 'data', 'bench');
/** Reads whose cost grows with the data (the growth figure is given for each). */
const ONLY = args.reads?.split(',');
const NAIVE = args['skip-naive'] ? [] : [1];
const GROWING = ['federal', 'progress'].filter((r) => !ONLY || ONLY.includes(r));

function targetFor(kind, scale) {
  return kind === 'sqlite'
    ? { kind, path: join(DATA_DIR, `sqlite-${scale}x.sqlite`) }
    : { kind, url: args.pg, schema: `bench_${scale}x` };
}

/** Migrates (by starting the real server once) and fills the database for one scale. */
async function prepare(target, scale) {
  if (target.kind === 'postgres') await ensurePgSchema(target);
  const db = await openDb(target).catch(() => null);
  const marker = db ? await readMarker(target, db).catch(() => null) : null;
  await db?.close();
  if (marker?.generator === GENERATOR_VERSION && marker?.seed === SEED && marker?.scale === scale) return marker.counts;
  log(`migrating ${describe(target)}`);
  const server = await startServer(target);
  await server.stop();
  return generate(target, { seed: SEED, scale, log });
}

const describe = (t) => (t.kind === 'sqlite' ? `SQLite ${t.path}` : `PostgreSQL schema ${t.schema}`);

async function benchDatabase(kind) {
  const results = [];
  const first = targetFor(kind, SCALES[0]);
  const counts = {};
  for (const scale of SCALES) counts[scale] = await prepare(targetFor(kind, scale), scale);
  const version = await (async () => {
    const db = await openDb(first);
    try {
      return kind === 'sqlite'
        ? `SQLite ${(await db.all('select sqlite_version() AS v'))[0].v}`
        : (await db.all('select version() AS v'))[0].v.split(' on ')[0];
    } finally {
      await db.close();
    }
  })();
  const timing = { duration: DURATION, minSamples: MIN_SAMPLES, naiveMinSamples: NAIVE_MIN_SAMPLES };
  for (const scale of SCALES) {
    const both = [1, 8];
    let plan =
      scale === SCALES[0]
        ? [
            { read: 'federal', concurrency: both, naive: NAIVE },
            { read: 'region', concurrency: both, naive: NAIVE },
            { read: 'progress', concurrency: both },
            { read: 'mszu', concurrency: both },
            { read: 'rating', concurrency: both },
            { read: 'ratingHistory', concurrency: both },
          ]
        : GROWING.map((read) => ({ read, concurrency: [1] }));
    if (ONLY) plan = plan.filter((p) => ONLY.includes(p.read));
    if (!plan.length) continue;
    // Larger data sets only feed the growth ratio: fewer samples keep the run within minutes.
    const t = scale === SCALES[0] ? timing : { ...timing, minSamples: Math.max(1, MIN_SAMPLES - 1) };
    results.push(...(await runReads(targetFor(kind, scale), scale, plan, t)));
  }
  // A failure below is logged and leaves the reads' figures standing.
  const attempt = (what, fn) =>
    fn().catch((error) => {
      log(`${what} failed: ${error.message.slice(0, 300)}`);
      return null;
    });
  if (!args['skip-writes']) {
    log(`write mix on ${describe(first)}`);
    const w = await attempt('write mix', () => runWrites(first, { duration: DURATION }));
    if (w) results.push(w);
  }
  const processRatio =
    kind === 'postgres' && !args['skip-processes']
      ? await attempt('1 → 2 processes', () =>
          runProcessRatio(first, { duration: DURATION, minSamples: MIN_SAMPLES, skipWrites: args['skip-writes'] }),
        )
      : null;
  const last = SCALES[SCALES.length - 1];
  const p50 = (read, side, scale) =>
    results.find((x) => x.read === read && x.side === side && x.scale === scale && x.connections === 1)?.p50;
  const growth =
    SCALES.length > 1
      ? GROWING.map((read) => ({
          read,
          from: SCALES[0],
          to: last,
          ours: p50(read, 'ours', last) / p50(read, 'ours', SCALES[0]),
          floor: p50(read, 'floor', last) / p50(read, 'floor', SCALES[0]),
        }))
      : null;
  return { version, counts, results, growth, processRatio };
}

const startedAt = new Date();
const all = {
  startedAt: startedAt.toISOString(),
  options: {
    quick: QUICK,
    duration: DURATION,
    minSamples: MIN_SAMPLES,
    scales: SCALES,
    seed: SEED,
    region: REGION_CODE,
  },
  machine: {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavg: os.loadavg(),
  },
  databases: {},
};
mkdirSync(DATA_DIR, { recursive: true });
for (const kind of args.db.split(',')) {
  if (kind === 'postgres' && !(await pgReachable(args.pg))) {
    log(`PostgreSQL not reachable at ${args.pg}: skipped`);
    all.databases.postgres = { skipped: `not reachable at ${args.pg}` };
    continue;
  }
  log(`=== ${kind} ===`);
  try {
    all.databases[kind] = await benchDatabase(kind);
  } catch (error) {
    // One database failing (e.g. the server answering with errors) must not lose the other's figures.
    log(`${kind} failed: ${error.message}`);
    all.databases[kind] = { skipped: `failed: ${error.message.slice(0, 300)}` };
    process.exitCode = 1;
  }
  // Written after each database, so a run stopped half-way still leaves its figures.
  mkdirSync(join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench-results', 'partial.json'), JSON.stringify(all, null, 2));
}
all.finishedAt = new Date().toISOString();
all.seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
const dir = join(REPO_ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(all, null, 2));
writeFileSync(join(dir, 'latest.json'), JSON.stringify(all, null, 2));
process.stdout.write(
  `\nTsifra benchmark — ${all.machine.cpu}, ${all.machine.cores} cores, Node ${process.version}, ${QUICK ? 'quick' : 'full'} run, ${all.seconds} s\n`,
);
process.stdout.write(report(all, SCALES) + '\n');
process.stdout.write(`\nratios compare p50 latencies at the same concurrency; results: ${file}\n`);
