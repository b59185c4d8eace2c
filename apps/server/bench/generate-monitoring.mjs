// The monitoring part of the bench data set, built from the strategies part and the same seed:
// - execution (#12): every approved strategy's indicators get actuals for 2021–2023 wherever the plan has a
//   value for that year (as the demo seed does), reaching a region-specific share of the planned increment;
//   one actual in twenty was corrected once (a superseded version 1 and a current version 2);
// - МСЗУ (#13): 3 queues (51 / 25 / 25 services, 101 in all), and for each of 85 regions × 101 services a
//   dated history of steps over 24 months (2021-01 … 2022-12), some with a step back and a correction;
// - ratings (#14): the two demo methodologies (5 and 7 parameters), inputs for each month 2021-01 … 2022-12,
//   quarterly maturity returns, and each month published (ranks computed by the domain's rating engine from
//   the inputs, as `publishMonth` does), with a few months re-published as version 2.
// None of this grows with the scale factor except the actuals (they follow the indicators).
import { createRequire } from 'node:module';
import { pick, round1, round2, ts, uuidFrom } from './lib/prng.mjs';

// The domain's CommonJS build (its ESM build keeps extensionless imports, for bundlers).
const require = createRequire(import.meta.url);
const { planFor } = require('@tsifra/domain/execution/progress');
const { formatPeriod, monthPeriod, periodRange, quarterPeriod } = require('@tsifra/domain/period');
const { RATING_2021, RATING_2022 } = require('@tsifra/domain/rating/demo-methodologies');
const { computeRating } = require('@tsifra/domain/rating/engine');
const { DEMO_MATURITY_METHODOLOGY, MATURITY_KEY_SECTORS, maturityIndex } = require('@tsifra/domain/rating/maturity');

export const ACTUAL_YEARS = [2021, 2022, 2023];
export const MSZU_MONTHS = periodRange(monthPeriod(2021, 1), monthPeriod(2022, 12)).map(formatPeriod);
export const RATING_MONTHS = MSZU_MONTHS;
const QUEUES = [
  { number: 1, services: 51, opensOn: '2021-01-01', dueOn: '2021-10-01' },
  { number: 2, services: 25, opensOn: '2021-01-01', dueOn: '2021-10-05' },
  { number: 3, services: 25, opensOn: '2021-01-01', dueOn: '2021-12-01' },
];
const LEVELS = ['FEDERAL', 'REGIONAL', 'REGIONAL', 'MUNICIPAL', 'BUDGET_INSTITUTION'];
const SERVICE_NAMES = [
  'Выдача разрешения на строительство',
  'Запись в детский сад',
  'Приём в первый класс',
  'Выдача охотничьего билета',
  'Предоставление земельного участка',
  'Выдача градостроительного плана',
  'Назначение ежемесячной выплаты',
  'Выдача архивной справки',
  'Согласование перепланировки',
  'Выдача разрешения на вырубку',
];
const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const HISTORY_FROM = Date.UTC(2021, 0, 1);
const HISTORY_DAYS = Math.round((Date.UTC(2022, 11, 31) - HISTORY_FROM) / DAY);

/** Actuals for 2021–2023 of every indicator with a plan for the year. */
function buildActuals(rand, strategies, regions) {
  const rows = [];
  const targets = new Map();
  for (const v of strategies.indicator_values) {
    if (v[2] !== 'TARGET') continue;
    const list = targets.get(v[1]) ?? [];
    list.push({ year: v[3], value: v[4] });
    targets.set(v[1], list);
  }
  const regionOfStrategy = new Map(strategies.strategies.map((s) => [s[0], s[1]]));
  const profiles = new Map(regions.map((r) => [r.id, 0.45 + rand() * 0.5]));
  for (const ind of strategies.indicators) {
    const [id, , strategyId, , unit, direction, baselineYear, baselineValue] = ind;
    const low = profiles.get(regionOfStrategy.get(strategyId));
    const facts = { direction, baselineYear, baselineValue, targets: targets.get(id) ?? [] };
    for (const year of ACTUAL_YEARS) {
      const plan = planFor(facts, year);
      if (plan === undefined) continue;
      let value = baselineValue + (plan - baselineValue) * (low + rand() * 0.6);
      if (unit === '%') value = Math.min(100, Math.max(0, value));
      value = round1(value);
      const reportedAt = ts(Date.UTC(year + 1, 0, 10 + Math.floor(rand() * 30), 9));
      if (rand() < 0.05) {
        // A correction: version 1 superseded a month later by version 2.
        const later = ts(Date.UTC(year + 1, 2, 1, 9));
        rows.push([uuidFrom(rand), id, id, year, round1(value * 0.9), 1, null, 'демо', null, reportedAt, later]);
        rows.push([uuidFrom(rand), id, id, year, value, 2, 'уточнено', 'демо', null, later, null]);
      } else rows.push([uuidFrom(rand), id, id, year, value, 1, null, 'демо', null, reportedAt, null]);
    }
  }
  return rows;
}

/** Queues, the 101-service catalogue, settings and every region's step histories over 24 months. */
function buildMszu(rand, regions, recordedAt) {
  const queues = QUEUES.map((q) => [uuidFrom(rand), q.number, q.opensOn, q.dueOn]);
  const services = [];
  for (const q of QUEUES)
    for (let i = 0; i < q.services; i++) {
      const n = services.length + 1;
      services.push([
        uuidFrom(rand),
        `MSZU-${String(n).padStart(3, '0')}`,
        `${pick(rand, SERVICE_NAMES)} (демо ${n})`,
        LEVELS[n % LEVELS.length],
        q.number,
        rand() < 0.5 ? `${10000000 + n}` : null,
        n,
      ]);
    }
  const settings = [['default', false, 1, 5, 40, 1]];
  const steps = [];
  for (const region of regions) {
    const pace = rand(); // 0: connects early, 1: lags
    for (const s of services) {
      let day = Math.floor(rand() * 120 + pace * 200);
      let seq = 1;
      const add = (step, reason = null, supersededById = null, id = uuidFrom(rand)) => {
        steps.push([
          id,
          region.id,
          s[0],
          step,
          isoDay(HISTORY_FROM + day * DAY),
          seq++,
          reason,
          supersededById,
          null,
          recordedAt,
        ]);
        return id;
      };
      if (rand() < 0.1 * pace) continue; // never started within the 24 months
      add('FORM_READY');
      day += 20 + Math.floor(rand() * 150);
      if (day > HISTORY_DAYS || rand() < 0.15 * pace) continue;
      add('CONNECTED');
      if (rand() < 0.05) {
        day += 10 + Math.floor(rand() * 30);
        if (day > HISTORY_DAYS) continue;
        add('FORM_READY', 'демо: отключена на доработку');
        day += 10 + Math.floor(rand() * 40);
        if (day > HISTORY_DAYS) continue;
        add('CONNECTED');
      }
      day += 15 + Math.floor(rand() * 200);
      if (day > HISTORY_DAYS) continue;
      if (rand() < 0.03) {
        // A correction: the first entry of this day is superseded by a second one with a reason.
        const later = uuidFrom(rand);
        add('FORM_READY', null, later);
        add('IN_OPERATION', 'демо: исправлен ошибочный шаг', null, later);
      } else add('IN_OPERATION');
    }
  }
  return { queues, services, settings, steps };
}

/** Methodologies, inputs, maturity returns and each month's publication (ranks from the domain engine). */
function buildRatings(rand, regions, base) {
  const defs = [{ ...RATING_2021, validFrom: RATING_MONTHS[0] }, RATING_2022];
  const methodologies = defs.map((d, i) => [
    uuidFrom(rand),
    d.code,
    d.validFrom,
    d.aggregation,
    JSON.stringify(d.parameters),
    `демо: методика ${i + 1}`,
    1,
    ts(base),
  ]);
  const codes = regions.map((r) => r.code).sort();
  const idOf = new Map(regions.map((r) => [r.code, r.id]));
  const returns = [];
  const indexOf = new Map(); // `${code}|${quarter}` → maturity index
  for (const quarter of periodRange(quarterPeriod(2020, 4), quarterPeriod(2022, 4)).map(formatPeriod)) {
    for (const code of codes) {
      const values = {};
      for (const sector of MATURITY_KEY_SECTORS) {
        values[sector] = round1(20 + rand() * 75);
        returns.push([
          uuidFrom(rand),
          idOf.get(code),
          quarter,
          sector,
          values[sector],
          `${quarter.slice(0, 4)}-12-31`,
          true,
        ]);
      }
      indexOf.set(`${code}|${quarter}`, maturityIndex(DEMO_MATURITY_METHODOLOGY, values).index);
    }
  }
  const inputs = [];
  const publications = [];
  const entries = [];
  const quarterBefore = (month) => {
    const [y, m] = month.split('-').map(Number);
    const q = Math.floor((m - 1) / 3) + 1;
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  };
  for (const period of RATING_MONTHS) {
    const k = period >= RATING_2022.validFrom ? 1 : 0;
    const def = defs[k];
    const values = new Map();
    for (const code of codes) {
      const v = new Map();
      for (const p of def.parameters) {
        if (p.derivation === 'COMPUTED') {
          if (p.source === 'MATURITY_INDEX') v.set(p.code, indexOf.get(`${code}|${quarterBefore(period)}`));
          continue;
        }
        if (rand() < 0.01) continue; // a missing input counts 0 points
        const value = round2(rand() * p.maxPoints * 1.05);
        v.set(p.code, value);
        inputs.push([uuidFrom(rand), idOf.get(code), period, p.code, value, 'демо', true, ts(base)]);
      }
      values.set(code, v);
    }
    const publish = (version, reason) => {
      const id = uuidFrom(rand);
      const [y, m] = period.split('-').map(Number);
      publications.push([id, period, methodologies[k][0], version, reason, null, ts(Date.UTC(y, m, 10, 9, version))]);
      for (const r of computeRating(def, codes, values))
        entries.push([uuidFrom(rand), id, idOf.get(r.region), r.rank, r.score, JSON.stringify(r.parameters)]);
    };
    publish(1, null);
    if (period.endsWith('-06') || period.endsWith('-11')) {
      // A re-publication after a corrected input: version 2, both stay readable.
      const code = pick(rand, codes);
      const p = def.parameters.find((x) => x.derivation === 'ENTERED');
      values.get(code).set(p.code, p.maxPoints);
      publish(2, 'демо: исправлены исходные данные');
    }
  }
  return { methodologies, inputs, returns, publications, entries };
}

/** Every monitoring row, by table (column order as in MONITORING_COLUMNS). */
export function buildMonitoring({ rand, regions, strategies, base }) {
  const actuals = buildActuals(rand, strategies, regions);
  const mszu = buildMszu(rand, regions, ts(base));
  const r = buildRatings(rand, regions, base);
  return {
    indicator_actuals: actuals,
    mszu_queues: mszu.queues,
    mszu_services: mszu.services,
    mszu_settings: mszu.settings,
    mszu_status_steps: mszu.steps,
    rating_methodologies: r.methodologies,
    rating_inputs: r.inputs,
    maturity_returns: r.returns,
    rating_publications: r.publications,
    rating_publication_entries: r.entries,
  };
}

const cols = (spec) => spec.split(' ').map((x) => x.split(':'));
export const MONITORING_COLUMNS = {
  indicator_actuals: cols(
    'id:varchar lineage_id:varchar indicator_id:varchar year:int value:float8 version:int note:text source:varchar reported_by_id:varchar reported_at:timestamp superseded_at:timestamp',
  ),
  mszu_queues: cols('id:varchar number:int opens_on:varchar due_on:varchar'),
  mszu_services: cols('id:varchar code:varchar name:varchar level:varchar queue:int epgu_id:varchar position:int'),
  mszu_settings: cols(
    'id:varchar review_required:boolean due_months_after_end:int due_day:int leader_above:int laggard_at_most:int',
  ),
  mszu_status_steps: cols(
    'id:varchar region_id:varchar service_id:varchar step:varchar effective_on:varchar seq:int reason:text superseded_by_id:varchar recorded_by_id:varchar recorded_at:timestamp',
  ),
  rating_methodologies: cols(
    'id:varchar code:varchar valid_from:varchar aggregation:varchar parameters:text description:text version:int created_at:timestamp',
  ),
  rating_inputs: cols(
    'id:varchar region_id:varchar period:varchar parameter_code:varchar value:float8 note:text demo:boolean updated_at:timestamp',
  ),
  maturity_returns: cols(
    'id:varchar region_id:varchar quarter:varchar sector:varchar value:float8 reported_on:varchar demo:boolean',
  ),
  rating_publications: cols(
    'id:varchar period:varchar methodology_id:varchar version:int reason:text published_by:varchar published_at:timestamp',
  ),
  rating_publication_entries: cols(
    'id:varchar publication_id:varchar region_id:varchar rank:int score:float8 parameters:text',
  ),
};
