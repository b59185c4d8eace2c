// `pnpm bench`: the national-scale benchmark. For SQLite and (when reachable) PostgreSQL it generates
// the data set, starts the real production server on loopback and measures it with autocannon against
// (a) the floor — one SQL statement per read with JSON built in the database, served over HTTP by
// floor-server.mjs — and (b) the same server with DataLoader batching off (BENCH_NAIVE_RESOLVERS).
// See docs/benchmarks.md for how to read the table.
//
// Options: --quick (short runs, fewer samples), --db sqlite,postgres, --scales 1,2,4, --duration <s>,
//          --seed <n>, --pg <url>, --skip-writes.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { BENCH_ADMIN, generate, readMarker, saveMarker } from './generate.mjs';
import { ensurePgSchema, openDb, pgReachable } from './lib/db.mjs';
import { SERVER_ROOT, startProcess, startServer } from './lib/processes.mjs';
import { FEDERAL_QUERY, REGION_QUERY } from './queries.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    db: { type: 'string', default: 'sqlite,postgres' },
    scales: { type: 'string' },
    duration: { type: 'string' },
    seed: { type: 'string', default: '42' },
    pg: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'skip-writes': { type: 'boolean', default: false },
  },
});
const QUICK = args.quick;
/** Seconds of load per measurement; slow reads get a minimum number of samples instead (see measure). */
const DURATION = Number(args.duration ?? (QUICK ? 3 : 8));
const MIN_SAMPLES = QUICK ? 1 : 3;
const NAIVE_MIN_SAMPLES = QUICK ? 1 : 2;
const SCALES = (args.scales ?? (QUICK ? '1,2' : '1,2,4')).split(',').map(Number);
const SEED = Number(args.seed);
const REGION_CODE = 'RU-BEL';
const WRITE_STRATEGIES = 8;
const REPO_ROOT = join(SERVER_ROOT, '..', '..');
const DATA_DIR = join(SERVER_ROOT, 'data', 'bench');

const log = (...m) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m.join(' ')}\n`);

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
  if (marker?.seed === SEED && marker?.scale === scale) return marker.counts;
  log(`migrating ${describe(target)}`);
  const server = await startServer(target);
  await server.stop();
  return generate(target, { seed: SEED, scale, log });
}

const describe = (t) => (t.kind === 'sqlite' ? `SQLite ${t.path}` : `PostgreSQL schema ${t.schema}`);

const graphql = (query, variables) => JSON.stringify({ query, variables });

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers };
}

/**
 * One measurement with autocannon. A warm-up request decides the mode: fast reads run for DURATION
 * seconds; reads slower than DURATION/20 run a fixed number of requests (at least `minSamples` alone,
 * at least one per connection under concurrency) so a slow target still yields percentiles instead
 * of an empty run, and the whole bench stays within minutes.
 */
async function measure({ url, body, connections, minSamples = MIN_SAMPLES }) {
  const started = Date.now();
  const warm = await post(url, body);
  const warmMs = Date.now() - started;
  if (warm.status !== 200) throw new Error(`warm-up failed (${warm.status}): ${warm.text.slice(0, 500)}`);
  const opts = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    timeout: 600,
  };
  if (warmMs * 20 < DURATION * 1000) opts.duration = DURATION;
  else
    opts.amount = Math.max(
      connections > 1 ? connections : minSamples,
      Math.round((DURATION * 1000 * Math.min(connections, 2)) / warmMs),
    );
  const r = await autocannon(opts);
  const done = r.requests.total;
  log(
    `  ${done} requests: p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)}, ${(done / r.duration).toFixed(2)} req/s`,
  );
  return {
    connections,
    requests: done,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: done / r.duration,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    bytes: warm.text.length,
  };
}

/** Fetches the same read from the server and the floor and insists on the same JSON. */
async function checkSame(name, oursUrl, oursBody, floorUrl, floorBody) {
  const [a, b] = await Promise.all([post(oursUrl, oursBody), post(floorUrl, floorBody)]);
  const A = JSON.parse(a.text);
  const B = JSON.parse(b.text);
  if (A.errors) throw new Error(`${name}: the server answered with errors: ${JSON.stringify(A.errors).slice(0, 500)}`);
  if (!isDeepStrictEqual(A, B))
    throw new Error(`${name}: the floor's JSON differs from the server's; the comparison would not be honest`);
  return { bytes: a.text.length };
}

const READS = {
  federal: { server: graphql(FEDERAL_QUERY), floorPath: '/federal', floorBody: '{}' },
  region: {
    server: graphql(REGION_QUERY, { code: REGION_CODE }),
    floorPath: '/region',
    floorBody: JSON.stringify({ variables: { code: REGION_CODE } }),
  },
};

/** Reads at one scale: which reads, at which concurrencies, and whether the naive server runs too. */
async function runReads(target, scale, plan, minSamples) {
  const results = [];
  const floor = await startProcess(join(SERVER_ROOT, 'bench', 'floor-server.mjs'), {
    BENCH_TARGET: JSON.stringify(target),
  });
  const ours = await startServer(target);
  try {
    for (const { read } of plan) {
      const r = READS[read];
      const check = () => checkSame(read, ours.url + '/graphql', r.server, floor.url + r.floorPath, r.floorBody);
      // One retry: a cold connection pool on a loaded machine can fail the very first request; say so.
      const { bytes } = await check().catch(
        (error) => (log(`retrying after: ${error.message.slice(0, 300)}`), check()),
      );
      log(`${read} ${scale}×: floor JSON equals the server's (${(bytes / 1e6).toFixed(2)} MB)`);
    }
  } finally {
    await ours.stop();
  }
  try {
    for (const { read, concurrency } of plan) {
      for (const c of concurrency) {
        log(`floor ${read} ${scale}× c${c}`);
        results.push({
          read,
          scale,
          side: 'floor',
          ...(await measure({
            url: floor.url + READS[read].floorPath,
            body: READS[read].floorBody,
            connections: c,
            minSamples,
          })),
        });
      }
    }
  } finally {
    await floor.stop();
  }
  for (const naive of [false, true]) {
    const todo = plan.filter((p) => !naive || p.naive);
    if (!todo.length) continue;
    const server = await startServer(target, { naive });
    try {
      for (const { read, concurrency, naive: naiveConcurrency } of todo) {
        for (const c of naive ? naiveConcurrency : concurrency) {
          const side = naive ? 'naive' : 'ours';
          log(`${side} ${read} ${scale}× c${c}`);
          results.push({
            read,
            scale,
            side,
            ...(await measure({
              url: server.url + '/graphql',
              body: READS[read].server,
              connections: c,
              minSamples: naive ? NAIVE_MIN_SAMPLES : minSamples,
            })),
          });
        }
      }
    } finally {
      await server.stop();
    }
  }
  return results;
}

/**
 * The write mix: 8 connections edit goals of 8 strategies (turned back to DRAFT for the run, as only
 * drafts are editable) with optimistic versions. A CONFLICT makes that client re-read the strategy's
 * version, as the editor does, and carry on. Each edit re-sends the goal's own values, so the data set
 * stays the same apart from updated_at and the versions, which are reset afterwards.
 */
async function runWrites(target) {
  const db = await openDb(target);
  const p = (i) => (db.kind === 'sqlite' ? '?' : `$${i}`);
  const strategies = await db.all(
    `SELECT s.id FROM strategies s JOIN regions r ON r.id = s.region_id ORDER BY r.subject_code LIMIT ${WRITE_STRATEGIES}`,
  );
  const ids = strategies.map((s) => s.id);
  const inList = ids.map((_, i) => p(i + 1)).join(',');
  const marker = await readMarker(target, db);
  await saveMarker(target, { dirty: true }); // should the run die half-way, the next one regenerates
  await db.run(`UPDATE strategies SET status = 'DRAFT', version = 1 WHERE id IN (${inList})`, ids);
  const goals = await db.all(
    `SELECT g.id, g.strategy_id AS "strategyId", g.parent_id AS "parentId", g.horizon, g.title, g.description, sc.code AS "sectorCode"
     FROM goals g JOIN sectors sc ON sc.id = g.sector_id WHERE g.strategy_id IN (${inList}) ORDER BY g.strategy_id, g.position, g.id`,
    ids,
  );
  await db.close();
  const server = await startServer(target);
  const counts = { ok: 0, conflicts: 0, refreshes: 0, errors: 0, firstError: null };
  try {
    const login = await post(
      server.url + '/graphql',
      graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
        e: BENCH_ADMIN.email,
        p: BENCH_ADMIN.password,
      }),
    );
    const token = login.headers.get('x-session-token');
    if (!token) throw new Error(`login failed: ${login.text.slice(0, 300)}`);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const versions = new Map(ids.map((id) => [id, 1]));
    const stale = new Set();
    let n = 0;
    const UPDATE =
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }';
    const VERSION = 'query($id: ID!) { strategy(id: $id) { version } }';
    const r = await autocannon({
      url: server.url + '/graphql',
      connections: 8,
      duration: DURATION,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          headers,
          setupRequest(req, context) {
            // A fixed stride through the goals: deterministic, and spread over all 8 strategies.
            const goal = goals[(n++ * 7919) % goals.length];
            if (stale.has(goal.strategyId)) {
              context.sent = { kind: 'read', strategyId: goal.strategyId };
              return { ...req, body: graphql(VERSION, { id: goal.strategyId }) };
            }
            const version = versions.get(goal.strategyId);
            context.sent = { kind: 'write', strategyId: goal.strategyId, version };
            const input = {
              horizon: goal.horizon,
              sectorCode: goal.sectorCode,
              title: goal.title,
              description: goal.description,
              parentId: goal.parentId,
            };
            return { ...req, body: graphql(UPDATE, { id: goal.id, v: version, input }) };
          },
          onResponse(status, body, context) {
            const sent = context.sent;
            let json;
            try {
              json = JSON.parse(body);
            } catch {
              counts.errors++;
              counts.firstError ??= `HTTP ${status}: ${String(body).slice(0, 200)}`;
              return;
            }
            if (sent.kind === 'read') {
              counts.refreshes++;
              const v = json.data?.strategy?.version;
              if (v) versions.set(sent.strategyId, Math.max(versions.get(sent.strategyId), v));
              stale.delete(sent.strategyId);
              return;
            }
            const code = json.errors?.[0]?.extensions?.code;
            if (!json.errors) {
              counts.ok++;
              versions.set(sent.strategyId, Math.max(versions.get(sent.strategyId), sent.version + 1));
            } else if (code === 'CONFLICT') {
              counts.conflicts++;
              stale.add(sent.strategyId);
            } else {
              counts.errors++;
              counts.firstError ??= JSON.stringify(json.errors).slice(0, 300);
            }
          },
        },
      ],
    });
    return {
      read: 'writes',
      scale: 1,
      side: 'ours',
      connections: 8,
      requests: r.requests.total,
      p50: r.latency.p50,
      p99: r.latency.p99,
      rps: r.requests.total / r.duration,
      editsPerSecond: counts.ok / r.duration,
      ...counts,
      non2xx: r.non2xx,
    };
  } finally {
    await server.stop();
    const db2 = await openDb(target);
    await db2.run(`UPDATE strategies SET status = 'APPROVED', version = 1 WHERE id IN (${inList})`, ids);
    await db2.run(`DELETE FROM sessions`);
    await db2.close();
    // The data set is as generated again (edits re-sent the same values), so the marker may return.
    if (marker) await saveMarker(target, marker);
  }
}

// ---------------------------------------------------------------------------------------------------

const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(1)}×`);

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

function report(all) {
  const out = [];
  for (const [kind, r] of Object.entries(all.databases)) {
    if (r.skipped) {
      out.push(`\n${kind}: skipped (${r.skipped})`);
      continue;
    }
    const find = (read, scale, side, c) =>
      r.results.find((x) => x.read === read && x.scale === scale && x.side === side && x.connections === c);
    const rows = [];
    for (const read of ['federal', 'region']) {
      for (const c of [1, 8]) {
        for (const scale of SCALES) {
          const o = find(read, scale, 'ours', c);
          if (!o) continue;
          const f = find(read, scale, 'floor', c);
          const n = find(read, scale, 'naive', c);
          rows.push([
            read,
            `${scale}×`,
            c,
            `${ms(o.p50)} / ${ms(o.p99)}`,
            o.rps.toFixed(2),
            f ? `${ms(f.p50)} / ${ms(f.p99)}` : '—',
            f ? f.rps.toFixed(2) : '—',
            n ? `${ms(n.p50)}` : '—',
            ratio(o.p50, f?.p50),
            ratio(n?.p50, o.p50),
            // The most batching can show: naive/ours cannot exceed it unless ours beats the database's own JSON.
            ratio(n?.p50, f?.p50),
          ]);
        }
      }
    }
    out.push(`\n${kind} (${r.version})`);
    out.push(
      table(rows, [
        'read',
        'data',
        'conc',
        'ours p50 / p99',
        'ours req/s',
        'floor p50 / p99',
        'floor req/s',
        'naive p50',
        'ours/floor',
        'naive/ours',
        'naive/floor',
      ]),
    );
    const g = r.growth;
    if (g)
      out.push(
        `growth of the federal read (p50, c1) from 1× to ${g.to}×: ours ${g.ours.toFixed(2)}×, floor ${g.floor.toFixed(2)}× (data grew ${g.to}×)`,
      );
    const w = r.results.find((x) => x.read === 'writes');
    if (w) {
      out.push(
        `write mix (updateGoal, 8 connections, ${WRITE_STRATEGIES} strategies): ${w.editsPerSecond.toFixed(1)} edits/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}; ` +
          `${w.ok} ok, ${w.conflicts} CONFLICT, ${w.refreshes} version re-reads, ${w.errors} errors${w.firstError ? ` (first: ${w.firstError})` : ''}`,
      );
    }
  }
  return out.join('\n');
}

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
  for (const scale of SCALES) {
    const plan =
      scale === SCALES[0]
        ? [
            { read: 'federal', concurrency: [1, 8], naive: [1] },
            { read: 'region', concurrency: [1, 8], naive: [1] },
          ]
        : [{ read: 'federal', concurrency: [1] }];
    // Larger data sets only feed the growth ratio: fewer samples keep the run within minutes.
    results.push(
      ...(await runReads(
        targetFor(kind, scale),
        scale,
        plan,
        scale === SCALES[0] ? MIN_SAMPLES : Math.max(1, MIN_SAMPLES - 1),
      )),
    );
  }
  if (!args['skip-writes']) {
    log(`write mix on ${describe(first)}`);
    results.push(await runWrites(first));
  }
  const last = SCALES[SCALES.length - 1];
  const p50 = (side, scale) =>
    results.find((x) => x.read === 'federal' && x.side === side && x.scale === scale && x.connections === 1)?.p50;
  const growth =
    SCALES.length > 1
      ? {
          from: SCALES[0],
          to: last,
          ours: p50('ours', last) / p50('ours', SCALES[0]),
          floor: p50('floor', last) / p50('floor', SCALES[0]),
        }
      : null;
  return { version, counts, results, growth };
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
process.stdout.write(report(all) + '\n');
process.stdout.write(`\nratios compare p50 latencies at the same concurrency; results: ${file}\n`);
