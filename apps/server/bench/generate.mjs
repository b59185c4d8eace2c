// The national-scale bench data set, generated deterministically from a seed and written straight
// into a database the server has already migrated and seeded with reference data (regions, sectors).
//
// Shape at scale 1×: 85 regions, each with one APPROVED strategy of 6 sectors; per sector 3 goals for
// 2030, each with 3 goals for 2024, each with 3 tasks for 2021 (39 goals per sector, 234 per strategy,
// 19 890 in all); two indicators per goal with five TARGET values each (39 780 indicators, 198 900
// values); 5 comments per strategy, some pinned to a goal. The scale factor multiplies the number of
// 2030 goals per sector (3 × scale), so goals, indicators and values all grow linearly with it while the
// tree keeps its depth and fan-out: 2× = 39 780 goals, 4× = 79 560 goals.
//
// Usage: node bench/generate.mjs --scale 1 [--seed 42] (--sqlite path | --pg url --schema name)
import { hash } from '@node-rs/argon2';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { openDb } from './lib/db.mjs';

export const GENERATOR_VERSION = 1;
export const BENCH_ADMIN = { email: 'bench-admin@tsifra.local', password: 'bench-password-1' };
const SECTORS_PER_STRATEGY = 6;
const FANOUT = 3;
const INDICATORS_PER_GOAL = 2;
const TARGETS_PER_INDICATOR = 5;
const COMMENTS_PER_STRATEGY = 5;

/** mulberry32: tiny, fast and good enough to make the data set reproducible from a seed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A v4-shaped uuid drawn from the seeded generator (so ids, too, are reproducible). */
function uuidFrom(rand) {
  const hex = [];
  for (let i = 0; i < 4; i++)
    hex.push(
      Math.floor(rand() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    );
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const VERBS = [
  'Обеспечить',
  'Повысить',
  'Внедрить',
  'Перевести',
  'Сократить',
  'Создать',
  'Развить',
  'Расширить',
  'Автоматизировать',
  'Модернизировать',
];
const OBJECTS = [
  'доступность',
  'долю',
  'качество',
  'скорость',
  'охват',
  'число',
  'уровень',
  'эффективность',
  'прозрачность',
  'надёжность',
];
const TOPICS = [
  'цифровых услуг',
  'электронного документооборота',
  'широкополосного доступа',
  'платформенных решений',
  'обработки данных',
  'телемедицины',
  'электронных дневников',
  'умного транспорта',
  'облачной инфраструктуры',
  'обратной связи с гражданами',
];
const UNITS = ['%', 'ед.', 'тыс. чел.', 'млн руб.', 'дн.'];
const RESPONSIBLE = [
  'Министерство цифрового развития',
  'Министерство здравоохранения',
  'Министерство образования',
  'Департамент транспорта',
  'Комитет информатизации',
  null,
];
const REMARKS = [
  'Уточните источник данных для показателя.',
  'Согласовано без замечаний.',
  'Предлагаем увеличить целевое значение.',
  'Нужна связь с национальной целью.',
  'Проверьте базовый год.',
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const round1 = (x) => Math.round(x * 10) / 10;
/** The timestamp text both databases accept and TypeORM reads back (UTC, milliseconds). */
const ts = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** Builds every row in memory, table by table (a few hundred MB at 4×). */
export function buildDataSet({ seed, scale, regions, sectors, adminHash }) {
  const rand = prng(seed * 1000 + scale);
  const base = Date.UTC(2025, 0, 15, 9, 0, 0);
  const rows = {
    users: [],
    strategies: [],
    strategy_sectors: [],
    goals: [],
    indicators: [],
    indicator_values: [],
    comments: [],
  };
  const reviewerId = uuidFrom(rand);
  rows.users.push([uuidFrom(rand), BENCH_ADMIN.email, 'Bench Admin', 'ADMIN', null, adminHash, true, ts(base)]);
  rows.users.push([
    reviewerId,
    'bench-reviewer@tsifra.local',
    'Bench Reviewer',
    'FEDERAL_REVIEWER',
    null,
    adminHash,
    true,
    ts(base),
  ]);
  let clock = base;
  for (const region of regions) {
    const strategyId = uuidFrom(rand);
    rows.strategies.push([
      strategyId,
      region.id,
      'APPROVED',
      1,
      1,
      '2026-12-01',
      ts(base + 86_400_000),
      ts(base),
      ts(base + 2 * 86_400_000),
    ]);
    const chosen = sectors
      .map((s) => ({ s, k: rand() }))
      .sort((a, b) => a.k - b.k)
      .slice(0, SECTORS_PER_STRATEGY)
      .map((x) => x.s);
    chosen.forEach((sector, position) =>
      rows.strategy_sectors.push([
        uuidFrom(rand),
        strategyId,
        sector.id,
        rand() < 0.5 ? 'Приоритет региона' : null,
        position,
      ]),
    );
    const goalIds = [];
    let topPosition = 0;
    const addGoal = (sectorId, parentId, horizon, position, years) => {
      const id = uuidFrom(rand);
      goalIds.push(id);
      const title = `${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, TOPICS)}`;
      const description = rand() < 0.3 ? null : `Описание: ${pick(rand, OBJECTS)} ${pick(rand, TOPICS)}.`;
      clock += 1000;
      rows.goals.push([
        id,
        strategyId,
        sectorId,
        parentId,
        horizon,
        title,
        description,
        position,
        ts(clock),
        ts(clock),
      ]);
      for (let i = 0; i < INDICATORS_PER_GOAL; i++) {
        const indicatorId = uuidFrom(rand);
        const baselineYear = years[0] - 1;
        const baselineValue = round1(rand() * 100);
        const direction = rand() < 0.8 ? 'INCREASE' : 'DECREASE';
        rows.indicators.push([
          indicatorId,
          id,
          strategyId,
          `Показатель: ${pick(rand, OBJECTS)} ${pick(rand, TOPICS)}`,
          pick(rand, UNITS),
          direction,
          baselineYear,
          baselineValue,
          pick(rand, RESPONSIBLE),
          i,
        ]);
        let v = baselineValue;
        for (const year of years.slice(0, TARGETS_PER_INDICATOR)) {
          v = round1(direction === 'INCREASE' ? v + 0.1 + rand() * 5 : Math.max(0, v - rand() * 5));
          rows.indicator_values.push([uuidFrom(rand), indicatorId, 'TARGET', year, v]);
        }
      }
      return id;
    };
    for (const sector of chosen) {
      for (let a = 0; a < FANOUT * scale; a++) {
        const g2030 = addGoal(sector.id, null, 'Y2030', topPosition++, [2026, 2027, 2028, 2029, 2030]);
        for (let b = 0; b < FANOUT; b++) {
          const g2024 = addGoal(sector.id, g2030, 'Y2024', b, [2020, 2021, 2022, 2023, 2024]);
          for (let c = 0; c < FANOUT; c++) addGoal(sector.id, g2024, 'Y2021', c, [2017, 2018, 2019, 2020, 2021]);
        }
      }
    }
    for (let i = 0; i < COMMENTS_PER_STRATEGY; i++) {
      clock += 1000;
      rows.comments.push([
        uuidFrom(rand),
        strategyId,
        rand() < 0.5 ? pick(rand, goalIds) : null,
        reviewerId,
        pick(rand, REMARKS),
        ts(clock),
      ]);
    }
  }
  return rows;
}

const COLUMNS = {
  users: [
    ['id', 'varchar'],
    ['email', 'varchar'],
    ['name', 'varchar'],
    ['role', 'varchar'],
    ['region_id', 'varchar'],
    ['password_hash', 'varchar'],
    ['active', 'boolean'],
    ['created_at', 'timestamp'],
  ],
  strategies: [
    ['id', 'varchar'],
    ['region_id', 'varchar'],
    ['status', 'varchar'],
    ['version', 'int'],
    ['revision', 'int'],
    ['deadline', 'varchar'],
    ['submitted_at', 'timestamp'],
    ['created_at', 'timestamp'],
    ['updated_at', 'timestamp'],
  ],
  strategy_sectors: [
    ['id', 'varchar'],
    ['strategy_id', 'varchar'],
    ['sector_id', 'varchar'],
    ['rationale', 'text'],
    ['position', 'int'],
  ],
  goals: [
    ['id', 'varchar'],
    ['strategy_id', 'varchar'],
    ['sector_id', 'varchar'],
    ['parent_id', 'varchar'],
    ['horizon', 'varchar'],
    ['title', 'varchar'],
    ['description', 'text'],
    ['position', 'int'],
    ['created_at', 'timestamp'],
    ['updated_at', 'timestamp'],
  ],
  indicators: [
    ['id', 'varchar'],
    ['goal_id', 'varchar'],
    ['strategy_id', 'varchar'],
    ['name', 'varchar'],
    ['unit', 'varchar'],
    ['direction', 'varchar'],
    ['baseline_year', 'int'],
    ['baseline_value', 'float8'],
    ['responsible', 'varchar'],
    ['position', 'int'],
  ],
  indicator_values: [
    ['id', 'varchar'],
    ['indicator_id', 'varchar'],
    ['kind', 'varchar'],
    ['year', 'int'],
    ['value', 'float8'],
  ],
  comments: [
    ['id', 'varchar'],
    ['strategy_id', 'varchar'],
    ['goal_id', 'varchar'],
    ['author_id', 'varchar'],
    ['body', 'text'],
    ['created_at', 'timestamp'],
  ],
};
const INSERT_ORDER = ['users', 'strategies', 'strategy_sectors', 'goals', 'indicators', 'indicator_values', 'comments'];
const DELETE_ORDER = [
  'comments',
  'indicator_values',
  'indicators',
  'goals',
  'strategy_sectors',
  'strategies',
  'sessions',
  'users',
];

function markerOf(target) {
  return target.kind === 'sqlite' ? `${target.path}.bench.json` : null;
}

/** What the database holds now, per its marker (null when unknown or left dirty by a write mix). */
export async function readMarker(target, db) {
  if (target.kind === 'sqlite') {
    const file = markerOf(target);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  }
  const rows = await db.all(`SELECT obj_description(oid, 'pg_namespace') AS d FROM pg_namespace WHERE nspname = $1`, [
    target.schema,
  ]);
  try {
    return rows[0]?.d ? JSON.parse(rows[0].d) : null;
  } catch {
    return null;
  }
}

async function writeMarker(target, db, marker) {
  if (target.kind === 'sqlite') writeFileSync(markerOf(target), JSON.stringify(marker));
  else await db.exec(`COMMENT ON SCHEMA ${target.schema} IS '${JSON.stringify(marker).replace(/'/g, "''")}'`);
}

/**
 * Replaces the content of a migrated database with the data set for (seed, scale), unless the
 * database's marker says it already holds exactly that. Returns row counts.
 */
export async function generate(target, { seed = 42, scale = 1, force = false, log = () => {} } = {}) {
  const db = await openDb(target);
  try {
    const want = { generator: GENERATOR_VERSION, seed, scale };
    const have = await readMarker(target, db);
    if (!force && have && have.generator === want.generator && have.seed === seed && have.scale === scale) {
      log(`data set ${scale}× (seed ${seed}) already present`);
      return have.counts;
    }
    const started = Date.now();
    const regions = await db.all('SELECT id, code FROM regions ORDER BY subject_code');
    const sectors = await db.all('SELECT id, code FROM sectors ORDER BY position');
    if (regions.length !== 85 || sectors.length < SECTORS_PER_STRATEGY)
      throw new Error('Reference data missing: start the server once on this database first.');
    const adminHash = await hash(BENCH_ADMIN.password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const rows = buildDataSet({ seed, scale, regions, sectors, adminHash });
    if (db.kind === 'sqlite') {
      const sqlite = db.raw;
      sqlite.pragma('foreign_keys = OFF');
      sqlite.transaction(() => {
        for (const t of DELETE_ORDER) sqlite.prepare(`DELETE FROM ${t}`).run();
        for (const t of INSERT_ORDER) {
          const cols = COLUMNS[t];
          // 100-row multi-value statements: fewer VM round trips than one row at a time.
          const per = 100;
          const one = `(${cols.map(() => '?').join(',')})`;
          const many = sqlite.prepare(
            `INSERT INTO ${t} (${cols.map((c) => c[0]).join(',')}) VALUES ${Array(per).fill(one).join(',')}`,
          );
          const single = sqlite.prepare(`INSERT INTO ${t} (${cols.map((c) => c[0]).join(',')}) VALUES ${one}`);
          const list = rows[t].map((r) => r.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)));
          let i = 0;
          for (; i + per <= list.length; i += per) many.run(list.slice(i, i + per).flat());
          for (; i < list.length; i++) single.run(list[i]);
        }
      })();
      sqlite.pragma('foreign_keys = ON');
      sqlite.exec('ANALYZE');
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } else {
      const client = await db.raw.connect();
      try {
        await client.query('BEGIN');
        await client.query(`TRUNCATE ${DELETE_ORDER.join(', ')} CASCADE`);
        for (const t of INSERT_ORDER) {
          const cols = COLUMNS[t];
          const per = 20_000;
          // unnest of one array per column: one statement inserts 20 000 rows with only as many parameters as columns.
          const sql = `INSERT INTO ${t} (${cols.map((c) => c[0]).join(',')}) SELECT * FROM unnest(${cols.map((c, i) => `$${i + 1}::${c[1]}[]`).join(',')})`;
          for (let i = 0; i < rows[t].length; i += per) {
            const chunk = rows[t].slice(i, i + per);
            await client.query(
              sql,
              cols.map((_, ci) => chunk.map((r) => r[ci])),
            );
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      await db.exec('ANALYZE');
    }
    const counts = Object.fromEntries(INSERT_ORDER.map((t) => [t, rows[t].length]));
    await writeMarker(target, db, { ...want, counts });
    log(
      `generated ${scale}× (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.goals} goals, ${counts.indicator_values} values`,
    );
    return counts;
  } finally {
    await db.close();
  }
}

/** Sets the marker: `{ dirty: true }` while a write mix changes the data, so an interrupted run regenerates. */
export async function saveMarker(target, marker) {
  const db = await openDb(target);
  try {
    await writeMarker(target, db, marker);
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '42' },
      sqlite: { type: 'string' },
      pg: { type: 'string' },
      schema: { type: 'string', default: 'bench_1x' },
      force: { type: 'boolean', default: false },
    },
  });
  const target = values.sqlite
    ? { kind: 'sqlite', path: values.sqlite }
    : { kind: 'postgres', url: values.pg, schema: values.schema };
  const counts = await generate(target, {
    seed: Number(values.seed),
    scale: Number(values.scale),
    force: values.force,
    log: console.log,
  });
  console.log(counts);
}
