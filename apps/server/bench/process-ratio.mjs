// The 1 → 2 server process throughput ratio on PostgreSQL (issue #16): the region read and the write mix against
// the production server started with PROCESSES=1 and then PROCESSES=2 (Node cluster, one port), with the CPU each
// side used. The load generator shares the 2 cores with the server, so the ratio is reported with those figures.
import { withCpu } from './lib/cpu.mjs';
import { log, measure } from './lib/http.mjs';
import { startServer } from './lib/processes.mjs';
import { READS } from './reads.mjs';
import { runWrites } from './writes.mjs';

/** Region read at concurrency 8, then the write mix, each at 1 and 2 processes. */
export async function runProcessRatio(target, { duration, minSamples, skipWrites }) {
  const sides = { region: {}, writes: {} };
  for (const processes of [1, 2]) {
    const server = await startServer(target, { processes });
    try {
      log(`ours region c8 with ${processes} process${processes > 1 ? 'es' : ''}`);
      sides.region[processes] = await withCpu(server, () =>
        measure({
          url: server.url + '/graphql',
          body: READS.region.server,
          connections: 8,
          // Throughput over a fixed time, long enough for a few dozen requests even on a busy box.
          duration: Math.max(duration, 10),
          minSamples,
          forceDuration: true,
        }),
      );
    } finally {
      await server.stop();
    }
    if (!skipWrites) {
      log(`write mix with ${processes} process${processes > 1 ? 'es' : ''}`);
      const w = await runWrites(target, { duration, processes, cpu: true });
      sides.writes[processes] = { ...w, rps: w.editsPerSecond };
    }
  }
  const out = [
    { read: 'region', connections: 8, unit: 'req', database: true, one: sides.region[1], two: sides.region[2] },
  ];
  if (!skipWrites)
    out.push({
      read: 'write mix',
      connections: 8,
      unit: 'edits',
      database: true,
      one: sides.writes[1],
      two: sides.writes[2],
    });
  return out;
}
