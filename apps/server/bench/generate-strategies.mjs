// The strategies part of the bench data set: 85 regions, each with one APPROVED strategy of 6 sectors; per
// sector 3 goals for 2030, each with 3 goals for 2024, each with 3 tasks for 2021 (39 goals per sector, 234 per
// strategy, 19 890 in all); two indicators per goal with five TARGET values each (39 780 indicators, 198 900
// values); 5 comments per strategy, some pinned to a goal. The scale factor multiplies the number of 2030 goals
// per sector (3 × scale), so goals, indicators and values grow linearly while the tree keeps its depth.
import { pick, round1, ts, uuidFrom } from './lib/prng.mjs';

export const BENCH_ADMIN = { email: 'bench-admin@tsifra.local', password: 'bench-password-1' };
export const SECTORS_PER_STRATEGY = 6;
const FANOUT = 3;
const INDICATORS_PER_GOAL = 2;
const TARGETS_PER_INDICATOR = 5;
const COMMENTS_PER_STRATEGY = 5;

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

/** Builds every row in memory, table by table (a few hundred MB at 4×). */
export function buildStrategies({ rand, scale, regions, sectors, adminHash }) {
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

export const STRATEGY_COLUMNS = {
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
