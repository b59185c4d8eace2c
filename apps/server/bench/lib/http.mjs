// HTTP for the bench: posting a GraphQL body, one autocannon measurement, and the check that the floor answers
// with the same JSON as the server.
import autocannon from 'autocannon';
import { isDeepStrictEqual } from 'node:util';

export const log = (...m) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m.join(' ')}\n`);
export const ms = (x) => (x == null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
export const graphql = (query, variables) => JSON.stringify({ query, variables });

export async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers };
}

/**
 * One measurement with autocannon. Warm-up requests decide the mode: fast reads run for `duration` seconds;
 * reads slower than duration/20 run a fixed number of requests (at least `minSamples` alone, at least one per
 * connection under concurrency) so a slow target still yields percentiles, and the whole bench stays within
 * minutes.
 */
export async function measure({ url, body, connections, duration, minSamples, forceDuration = false }) {
  // Warm-up requests, timed by the fastest: the first pays for compiling the query and a cold plan, the next
  // ones may meet a collection of the previous read's garbage (on either side), and judged by such a request a
  // 2 ms read was measured as three requests instead of for `duration` seconds. A read gets up to six tries to
  // show it is fast; a clearly slow one stops after the second (the first alone may be compiling a large query
  // plan: a 6 ms national rating once took over a second and was measured as three requests).
  let warm;
  let warmMs = Infinity;
  for (let i = 0; i < 6; i++) {
    const started = Date.now();
    warm = await post(url, body);
    warmMs = Math.min(warmMs, Date.now() - started);
    if (warm.status !== 200) throw new Error(`warm-up failed (${warm.status}): ${warm.text.slice(0, 500)}`);
    if (i >= 1 && warmMs * 20 >= duration * 1000 * 4) break; // clearly slow
    if (i >= 2 && warmMs * 20 < duration * 1000) break; // fast, three times warmed
  }
  const opts = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    timeout: 600,
  };
  if (forceDuration || warmMs * 20 < duration * 1000) opts.duration = duration;
  else
    opts.amount = Math.max(
      connections > 1 ? connections : minSamples,
      Math.round((duration * 1000 * Math.min(connections, 2)) / warmMs),
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

/**
 * Deep equality of two parsed JSON values, except that two numbers may differ by at most 0.01 — a roll-up mean
 * rounded to hundredths can land on the other side of a half when the database adds the same floats in another
 * order than JavaScript does. Returns the number of such near-equal numbers, or -1 when the values differ.
 */
export function compareJson(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : Math.abs(a - b) <= 0.01 + 1e-9 ? 1 : -1;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return isDeepStrictEqual(a, b) ? 0 : -1;
  if (Array.isArray(a) !== Array.isArray(b)) return -1;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return -1;
  let near = 0;
  for (const k of keys) {
    if (!Object.hasOwn(b, k)) return -1;
    const n = compareJson(a[k], b[k]);
    if (n < 0) return -1;
    near += n;
  }
  return near;
}

/** Fetches the same read from the server and the floor and insists on the same JSON (see compareJson). */
export async function checkSame(name, oursUrl, oursBody, floorUrl, floorBody) {
  const [a, b] = await Promise.all([post(oursUrl, oursBody), post(floorUrl, floorBody)]);
  const A = JSON.parse(a.text);
  if (A.errors) throw new Error(`${name}: the server answered with errors: ${JSON.stringify(A.errors).slice(0, 500)}`);
  if (b.status !== 200) throw new Error(`${name}: the floor failed (${b.status}): ${b.text.slice(0, 500)}`);
  const near = compareJson(A, JSON.parse(b.text));
  if (near < 0)
    throw new Error(`${name}: the floor's JSON differs from the server's; the comparison would not be honest`);
  return { bytes: a.text.length, near };
}
