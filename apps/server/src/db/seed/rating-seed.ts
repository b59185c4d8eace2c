/**
 * Demo ratings and registry (issue 14). Deterministic (a seeded PRNG). The inputs are INVENTED (demo = true)
 * and shaped so that the computed ratings reproduce the published facts: RU-TUL, RU-KHM, RU-YAN on 1–3 in
 * 2021-09..11, RU-YEV, RU-CHU, RU-TY on 83–85 in 2021-11, RU-LIP 22.4, RU-KHM 22, RU-CHE 21.5 on 1–3 in
 * 2022-07 (the first month of the seven-parameter method). Ranks are never stored here: every month is
 * published through the same `publishMonth` the API uses. Real РЦТ names from domain.md; others are demo.
 */

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RATING_2021, RATING_2022 } from '@tsifra/domain/rating/demo-methodologies';
import { MATURITY_KEY_SECTORS } from '@tsifra/domain/rating/maturity';
import type { MethodologyDef } from '@tsifra/domain/rating/methodology';
import {
  formatPeriod,
  monthPeriod,
  nextPeriod,
  parsePeriodOf,
  periodRange,
  quarterPeriod,
} from '@tsifra/domain/period';
import type { RegionEntity } from '../../modules/region/region.entity';
import { MaturityReturnEntity, RatingInputEntity, RatingMethodologyEntity } from '../../modules/rating/rating.entity';
import { publishMonth } from '../../modules/rating/rating.service';
import { maturityQuarterFor } from '../../modules/rating/rating-compute';
import { ControlCentreEntity, DigitalHeadEntity, FederalBodyEntity } from '../../modules/registry/registry.entity';
import { insertInChunks } from '../insert-in-chunks';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Fixed totals (demo): leaders and laggards of 2021, leaders of the 2022 method. */
const FIXED_2021: Record<string, number> = {
  'RU-TUL': 27.5,
  'RU-KHM': 27,
  'RU-YAN': 26.5,
  'RU-YEV': 6,
  'RU-CHU': 5.5,
  'RU-TY': 5,
};
const FIXED_2022: Record<string, number> = { 'RU-LIP': 22.4, 'RU-KHM': 22, 'RU-CHE': 21.5 };
const FIXED_MATURITY_2022: Record<string, number> = { 'RU-LIP': 8, 'RU-KHM': 7.5, 'RU-CHE': 7 };

/** Splits a total over parameters in proportion to their maxima; the rounding rest goes to `restTo`. */
function split(params: MethodologyDef['parameters'], total: number, restTo: string): Map<string, number> {
  const max = params.reduce((s, p) => s + p.maxPoints, 0);
  const out = new Map(params.map((p) => [p.code, r2((p.maxPoints * total) / max)]));
  const sum = [...out.values()].reduce((s, v) => s + v, 0);
  out.set(restTo, r2(out.get(restTo)! + total - sum));
  return out;
}

export const DEMO_RATING_MONTHS = periodRange(monthPeriod(2021, 3), monthPeriod(2022, 12)).map(formatPeriod);

export async function seedRatingDemo(m: EntityManager, regionByCode: Map<string, RegionEntity>): Promise<void> {
  const rand = mulberry32(20211130);
  const created = new Date('2021-03-01T00:00:00Z');
  const meth = [RATING_2021, RATING_2022].map((d) => ({
    id: randomUUID(),
    code: d.code,
    validFrom: d.validFrom,
    aggregation: d.aggregation,
    parameters: JSON.stringify(d.parameters),
    description:
      d === RATING_2021
        ? 'Пять параметров (состав в источниках не раскрыт; демо-реконструкция).'
        : 'С середины 2022 года: семь параметров, сумма баллов, максимум 31 («для более объективной картины»).',
    version: 1,
    createdAt: created,
  }));
  await m.getRepository(RatingMethodologyEntity).insert(meth);

  const codes = [...regionByCode.keys()].sort();
  const inputs: RatingInputEntity[] = [];
  const returns: MaturityReturnEntity[] = [];
  // Maturity returns for every quarter 2021-Q1..2022-Q4; the quarters the 2022 method reads hold one value per region.
  const maturityPoints = new Map<string, number>();
  for (const q of periodRange(quarterPeriod(2021, 1), quarterPeriod(2022, 4)).map(formatPeriod)) {
    const due = formatPeriod(nextPeriod(parsePeriodOf('QUARTER', q)!));
    const reportedOn = `${due.slice(0, 4)}-${String((Number(due.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-0${1 + Math.floor(rand() * 8)}`;
    for (const code of codes) {
      const even = q === '2022-Q2' || q === '2022-Q3';
      const points = FIXED_MATURITY_2022[code] ?? r1(2 + rand() * 5);
      if (even) maturityPoints.set(`${code}|${q}`, points);
      for (const sector of MATURITY_KEY_SECTORS) {
        const value = even ? points * 10 : r1(20 + rand() * 70);
        returns.push({
          id: randomUUID(),
          regionId: regionByCode.get(code)!.id,
          quarter: q,
          sector,
          value,
          reportedOn,
          demo: true,
        });
      }
    }
  }
  const now = new Date('2023-01-15T00:00:00Z');
  for (const period of DEMO_RATING_MONTHS) {
    const is2022 = period >= RATING_2022.validFrom;
    for (const code of codes) {
      const regionId = regionByCode.get(code)!.id;
      let values: Map<string, number>;
      if (!is2022) {
        const total = FIXED_2021[code] ?? r1(8 + rand() * 17);
        values = split(RATING_2021.parameters, total, 'MSZU');
      } else {
        const m2022 = maturityPoints.get(`${code}|${maturityQuarterFor(period)}`)!;
        const total = FIXED_2022[code] ?? r1(Math.max(8, m2022 + 1) + rand() * (21 - Math.max(8, m2022 + 1)));
        values = split(
          RATING_2022.parameters.filter((p) => p.derivation === 'ENTERED'),
          r2(total - m2022),
          'POS',
        );
      }
      for (const [parameterCode, value] of values)
        inputs.push({
          id: randomUUID(),
          regionId,
          period,
          parameterCode,
          value,
          note: 'демо',
          demo: true,
          updatedAt: now,
        });
    }
  }
  await insertInChunks(m, RatingInputEntity, inputs);
  await insertInChunks(m, MaturityReturnEntity, returns);
  for (const period of DEMO_RATING_MONTHS) {
    const next = formatPeriod(nextPeriod(parsePeriodOf('MONTH', period)!));
    await publishMonth(m, null, period, null, new Date(`${next}-10T09:00:00Z`));
  }
  await seedRegistryDemo(m, regionByCode, rand);
}

const REAL_HEADS: Record<string, { name: string; position: string; appointedOn: string }> = {
  'RU-NVS': { name: 'Юрий Петухов', position: 'первый заместитель губернатора', appointedOn: '2020-11-02' },
  'RU-CHE': { name: 'Виктор Мамин', position: 'первый вице-губернатор', appointedOn: '2020-11-10' },
  'RU-KDA': { name: 'Александр Руппель', position: 'вице-губернатор', appointedOn: '2020-11-05' },
  'RU-TUL': {
    name: 'Ярослав Раков',
    position: 'министр по информатизации, связи и вопросам открытого управления',
    appointedOn: '2020-10-30',
  },
  'RU-KHM': { name: 'Алексей Забозлаев', position: 'заместитель губернатора', appointedOn: '2020-11-06' },
};
const FIRST_CENTRES = ['RU-KLU', 'RU-MUR', 'RU-NIZ', 'RU-ULY', 'RU-BA', 'RU-TA'];
/** Demo: the two regions "in the risk zone" on 18.11.2020 (the sources do not name them) and one late opening. */
export const DEMO_RISK_ZONE = ['RU-IN', 'RU-CE'];
const LATE_CENTRE = 'RU-DA';
const PLATFORMS = ['Инцидент Менеджмент', 'ПОС «Госуслуги. Решаем вместе»'];

async function seedRegistryDemo(
  m: EntityManager,
  regionByCode: Map<string, RegionEntity>,
  rand: () => number,
): Promise<void> {
  const heads: DigitalHeadEntity[] = [];
  const centres: ControlCentreEntity[] = [];
  const autumnDay = () => `2020-${rand() < 0.5 ? '10' : '11'}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  for (const [code, region] of [...regionByCode].sort(([a], [b]) => a.localeCompare(b))) {
    const real = REAL_HEADS[code];
    heads.push({
      id: randomUUID(),
      regionId: region.id,
      federalBodyId: null,
      name: real?.name ?? `РЦТ ${region.name} (демо)`,
      position: real?.position ?? 'заместитель высшего должностного лица (демо)',
      appointedOn: real?.appointedOn ?? autumnDay(),
      until: code === 'RU-TUL' ? '2022-10-01' : null,
      act: real ? null : 'распоряжение (демо)',
    });
    if (code === 'RU-TUL')
      heads.push({
        id: randomUUID(),
        regionId: region.id,
        federalBodyId: null,
        name: 'Ярослав Раков',
        position: 'заместитель председателя правительства Тульской области',
        appointedOn: '2022-10-01',
        until: null,
        act: null,
      });
    const risk = DEMO_RISK_ZONE.includes(code);
    const openedOn = FIRST_CENTRES.includes(code)
      ? '2020-08-27'
      : code === 'RU-AST'
        ? '2020-11-25'
        : code === LATE_CENTRE
          ? '2020-12-15'
          : risk
            ? null
            : `2020-${rand() < 0.5 ? '09' : '10'}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    centres.push({
      id: randomUUID(),
      regionId: region.id,
      status: risk ? 'RISK_ZONE' : 'OPERATING',
      statusSince: risk ? '2020-11-18' : openedOn,
      openedOn,
      act: 'постановление о создании ЦУР (демо)',
      platforms: JSON.stringify(PLATFORMS),
      version: 1,
    });
  }
  await insertInChunks(m, DigitalHeadEntity, heads);
  await insertInChunks(m, ControlCentreEntity, centres);
  const bodies = [
    ['RKN', 'Роскомнадзор', 'Roskomnadzor'],
    ['RTN', 'Ростехнадзор', 'Rostekhnadzor'],
    ['MINPROMTORG', 'Минпромторг России', 'Ministry of Industry and Trade'],
    ['ROSPATENT', 'Роспатент', 'Rospatent'],
    ['MINSELKHOZ', 'Минсельхоз России', 'Ministry of Agriculture'],
    ['FNS', 'ФНС России', 'Federal Tax Service'],
    ['MCHS', 'МЧС России', 'Ministry of Emergency Situations'],
  ].map(([code, name, nameEn]) => ({ id: randomUUID(), code: code!, name: name!, nameEn: nameEn! }));
  await m.getRepository(FederalBodyEntity).insert(bodies);
  await insertInChunks(
    m,
    DigitalHeadEntity,
    bodies.map((b) => ({
      id: randomUUID(),
      regionId: null,
      federalBodyId: b.id,
      name: `CDTO ${b.name} (демо)`,
      position: 'заместитель руководителя (демо)',
      appointedOn: '2020-02-14',
      until: null,
      act: null,
    })),
  );
}
