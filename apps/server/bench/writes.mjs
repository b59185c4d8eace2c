// The write mix: 8 connections edit goals of 8 strategies as a signed-in ADMIN, with optimistic versions.
import autocannon from 'autocannon';
import { BENCH_ADMIN, readMarker, saveMarker } from './generate.mjs';
import { openDb } from './lib/db.mjs';
import { graphql, post } from './lib/http.mjs';
import { withCpu } from './lib/cpu.mjs';
import { startServer } from './lib/processes.mjs';

export const WRITE_STRATEGIES = 8;

/**
 * The write mix: 8 connections edit goals of 8 strategies (turned back to DRAFT for the run, as only
 * drafts are editable) with optimistic versions. A CONFLICT makes that client re-read the strategy's
 * version, as the editor does, and carry on. Each edit re-sends the goal's own values, so the data set
 * stays the same apart from updated_at and the versions, which are reset afterwards.
 */
export async function runWrites(target, { duration, processes = 1, cpu = false } = {}) {
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
  const server = await startServer(target, { processes });
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
    const load = () =>
      autocannon({
        url: server.url + '/graphql',
        connections: 8,
        duration,
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
    const timed = cpu ? await withCpu(server, async () => ({ r: await load() })) : { r: await load() };
    const { r, ...cpuFigures } = timed;
    return {
      ...cpuFigures,
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
