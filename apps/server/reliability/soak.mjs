#!/usr/bin/env node
// Load and soak: 20 regional editors (each with two "tabs" writing the same strategy, so optimistic-lock
// CONFLICTs happen) and 50 anonymous readers for 60 s against the production build, on SQLite and PostgreSQL,
// loopback only. Then every acknowledged write must be in the database and every rejected one absent.
//
//   pnpm soak                                   # both databases, 60 s each
//   node apps/server/reliability/soak.mjs --db sqlite --duration 10 --json
// Flags: --db sqlite|postgres|both, --duration s, --editors n, --readers n, --tabs n, --pg URL, --json
// Needs the build (pnpm build) and, for PostgreSQL, a server at --pg (default TEST_DATABASE_URL or 127.0.0.1:5432/test).
import { addEditors, client, DEFAULT_PG, flags, freshDatabase, login, percentile, startServer } from './lib.mjs';

const NATIONAL = `{ regions { code name federalDistrict strategy { status goals(horizon: Y2030) { title children { title horizon children { title } indicators { name baselineValue targets { year value } } } } } } }`;
const READS = [
  ['overview', '{ regions { code name federalDistrict strategy { status revision deadline } } }', () => ({})],
  ['national', NATIONAL, () => ({})],
  [
    'region',
    'query($c: String!) { region(code: $c) { name strategy { status version contentVisible goals { title } } } }',
    () => ({ c: ['RU-TUL', 'RU-KHM', 'RU-YAN', 'RU-BEL'][Math.floor(Math.random() * 4)] }),
  ],
  ['sectors', '{ sectors { code name nameEn } }', () => ({})],
];
const ADD_GOAL =
  'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id title } }';
const UPDATE_GOAL =
  'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id title } }';

export async function soak(kind, options) {
  const db = await freshDatabase(kind, options.pg);
  const server = await startServer(db);
  const stats = {
    requests: 0,
    reads: 0,
    writes: 0,
    acknowledged: 0,
    conflicts: 0,
    serverErrors: 0,
    otherErrors: 0,
    readMs: [],
    writeMs: [],
    samples: [],
  };
  const record = (res, kind) => {
    stats.requests++;
    stats[kind === 'read' ? 'reads' : 'writes']++;
    stats[kind === 'read' ? 'readMs' : 'writeMs'].push(res.ms);
    const code = res.errors?.[0]?.extensions?.code;
    if (res.status >= 500 || code === 'INTERNAL_SERVER_ERROR' || (code === undefined && res.errors)) {
      stats.serverErrors++;
      if (stats.samples.length < 5) stats.samples.push({ status: res.status, errors: res.errors });
      return 'server-error';
    }
    if (code === 'CONFLICT') {
      stats.conflicts++;
      return 'conflict';
    }
    if (code) {
      stats.otherErrors++;
      if (stats.samples.length < 5) stats.samples.push({ status: res.status, errors: res.errors });
      return 'error';
    }
    if (kind === 'write') stats.acknowledged++;
    return 'ok';
  };

  try {
    const editorsInfo = await addEditors(db, server.url, options.editors);
    if (editorsInfo.length < options.editors) throw new Error(`only ${editorsInfo.length} regions without a strategy`);
    const admin = client(server.url, await login(server.url, 'admin@tsifra.test'));
    const editors = [];
    for (const info of editorsInfo) {
      const gql = client(server.url, await login(server.url, info.email));
      const created = await gql('mutation($c: String!) { createStrategy(regionCode: $c) { id version } }', {
        c: info.regionCode,
      });
      if (created.errors) throw new Error(`createStrategy ${info.regionCode}: ${JSON.stringify(created.errors)}`);
      const { id, version } = created.data.createStrategy;
      const sectors = await gql(
        'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare", "education"]) { version } }',
        { s: id, v: version },
      );
      if (sectors.errors) throw new Error(`setStrategySectors ${info.regionCode}: ${JSON.stringify(sectors.errors)}`);
      editors.push({
        ...info,
        gql,
        strategyId: id,
        startVersion: sectors.data.setStrategySectors.version,
        acks: [],
        rejectedTitles: [],
        goals: [],
      });
    }

    const deadline = Date.now() + options.duration * 1000;
    let seq = 0;
    const editorTab = async (editor, tab) => {
      let version = editor.startVersion;
      while (Date.now() < deadline) {
        const rename = editor.goals.length > 0 && Math.random() < 0.25;
        const title = `soak ${editor.regionCode} tab${tab} #${++seq}`;
        const input = { horizon: 'Y2030', sectorCode: Math.random() < 0.5 ? 'healthcare' : 'education', title };
        const goalId = rename ? editor.goals[Math.floor(Math.random() * editor.goals.length)] : null;
        const res = rename
          ? await editor.gql(UPDATE_GOAL, { id: goalId, v: version, input })
          : await editor.gql(ADD_GOAL, { s: editor.strategyId, v: version, input });
        const outcome = record(res, 'write');
        if (outcome === 'ok') {
          const id = rename ? goalId : res.data.addGoal.id;
          editor.acks.push({ goalId: id, title, claimed: version });
          if (!rename) editor.goals.push(id);
          version++;
        } else {
          // A refused write (CONFLICT or a coded 4xx) must leave no trace; a server error's fate is unknown.
          if (outcome !== 'server-error') editor.rejectedTitles.push(title);
          const fresh = await editor.gql('query($id: ID!) { strategy(id: $id) { version } }', {
            id: editor.strategyId,
          });
          record(fresh, 'read');
          if (fresh.data?.strategy) version = fresh.data.strategy.version;
        }
      }
    };
    const reader = async () => {
      const gql = client(server.url);
      while (Date.now() < deadline) {
        const [, query, variables] = READS[Math.floor(Math.random() * READS.length)];
        record(await gql(query, variables()), 'read');
      }
    };
    let healthChecks = 0;
    let healthFailures = 0;
    const health = async () => {
      while (Date.now() < deadline) {
        const res = await fetch(`${server.url}/health`).catch(() => ({ status: 0 }));
        healthChecks++;
        if (res.status !== 200) healthFailures++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    };
    const started = Date.now();
    await Promise.all([
      ...editors.flatMap((e) => Array.from({ length: options.tabs }, (_, tab) => editorTab(e, tab + 1))),
      ...Array.from({ length: options.readers }, reader),
      health(),
    ]);
    const seconds = (Date.now() - started) / 1000;

    // Every acknowledged write present (a goal's title is the one of its last acknowledged write), every rejected
    // one absent, and each strategy's version moved exactly once per acknowledged write.
    const problems = [];
    let checkedAcks = 0;
    let checkedRejections = 0;
    for (const editor of editors) {
      const res = await admin('query($id: ID!) { strategy(id: $id) { version goals(horizon: Y2030) { id title } } }', {
        id: editor.strategyId,
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      const { version, goals } = res.data.strategy;
      const titles = new Map(goals.map((g) => [g.id, g.title]));
      const all = new Set(goals.map((g) => g.title));
      const last = new Map();
      for (const ack of editor.acks)
        if (!last.has(ack.goalId) || last.get(ack.goalId).claimed < ack.claimed) last.set(ack.goalId, ack);
      for (const ack of editor.acks) {
        checkedAcks++;
        if (!titles.has(ack.goalId)) problems.push(`${editor.regionCode}: acknowledged goal ${ack.goalId} missing`);
      }
      for (const [goalId, ack] of last)
        if (titles.get(goalId) !== ack.title)
          problems.push(`${editor.regionCode}: goal ${goalId} is "${titles.get(goalId)}", expected "${ack.title}"`);
      for (const title of editor.rejectedTitles) {
        checkedRejections++;
        if (all.has(title)) problems.push(`${editor.regionCode}: rejected write "${title}" is present`);
      }
      if (goals.length !== editor.goals.length)
        problems.push(`${editor.regionCode}: ${goals.length} goals, ${editor.goals.length} acknowledged`);
      if (version !== editor.startVersion + editor.acks.length)
        problems.push(`${editor.regionCode}: version ${version}, expected ${editor.startVersion + editor.acks.length}`);
    }
    return {
      database: kind,
      seconds: Math.round(seconds),
      editors: editors.length,
      tabsPerEditor: options.tabs,
      readers: options.readers,
      requests: stats.requests,
      requestsPerSecond: Math.round(stats.requests / seconds),
      reads: stats.reads,
      writes: stats.writes,
      acknowledgedWrites: stats.acknowledged,
      conflicts: stats.conflicts,
      serverErrors: stats.serverErrors,
      otherErrors: stats.otherErrors,
      readP50ms: Math.round(percentile(stats.readMs, 50)),
      readP99ms: Math.round(percentile(stats.readMs, 99)),
      writeP50ms: Math.round(percentile(stats.writeMs, 50)),
      writeP99ms: Math.round(percentile(stats.writeMs, 99)),
      healthChecks,
      healthFailures,
      checkedAcknowledged: checkedAcks,
      checkedRejected: checkedRejections,
      problems: problems.slice(0, 20),
      problemCount: problems.length,
      errorSamples: stats.samples,
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
    duration: 60,
    editors: 20,
    readers: 50,
    tabs: 2,
    pg: DEFAULT_PG,
    json: 'false',
  });
  const kinds = options.db === 'both' ? ['sqlite', 'postgres'] : [options.db];
  let failed = false;
  for (const kind of kinds) {
    process.stderr.write(
      `soak: ${kind}, ${options.editors} editors × ${options.tabs} tabs + ${options.readers} readers for ${options.duration} s …\n`,
    );
    const result = await soak(kind, options);
    const ok =
      result.serverErrors === 0 && result.otherErrors === 0 && result.problemCount === 0 && result.healthFailures === 0;
    failed ||= !ok;
    if (options.json === 'true') process.stdout.write(`SOAK_RESULT ${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        `${ok ? 'PASS' : 'FAIL'} ${kind}: ${result.requests} requests in ${result.seconds} s (${result.requestsPerSecond}/s; ${result.reads} reads, ${result.writes} writes), ` +
          `${result.acknowledgedWrites} acknowledged, ${result.conflicts} CONFLICTs, ${result.serverErrors} server errors, ${result.otherErrors} other errors; ` +
          `read p50/p99 ${result.readP50ms}/${result.readP99ms} ms, write p50/p99 ${result.writeP50ms}/${result.writeP99ms} ms; ` +
          `checked ${result.checkedAcknowledged} acknowledged writes present and ${result.checkedRejected} rejected absent: ${result.problemCount} problems\n`,
      );
      for (const p of result.problems) process.stdout.write(`  ${p}\n`);
      for (const s of result.errorSamples) process.stdout.write(`  error sample: ${JSON.stringify(s)}\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}
