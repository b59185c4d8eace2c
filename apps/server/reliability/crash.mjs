#!/usr/bin/env node
// Crash safety: editors write as fast as they can, the server gets kill -9 in the middle, then it restarts on the
// same database. The database must pass its integrity check (SQLite: PRAGMA integrity_check; PostgreSQL: every
// foreign key still holds and every table reads in full) and every acknowledged write must be there.
//
//   node apps/server/reliability/crash.mjs --db sqlite|postgres|both [--rounds 3] [--editors 8] [--json]
import { addEditors, client, DEFAULT_PG, flags, freshDatabase, login, startServer } from './lib.mjs';

const ADD_GOAL =
  'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }';

async function integrity(db) {
  if (db.kind === 'sqlite') {
    const [row] = await db.query('PRAGMA integrity_check');
    const fk = await db.query('PRAGMA foreign_key_check');
    return {
      ok: row.integrity_check === 'ok' && fk.length === 0,
      detail: `integrity_check=${row.integrity_check}, foreign_key_check=${fk.length} rows`,
    };
  }
  // Every foreign key of the schema, re-checked row by row; every table read in full (a damaged page would fail).
  const fks = await db.query(`
    SELECT tc.table_name AS child, kcu.column_name AS col, ccu.table_name AS parent, ccu.column_name AS pcol
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`);
  let orphans = 0;
  for (const f of fks) {
    const [r] = await db.query(
      `SELECT count(*)::int AS n FROM "${f.child}" c WHERE c."${f.col}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${f.parent}" p WHERE p."${f.pcol}" = c."${f.col}")`,
    );
    orphans += r.n;
  }
  const tables = await db.query(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  for (const { t } of tables) await db.query(`SELECT * FROM "${t}"`);
  return {
    ok: orphans === 0,
    detail: `${fks.length} foreign keys checked, ${orphans} orphans, ${tables.length} tables read`,
  };
}

export async function crash(kind, options) {
  const db = await freshDatabase(kind, options.pg);
  let server = await startServer(db);
  const rounds = [];
  try {
    const infos = await addEditors(db, server.url, options.editors);
    const editors = [];
    for (const info of infos) {
      const token = await login(server.url, info.email);
      const created = await client(server.url, token)(
        'mutation($c: String!) { createStrategy(regionCode: $c) { id version } }',
        { c: info.regionCode },
      );
      const s = created.data.createStrategy;
      await client(server.url, token)(
        'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare"]) { id } }',
        { s: s.id, v: s.version },
      );
      editors.push({ ...info, token, strategyId: s.id, version: s.version + 1, acked: [], inFlight: 0 });
    }
    for (let round = 1; round <= options.rounds; round++) {
      let killed = false;
      const writer = async (editor) => {
        const gql = client(server.url, editor.token);
        let n = 0;
        while (!killed) {
          const title = `crash r${round} ${editor.regionCode} #${++n}`;
          editor.inFlight++;
          let res;
          try {
            res = await gql(ADD_GOAL, {
              s: editor.strategyId,
              v: editor.version,
              input: { horizon: 'Y2030', sectorCode: 'healthcare', title },
            });
          } catch {
            editor.unknown = (editor.unknown ?? 0) + 1; // the connection died with the server: fate unknown
            return;
          } finally {
            editor.inFlight--;
          }
          if (res.data?.addGoal) {
            editor.acked.push({ id: res.data.addGoal.id, title });
            editor.version++;
          } else if (res.errors?.[0]?.extensions?.code !== 'CONFLICT') {
            throw new Error(`write refused: ${JSON.stringify(res.errors)}`);
          }
        }
      };
      const writers = editors.map(writer);
      await new Promise((r) => setTimeout(r, options.writeMs + Math.random() * options.writeMs));
      const ackedBefore = editors.reduce((sum, e) => sum + e.acked.length, 0);
      killed = true;
      await server.kill9();
      await Promise.allSettled(writers);
      const check = await integrity(db);
      server = await startServer(db);
      // Every acknowledged write survived; the strategy's version counts them (plus at most the writes cut off).
      const admin = client(server.url, await login(server.url, 'admin@tsifra.test'));
      let missing = 0;
      let acknowledged = 0;
      let cutOffCommitted = 0;
      for (const e of editors) {
        const res = await admin('query($id: ID!) { strategy(id: $id) { version goals(horizon: Y2030) { id } } }', {
          id: e.strategyId,
        });
        const ids = new Set(res.data.strategy.goals.map((g) => g.id));
        for (const a of e.acked) {
          acknowledged++;
          if (!ids.has(a.id)) missing++;
        }
        // A write cut off by the kill may have committed without its answer arriving: adopt the database's version.
        cutOffCommitted += res.data.strategy.version - e.version;
        e.version = res.data.strategy.version;
        e.unknown = 0;
      }
      rounds.push({
        round,
        acknowledgedAtKill: ackedBefore,
        acknowledgedTotal: acknowledged,
        missing,
        cutOffCommitted,
        integrity: check,
      });
    }
    const last = rounds.at(-1);
    return {
      database: kind,
      rounds: rounds.length,
      editors: editors.length,
      acknowledgedWrites: last.acknowledgedTotal,
      missingAfterCrash: rounds.reduce((s, r) => s + r.missing, 0),
      integrityOk: rounds.every((r) => r.integrity.ok),
      detail: rounds,
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const options = flags(process.argv.slice(2), {
    db: 'both',
    rounds: 3,
    editors: 8,
    writeMs: 1500,
    pg: DEFAULT_PG,
    json: 'false',
  });
  let failed = false;
  for (const kind of options.db === 'both' ? ['sqlite', 'postgres'] : [options.db]) {
    const result = await crash(kind, options);
    const ok = result.integrityOk && result.missingAfterCrash === 0;
    failed ||= !ok;
    if (options.json === 'true') process.stdout.write(`CRASH_RESULT ${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        `${ok ? 'PASS' : 'FAIL'} ${kind}: ${result.rounds} kill -9 rounds, ${result.acknowledgedWrites} acknowledged writes checked, ${result.missingAfterCrash} missing; integrity ${result.integrityOk ? 'ok' : 'FAILED'}\n`,
      );
      for (const r of result.detail)
        process.stdout.write(
          `  round ${r.round}: ${r.acknowledgedAtKill} acknowledged at the kill, ${r.cutOffCommitted} cut-off writes committed, ${r.integrity.detail}\n`,
        );
    }
  }
  process.exit(failed ? 1 : 0);
}
