// The reads the bench measures, and one scale's measurements: each read from the floor server and from the
// production server (and, for the first two reads, the naive server) at the planned concurrencies.
import { join } from 'node:path';
import { checkSame, log, measure } from './lib/http.mjs';
import { SERVER_ROOT, startProcess, startServer } from './lib/processes.mjs';
import { FEDERAL_QUERY, REGION_QUERY } from './queries.mjs';
import { monitoringReads } from './queries-monitoring.mjs';

export const REGION_CODE = 'RU-BEL';
const graphql = (query, variables) => JSON.stringify({ query, variables });

/** Per read: the GraphQL body for the server, the floor server's path and body. */
export const READS = {
  federal: { server: graphql(FEDERAL_QUERY), floorPath: '/federal', floorBody: '{}' },
  region: {
    server: graphql(REGION_QUERY, { code: REGION_CODE }),
    floorPath: '/region',
    floorBody: JSON.stringify({ variables: { code: REGION_CODE } }),
  },
  ...Object.fromEntries(
    Object.entries(monitoringReads(REGION_CODE)).map(([name, r]) => [
      name,
      { server: r.server, floorPath: `/${name}`, floorBody: '{}' },
    ]),
  ),
};

/**
 * Reads at one scale. `plan`: [{ read, concurrency: [1, 8], naive?: [1] }]; `timing`: { duration, minSamples,
 * naiveMinSamples }. The floor's JSON is checked against the server's before anything is measured.
 */
export async function runReads(target, scale, plan, timing) {
  const results = [];
  const floor = await startProcess(join(SERVER_ROOT, 'bench', 'floor-server.mjs'), {
    BENCH_TARGET: JSON.stringify(target),
  });
  const ours = await startServer(target).catch(async (error) => {
    await floor.stop();
    throw error;
  });
  try {
    for (const { read } of plan) {
      const r = READS[read];
      const check = () => checkSame(read, ours.url + '/graphql', r.server, floor.url + r.floorPath, r.floorBody);
      // One retry: a cold connection pool on a loaded machine can fail the very first request; say so.
      const { bytes, near } = await check().catch(
        (error) => (log(`retrying after: ${error.message.slice(0, 300)}`), check()),
      );
      const nearly = near ? ` (${near} rounded means differ by 0.01: float sums in another order)` : '';
      log(`${read} ${scale}×: floor JSON equals the server's${nearly} (${(bytes / 1e6).toFixed(2)} MB)`);
    }
  } finally {
    await ours.stop();
  }
  // A measurement that fails (e.g. PostgreSQL restarted by someone else on a shared box) is recorded, not fatal.
  const one = (url, body, connections, minSamples) =>
    measure({ url, body, connections, duration: timing.duration, minSamples }).catch((error) => {
      log(`  failed: ${error.message.slice(0, 300)}`);
      return { connections, failed: error.message.slice(0, 300) };
    });
  try {
    for (const { read, concurrency } of plan) {
      for (const c of concurrency) {
        log(`floor ${read} ${scale}× c${c}`);
        const r = READS[read];
        results.push({
          read,
          scale,
          side: 'floor',
          ...(await one(floor.url + r.floorPath, r.floorBody, c, timing.minSamples)),
        });
      }
    }
  } finally {
    await floor.stop();
  }
  for (const naive of [false, true]) {
    const todo = plan.filter((p) => !naive || p.naive?.length);
    if (!todo.length) continue;
    const server = await startServer(target, { naive });
    try {
      for (const { read, concurrency, naive: naiveConcurrency } of todo) {
        for (const c of naive ? naiveConcurrency : concurrency) {
          const side = naive ? 'naive' : 'ours';
          log(`${side} ${read} ${scale}× c${c}`);
          const min = naive ? timing.naiveMinSamples : timing.minSamples;
          results.push({ read, scale, side, ...(await one(server.url + '/graphql', READS[read].server, c, min)) });
        }
      }
    } finally {
      await server.stop();
    }
  }
  return results;
}
