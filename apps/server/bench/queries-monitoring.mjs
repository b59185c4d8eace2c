// The monitoring reads (#12 progress, #13 МСЗУ, #14 ratings): the GraphQL operation each web screen sends, and
// its floor — ONE SQL statement that computes the same figures and builds the same JSON in the database.
//
// The floors apply the domain's rules in SQL: progress (packages/domain/src/execution/progress.ts: plan by
// interpolation, achievement, status thresholds, roll-up "worst status of children with data, mean of clamped
// achievements, confidence = share of leaves with an actual"), the МСЗУ picture (steps.ts, dashboard.ts: the step
// in force at a date, connected since, on time / overdue, the national share Удмсу) and the published ratings
// (rating-read.ts). Arguments are validated and inlined as literals (the bench sends fixed ones).
import { DIALECTS } from './queries.mjs';

export const PROGRESS_YEAR = 2023;
export const MSZU_PERIOD = '2022-12';
export const MSZU_FROM = '2021-01';
export const RATING_PERIOD = '2022-11';
export const HISTORY_MONTHS = 24;

const PROGRESS = 'status achievement confidence leaves withActual rulesVersion';
/** #12: the federal progress view (85 regions × sectors) for a year. */
export const PROGRESS_QUERY = `query BenchProgress($year: Int!) {
  progressOverview(year: $year) {
    region { code name federalDistrict } strategy { id } progress { ${PROGRESS} }
    sectors { sector { code name } progress { ${PROGRESS} } }
  }
}`;

/** #13: the federal МСЗУ dashboard for a month with the national share and 24 months of dynamics. */
export const MSZU_QUERY = `query BenchMszu($period: String!, $from: String!, $to: String!) {
  mszuDashboard(period: $period) {
    region { code name } connected total standing share queues { queue connected total onTime overdue }
  }
  mszuNational(period: $period) {
    share federalWeight regionalWeight federalShare regionalShare connected total leaders laggards
  }
  mszuDynamics(from: $from, to: $to) { period connected total share }
}`;

/** #14: a month's published rating with every region's breakdown. */
export const RATING_QUERY = `query BenchRating($period: String!) {
  rating(period: $period) {
    id period version publishedAt published reason methodology { code maxScore }
    entries { rank score previousRank band region { code name } parameters { code value points maxPoints noData clamped } }
  }
}`;

/** #14: one region's rating history (rank and score in each month's latest publication). */
export const RATING_HISTORY_QUERY = `query BenchRatingHistory($code: String!, $months: Int!) {
  ratingHistory(regionCode: $code, months: $months) { period rank score methodologyCode maxScore version }
}`;

const RULES_VERSION = 'progress-rules-1/thresholds-1';
const year = (y) => {
  if (!Number.isInteger(y) || y < 2010 || y > 2030) throw new Error(`bad year ${y}`);
  return y;
};
const month = (m) => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw new Error(`bad month ${m}`);
  return m;
};
const code = (c) => {
  if (!/^[A-Z]{2}-[A-Z]{1,3}$/.test(c)) throw new Error(`bad region code ${c}`);
  return c;
};
const monthEnd = (m) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
const shiftMonth = (m, n) =>
  new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1 + n, 1)).toISOString().slice(0, 7);

/** JS Math.round(x * 100) / 100 and the like, in SQL. */
const round = (x, f) => `(floor((${x}) * ${f} + 0.5) / ${f})`;

/** Roll-up of child rows (leaves, wa, nd, s, sev) into a node, as `rollUp` does. */
const childAch = (d, t) => `CASE WHEN ${t}.nd > 0 THEN ${round(`${d.float(`${t}.s`)} / ${t}.nd`, 100)} END`;
const clamp = (d, x) => d.least(100, d.greatest(0, x));
const rollCols = (d, t) => `sum(${t}.leaves) AS leaves, sum(${t}.wa) AS wa,
  count(CASE WHEN ${t}.nd > 0 THEN 1 END) AS nd,
  sum(CASE WHEN ${t}.nd > 0 THEN ${clamp(d, childAch(d, t))} END) AS s,
  min(CASE WHEN ${t}.nd > 0 THEN ${t}.sev END) AS sev`;
const minSev = (a, b) =>
  `CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL THEN ${a} WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;

function progressObj(d, t) {
  const status = `CASE coalesce(${t}.sev, 4) WHEN 0 THEN 'OFF_TRACK' WHEN 1 THEN 'AT_RISK' WHEN 2 THEN 'ON_TRACK' WHEN 3 THEN 'ACHIEVED' ELSE 'NO_DATA' END`;
  return d.obj([
    ['status', status],
    ['achievement', `CASE WHEN coalesce(${t}.nd, 0) > 0 THEN ${round(`${d.float(`${t}.s`)} / ${t}.nd`, 100)} END`],
    [
      'confidence',
      `CASE WHEN coalesce(${t}.leaves, 0) = 0 THEN 0 ELSE ${round(`${d.float(`${t}.wa`)} / ${d.float(`${t}.leaves`)}`, 10000)} END`,
    ],
    ['leaves', `coalesce(${t}.leaves, 0)`],
    ['withActual', `coalesce(${t}.wa, 0)`],
    ['rulesVersion', `'${RULES_VERSION}'`],
  ]);
}

/** A goal level: its own indicators (ig) plus its child goals' nodes (`child`, or none for the last level). */
function goalLevel(d, name, where, child) {
  const join = child
    ? `LEFT JOIN (SELECT pid, ${rollCols(d, 'k')} FROM ${child} k GROUP BY pid) c ON c.pid = g.id`
    : '';
  const add = (col, zero) =>
    child ? `coalesce(ig.${col}, ${zero}) + coalesce(c.${col}, ${zero})` : `coalesce(ig.${col}, ${zero})`;
  return `${name} AS (SELECT g.id, g.parent_id AS pid, g.strategy_id AS sid, g.sector_id AS sec, g.position AS pos,
    ${add('leaves', 0)} AS leaves, ${add('wa', 0)} AS wa, ${add('nd', 0)} AS nd, ${add('s', d.float(0))} AS s,
    ${child ? minSev('ig.sev', 'c.sev') : 'ig.sev'} AS sev
    FROM goals g JOIN strategies s ON s.id = g.strategy_id AND s.status = 'APPROVED' ${where}
    LEFT JOIN ig ON ig.gid = g.id ${join})`;
}

/** #12's floor: plan, achievement and status per indicator, then goal levels → sectors → strategy, as JSON. */
export function progressFloorSql(kind, y) {
  const d = DIALECTS[kind];
  const Y = year(y);
  const planned = `(i.plan - i.bv)`;
  const sign = `CASE WHEN coalesce(i.dir, CASE WHEN i.plan >= i.bv THEN 'INCREASE' ELSE 'DECREASE' END) = 'DECREASE' THEN -1 ELSE 1 END`;
  const ach = `CASE WHEN i.plan IS NULL OR i.act IS NULL THEN NULL
    WHEN ${planned} = 0 THEN (CASE WHEN ${sign} * (i.act - i.plan) >= 0 THEN 100 WHEN i.plan = 0 THEN 0
      ELSE ${round(d.greatest(0, '100 * (1 - abs(i.act - i.plan) / abs(i.plan))'), 100)} END)
    ELSE ${round(`(100 * (i.act - i.bv)) / ${planned}`, 100)} END`;
  const sev = (a) =>
    `CASE WHEN ${a} IS NULL THEN NULL WHEN ${a} >= 100 THEN 3 WHEN ${a} >= 90 THEN 2 WHEN ${a} >= 75 THEN 1 ELSE 0 END`;
  const sectors = d.arr(
    d.obj([
      [
        'sector',
        d.obj([
          ['code', 'sx.code'],
          ['name', 'sx.name'],
        ]),
      ],
      ['progress', progressObj(d, 'sn')],
    ]),
    'FROM sn JOIN sectors sx ON sx.id = sn.sec WHERE sn.sid = s.id',
    'sn.pos',
  );
  const regions = d.arr(
    d.obj([
      [
        'region',
        d.obj([
          ['code', 'r.code'],
          ['name', 'r.name'],
          ['federalDistrict', 'r.federal_district'],
        ]),
      ],
      ['strategy', `CASE WHEN s.id IS NULL THEN NULL ELSE ${d.obj([['id', 's.id']])} END`],
      ['progress', progressObj(d, 'st')],
      ['sectors', `CASE WHEN s.id IS NULL THEN ${d.emptyArr} ELSE ${sectors} END`],
    ]),
    `FROM regions r LEFT JOIN strategies s ON s.region_id = r.id AND s.status = 'APPROVED' LEFT JOIN st ON st.sid = s.id`,
    'r.code',
  );
  return `WITH
  tv AS (SELECT v.indicator_id AS iid, v.year AS y, v.value AS val FROM indicator_values v
    JOIN indicators i ON i.id = v.indicator_id JOIN strategies s ON s.id = i.strategy_id AND s.status = 'APPROVED'
    WHERE v.kind = 'TARGET' AND v.year > i.baseline_year),
  pts AS (SELECT iid, max(CASE WHEN y <= ${Y} THEN y END) AS py, min(CASE WHEN y > ${Y} THEN y END) AS ny FROM tv GROUP BY iid),
  ip AS (SELECT i.id, i.goal_id AS gid, i.baseline_value AS bv, i.direction AS dir, a.value AS act,
    CASE WHEN ${Y} <= i.baseline_year OR pts.iid IS NULL THEN NULL
      WHEN pts.py = ${Y} OR pts.ny IS NULL THEN pv.val
      WHEN pts.py IS NULL THEN i.baseline_value + ((nv.val - i.baseline_value) * (${Y} - i.baseline_year)) / (pts.ny - i.baseline_year)
      ELSE pv.val + ((nv.val - pv.val) * (${Y} - pts.py)) / (pts.ny - pts.py) END AS plan
    FROM indicators i JOIN strategies s ON s.id = i.strategy_id AND s.status = 'APPROVED'
    LEFT JOIN pts ON pts.iid = i.id LEFT JOIN tv pv ON pv.iid = i.id AND pv.y = pts.py
    LEFT JOIN tv nv ON nv.iid = i.id AND nv.y = pts.ny
    LEFT JOIN indicator_actuals a ON a.lineage_id = coalesce(i.lineage_id, i.id) AND a.year = ${Y} AND a.superseded_at IS NULL),
  ia AS (SELECT i.gid, i.act, ${ach} AS ach FROM ip i),
  ig AS (SELECT gid, count(*) AS leaves, count(act) AS wa, count(ach) AS nd, sum(${clamp(d, 'ach')}) AS s,
    min(${sev('ach')}) AS sev FROM ia GROUP BY gid),
  ${goalLevel(d, 'n3', 'JOIN goals p ON p.id = g.parent_id JOIN goals q ON q.id = p.parent_id AND q.parent_id IS NULL', null)},
  ${goalLevel(d, 'n2', 'JOIN goals p ON p.id = g.parent_id AND p.parent_id IS NULL', 'n3')},
  ${goalLevel(d, 'n1', 'AND g.parent_id IS NULL', 'n2')},
  sn AS (SELECT sid, sec, min(pos) AS pos, ${rollCols(d, 'n1')} FROM n1 GROUP BY sid, sec),
  st AS (SELECT sid, ${rollCols(d, 'sn')} FROM sn GROUP BY sid)
  SELECT ${d.text(d.obj([['progressOverview', regions]]))} AS json`;
}

const CONNECTED = `('CONNECTED', 'IN_OPERATION')`;

/** #13's floor: the month's picture per region and queue, the national share, and the month-end dynamics. */
export function mszuFloorSql(kind, period, from, to) {
  const d = DIALECTS[kind];
  const E = monthEnd(month(period));
  const months = [];
  for (let m = month(from); m <= month(to); m = shiftMonth(m, 1)) months.push(`('${m}', '${monthEnd(m)}')`);
  const f = (x) => d.float(x);
  const share = (t) =>
    `CASE WHEN ${t}.ft + ${t}.rt = 0 THEN NULL ELSE
      ${f(`${t}.ft`)} / ${f(`${t}.ft + ${t}.rt`)} * coalesce(${f(`${t}.fc`)} / nullif(${f(`${t}.ft`)}, 0), 0) +
      ${f(`${t}.rt`)} / ${f(`${t}.ft + ${t}.rt`)} * coalesce(${f(`${t}.rc`)} / nullif(${f(`${t}.rt`)}, 0), 0) END`;
  const standing = (c) =>
    `CASE WHEN ${c} > cfg.leader THEN 'LEADER' WHEN ${c} <= cfg.laggard THEN 'LAGGARD' ELSE 'MIDDLE' END`;
  const queues = d.arr(
    d.obj([
      ['queue', 'rq.q'],
      ['connected', 'rq.connected'],
      ['total', 'rq.total'],
      ['onTime', 'rq.on_time'],
      ['overdue', 'rq.overdue'],
    ]),
    'FROM rq WHERE rq.rid = r.id',
    'rq.q',
  );
  const dashboard = d.arr(
    d.obj([
      [
        'region',
        d.obj([
          ['code', 'r.code'],
          ['name', 'r.name'],
        ]),
      ],
      ['connected', 'rt.connected'],
      ['total', 'rt.total'],
      ['standing', standing('rt.connected')],
      ['share', `CASE WHEN rt.total = 0 THEN 0 ELSE ${f('rt.connected')} / ${f('rt.total')} END`],
      ['queues', queues],
    ]),
    'FROM regions r JOIN rt ON rt.rid = r.id CROSS JOIN cfg',
    'r.subject_code',
  );
  const national = `(SELECT ${d.obj([
    ['share', share('n')],
    ['federalWeight', `CASE WHEN n.ft + n.rt = 0 THEN 0 ELSE ${f('n.ft')} / ${f('n.ft + n.rt')} END`],
    ['regionalWeight', `CASE WHEN n.ft + n.rt = 0 THEN 0 ELSE ${f('n.rt')} / ${f('n.ft + n.rt')} END`],
    ['federalShare', `${f('n.fc')} / nullif(${f('n.ft')}, 0)`],
    ['regionalShare', `${f('n.rc')} / nullif(${f('n.rt')}, 0)`],
    ['connected', 'n.fc + n.rc'],
    ['total', 'n.ft + n.rt'],
    ['leaders', `(SELECT count(*) FROM rt CROSS JOIN cfg WHERE rt.connected > cfg.leader)`],
    ['laggards', `(SELECT count(*) FROM rt CROSS JOIN cfg WHERE rt.connected <= cfg.laggard)`],
  ])} FROM n)`;
  const dynamics = d.arr(
    d.obj([
      ['period', 'dm.period'],
      ['connected', 'dm.fc + dm.rc'],
      ['total', 'dm.ft + dm.rt'],
      ['share', share('dm')],
    ]),
    'FROM dm',
    'dm.period',
  );
  return `WITH
  cfg AS (SELECT coalesce(max(leader_above), 40) AS leader, coalesce(max(laggard_at_most), 1) AS laggard FROM mszu_settings),
  st AS (SELECT region_id, service_id, step, effective_on AS d, seq FROM mszu_status_steps WHERE superseded_by_id IS NULL),
  e AS (SELECT region_id, service_id, step, d, row_number() OVER (PARTITION BY region_id, service_id ORDER BY d, seq) AS o
    FROM st WHERE d <= '${E}'),
  lo AS (SELECT region_id, service_id, max(CASE WHEN step NOT IN ${CONNECTED} THEN o END) AS lo FROM e GROUP BY region_id, service_id),
  since AS (SELECT e.region_id, e.service_id, min(e.d) AS since FROM e JOIN lo ON lo.region_id = e.region_id AND lo.service_id = e.service_id
    WHERE e.step IN ${CONNECTED} AND e.o > coalesce(lo.lo, 0) GROUP BY e.region_id, e.service_id),
  cells AS (SELECT r.id AS rid, sv.queue AS q, sv.level AS lvl, qu.due_on AS due, since.since
    FROM regions r CROSS JOIN mszu_services sv LEFT JOIN mszu_queues qu ON qu.number = sv.queue
    LEFT JOIN since ON since.region_id = r.id AND since.service_id = sv.id),
  rq AS (SELECT rid, q, count(*) AS total, count(since) AS connected,
    count(CASE WHEN since IS NOT NULL AND due IS NOT NULL AND since <= due THEN 1 END) AS on_time,
    count(CASE WHEN since IS NULL AND due IS NOT NULL AND '${E}' > due THEN 1 END) AS overdue FROM cells GROUP BY rid, q),
  rt AS (SELECT rid, sum(connected) AS connected, sum(total) AS total FROM rq GROUP BY rid),
  n AS (SELECT count(CASE WHEN lvl = 'FEDERAL' THEN since END) AS fc, count(CASE WHEN lvl = 'FEDERAL' THEN 1 END) AS ft,
    count(CASE WHEN lvl <> 'FEDERAL' THEN since END) AS rc, count(CASE WHEN lvl <> 'FEDERAL' THEN 1 END) AS rt FROM cells),
  months (period, e) AS (VALUES ${months.join(', ')}),
  iv AS (SELECT st.region_id, st.service_id, st.step, st.d,
    lead(st.d) OVER (PARTITION BY st.region_id, st.service_id ORDER BY st.d, st.seq) AS nd FROM st WHERE st.d <= '${monthEnd(to)}'),
  lv AS (SELECT count(CASE WHEN level = 'FEDERAL' THEN 1 END) AS f, count(CASE WHEN level <> 'FEDERAL' THEN 1 END) AS o,
    (SELECT count(*) FROM regions) AS regions FROM mszu_services),
  dc AS (SELECT m.period, count(CASE WHEN sv.level = 'FEDERAL' THEN 1 END) AS fc, count(CASE WHEN sv.level <> 'FEDERAL' THEN 1 END) AS rc
    FROM months m JOIN iv ON iv.d <= m.e AND (iv.nd IS NULL OR iv.nd > m.e) JOIN mszu_services sv ON sv.id = iv.service_id
    WHERE iv.step IN ${CONNECTED} GROUP BY m.period),
  dm AS (SELECT m.period, coalesce(dc.fc, 0) AS fc, coalesce(dc.rc, 0) AS rc, lv.f * lv.regions AS ft, lv.o * lv.regions AS rt
    FROM months m CROSS JOIN lv LEFT JOIN dc ON dc.period = m.period)
  SELECT ${d.text(
    d.obj([
      ['mszuDashboard', dashboard],
      ['mszuNational', d.sub(national)],
      ['mszuDynamics', dynamics],
    ]),
  )} AS json`;
}

/** #14's floor: the month's latest publication, its entries by rank with the previous month's ranks. */
export function ratingFloorSql(kind, period) {
  const d = DIALECTS[kind];
  const P = month(period);
  const latest = (m) => `(SELECT id FROM rating_publications WHERE period = '${m}' ORDER BY version DESC LIMIT 1)`;
  const entries = d.arr(
    d.obj([
      ['rank', 'e.rank'],
      ['score', 'e.score'],
      ['previousRank', 'pe.rank'],
      [
        'band',
        `CASE WHEN e.rank <= 3 THEN 'LEADER' WHEN e.rank > (SELECT count(*) FROM rating_publication_entries x WHERE x.publication_id = p.id) - 3 THEN 'LAGGARD' ELSE 'MIDDLE' END`,
      ],
      [
        'region',
        d.obj([
          ['code', 'r.code'],
          ['name', 'r.name'],
        ]),
      ],
      ['parameters', d.json('e.parameters')],
    ]),
    `FROM rating_publication_entries e JOIN regions r ON r.id = e.region_id
      LEFT JOIN rating_publication_entries pe ON pe.publication_id = ${latest(shiftMonth(P, -1))} AND pe.region_id = e.region_id
      WHERE e.publication_id = p.id`,
    'e.rank, e.region_id',
  );
  const rating = `(SELECT ${d.obj([
    ['id', 'p.id'],
    ['period', 'p.period'],
    ['version', 'p.version'],
    ['publishedAt', d.iso('p.published_at')],
    ['published', d.bool('1 = 1')],
    ['reason', 'p.reason'],
    [
      'methodology',
      d.obj([
        ['code', 'm.code'],
        ['maxScore', d.jsonSum('m.parameters', 'maxPoints')],
      ]),
    ],
    ['entries', entries],
  ])} FROM rating_publications p JOIN rating_methodologies m ON m.id = p.methodology_id WHERE p.id = ${latest(P)})`;
  return `SELECT ${d.text(d.obj([['rating', d.sub(rating)]]))} AS json`;
}

/** #14's floor: one region's latest-version rank and score per month, the last `months` months, oldest first. */
export function ratingHistoryFloorSql(kind, regionCode, months) {
  const d = DIALECTS[kind];
  const C = code(regionCode);
  const n = Math.min(Math.max(Number(months) | 0, 1), 120);
  const points = d.arr(
    d.obj([
      ['period', 'l.period'],
      ['rank', 'l.rank'],
      ['score', 'l.score'],
      ['methodologyCode', 'm.code'],
      ['maxScore', d.jsonSum('m.parameters', 'maxPoints')],
      ['version', 'l.version'],
    ]),
    'FROM l JOIN rating_methodologies m ON m.id = l.methodology_id',
    'l.period',
  );
  return `WITH h AS (SELECT p.period, p.version, e.rank, e.score, p.methodology_id,
      row_number() OVER (PARTITION BY p.period ORDER BY p.version DESC) AS rn
    FROM rating_publication_entries e JOIN rating_publications p ON p.id = e.publication_id
    JOIN regions r ON r.id = e.region_id WHERE r.code = '${C}'),
  l AS (SELECT * FROM h WHERE rn = 1 ORDER BY period DESC LIMIT ${n})
  SELECT ${d.text(d.obj([['ratingHistory', points]]))} AS json`;
}

/** The monitoring reads for the bench: GraphQL body for the server, SQL (per dialect) for the floor. */
export function monitoringReads(regionCode) {
  const v = (query, variables) => JSON.stringify({ query, variables });
  return {
    progress: {
      server: v(PROGRESS_QUERY, { year: PROGRESS_YEAR }),
      floorSql: (kind) => progressFloorSql(kind, PROGRESS_YEAR),
    },
    mszu: {
      server: v(MSZU_QUERY, { period: MSZU_PERIOD, from: MSZU_FROM, to: MSZU_PERIOD }),
      floorSql: (kind) => mszuFloorSql(kind, MSZU_PERIOD, MSZU_FROM, MSZU_PERIOD),
    },
    rating: {
      server: v(RATING_QUERY, { period: RATING_PERIOD }),
      floorSql: (kind) => ratingFloorSql(kind, RATING_PERIOD),
    },
    ratingHistory: {
      server: v(RATING_HISTORY_QUERY, { code: regionCode, months: HISTORY_MONTHS }),
      floorSql: (kind) => ratingHistoryFloorSql(kind, regionCode, HISTORY_MONTHS),
    },
  };
}
