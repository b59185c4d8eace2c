// The table `pnpm bench` prints: per database, every read at each concurrency and scale against its floor,
// the growth across scales, the write mix, and the 1 → 2 process throughput ratio.
import { ms } from './lib/http.mjs';
import { WRITE_STRATEGIES } from './writes.mjs';

/** The target every read must meet: ours p50 within this factor of the floor's. */
export const FLOOR_TARGET = 1.5;
/** The growth target from 1× to 4× data. */
export const GROWTH_TARGET = 4.2;
export const READ_ORDER = ['federal', 'region', 'progress', 'mszu', 'rating', 'ratingHistory'];

const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(1)}×`);
/** Below this the floor's p50 is at autocannon's 1 ms resolution: compare throughputs instead (see below). */
const RESOLUTION_MS = 2;
/**
 * ours / floor. autocannon reports latency in whole milliseconds; when the floor answers in under 2 ms its p50
 * is 0 or 1, so the ratio compares throughput instead: under a closed loop at the same concurrency, req/s =
 * connections ÷ mean latency, so floor req/s ÷ ours req/s is the ratio of mean latencies. Marked with †.
 */
export function oursOverFloor(o, f) {
  if (!o || !f) return null;
  if (f.p50 >= RESOLUTION_MS) return { value: o.p50 / f.p50, byThroughput: false };
  return { value: f.rps / o.rps, byThroughput: true };
}
const showRatio = (r) => (r ? `${r.value.toFixed(1)}×${r.byThroughput ? '†' : ''}` : '—');

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

const HEADER = [
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
];

function readRows(r, scales) {
  const find = (read, scale, side, c) =>
    r.results.find((x) => x.read === read && x.scale === scale && x.side === side && x.connections === c);
  const rows = [];
  const over = [];
  for (const read of READ_ORDER) {
    for (const c of [1, 8]) {
      for (const scale of scales) {
        const ok = (x) => (x && !x.failed ? x : undefined);
        const o = ok(find(read, scale, 'ours', c));
        const f = ok(find(read, scale, 'floor', c));
        const n = ok(find(read, scale, 'naive', c));
        if (!o) {
          if (find(read, scale, 'ours', c)) rows.push([read, `${scale}×`, c, 'failed', ...Array(7).fill('—')]);
          continue;
        }
        const of = oursOverFloor(o, f);
        if (of && of.value > FLOOR_TARGET) over.push(`${read} ${scale}× c${c} ${showRatio(of)}`);
        rows.push([
          read,
          `${scale}×`,
          c,
          `${ms(o.p50)} / ${ms(o.p99)}`,
          o.rps.toFixed(2),
          f ? `${ms(f.p50)} / ${ms(f.p99)}` : '—',
          f ? f.rps.toFixed(2) : '—',
          n ? `${ms(n.p50)}` : '—',
          showRatio(of),
          ratio(n?.p50, o.p50),
          // The most batching can show: naive/ours cannot exceed it unless ours beats the database's own JSON.
          ratio(n?.p50, f?.p50),
        ]);
      }
    }
  }
  return { rows, over };
}

const writeLine = (w, label) =>
  `${label}: ${w.editsPerSecond.toFixed(1)} edits/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}; ` +
  `${w.ok} ok, ${w.conflicts} CONFLICT, ${w.refreshes} version re-reads, ${w.errors} errors${w.firstError ? ` (first: ${w.firstError})` : ''}`;

export function report(all, scales) {
  const out = [];
  for (const [kind, r] of Object.entries(all.databases)) {
    if (r.skipped) {
      out.push(`\n${kind}: skipped (${r.skipped})`);
      continue;
    }
    const { rows, over } = readRows(r, scales);
    out.push(`\n${kind} (${r.version})`);
    out.push(table(rows, HEADER));
    if (rows.some((row) => String(row[8]).endsWith('†')))
      out.push(
        '† the floor answers in under 2 ms (p50 at the 1 ms resolution): ratio of throughputs at that concurrency',
      );
    out.push(
      over.length
        ? `reads above ${FLOOR_TARGET}× their floor: ${over.join('; ')}`
        : `every read within ${FLOOR_TARGET}× its floor`,
    );
    for (const g of r.growth ?? [])
      out.push(
        `growth of the ${g.read} read (p50, c1) from ${g.from}× to ${g.to}×: ours ${g.ours.toFixed(2)}×, floor ${g.floor.toFixed(2)}× ` +
          `(data grew ${g.to / g.from}×; target ≤ ${GROWTH_TARGET}× for 4×: ${g.ours <= (GROWTH_TARGET * (g.to / g.from)) / 4 ? 'met' : 'not met'})`,
      );
    const w = r.results.find((x) => x.read === 'writes' && !x.processes);
    if (w) out.push(writeLine(w, `write mix (updateGoal, 8 connections, ${WRITE_STRATEGIES} strategies)`));
    for (const p of r.processRatio ?? []) {
      out.push(
        `${p.read} at 1 → 2 server processes (c${p.connections}): ${p.one.rps.toFixed(2)} → ${p.two.rps.toFixed(2)} ${p.unit}/s, ` +
          `ratio ${(p.two.rps / p.one.rps).toFixed(2)}×; CPU used per second of load — server ${p.one.serverCpu.toFixed(2)} → ${p.two.serverCpu.toFixed(2)} cores, ` +
          `load generator ${p.one.clientCpu.toFixed(2)} → ${p.two.clientCpu.toFixed(2)} cores` +
          (p.database ? `, PostgreSQL ${p.one.databaseCpu.toFixed(2)} → ${p.two.databaseCpu.toFixed(2)} cores` : ''),
      );
    }
  }
  return out.join('\n');
}

// `node bench/report.mjs bench-results/latest.json`: prints the table of a saved run again.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const all = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(report(all, all.options.scales) + '\n');
}
