/**
 * DEMO МСЗУ statuses, August 2021 – December 2022, generated deterministically (seeded PRNG, fixed dates).
 * Only dated step histories are stored; every figure on the dashboard is derived from them. The targets below
 * shape the histories so that, at the end of September 2021, the six leaders named at the federal meeting have
 * more than 40 services connected and the six weakest exactly one; most regions catch up through 2022.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, daysBetween } from '@tsifra/domain/period';
import { DEFAULT_SETTINGS } from '../../modules/mszu/mszu-read';
import {
  MszuQueueEntity,
  MszuReportEntity,
  MszuServiceEntity,
  MszuSettingsEntity,
  MszuStatusStepEntity,
} from '../../modules/mszu/mszu.entities';
import type { RegionEntity } from '../../modules/region/region.entity';
import { DEMO_QUEUES, DEMO_SERVICES } from './mszu-catalogue';
import { insertInChunks } from '../insert-in-chunks';

export const DEMO_MSZU_LEADERS = ['RU-NEN', 'RU-KC', 'RU-MUR', 'RU-ME', 'RU-SMO', 'RU-KLU'];
export const DEMO_MSZU_LAGGARDS = ['RU-ARK', 'RU-IRK', 'RU-MAG', 'RU-AL', 'RU-KR', 'RU-SE'];

const START = '2021-08-02';
const SEPT_END = '2021-09-30';
const LAST = '2022-12-28';

/** mulberry32: a small seeded PRNG, so the demo is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rand: () => number, from: string, to: string) =>
  addDays(from, Math.floor(rand() * (daysBetween(from, to) + 1)));
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

function shuffled<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Step {
  serviceIndex: number;
  step: string;
  on: string;
  reason?: string;
}

/** One region's histories: `bySeptember` services connected by the end of 2021-09, `finalShare` of the rest by 2022-12. */
export function regionHistory(
  rand: () => number,
  bySeptember: number,
  finalShare: number,
  withCorrection: boolean,
): Step[] {
  const count = DEMO_SERVICES.length;
  const order = [1, 2, 3].flatMap((q) =>
    shuffled(
      rand,
      DEMO_SERVICES.map((s, i) => ({ s, i }))
        .filter((x) => x.s.queue === q)
        .map((x) => x.i),
    ),
  );
  const catchUp = Math.round((count - bySeptember) * finalShare);
  const steps: Step[] = [];
  order.forEach((serviceIndex, k) => {
    let connectedOn: string | undefined;
    if (k < bySeptember) connectedOn = between(rand, '2021-08-09', SEPT_END);
    else if (k < bySeptember + catchUp) {
      const t = Math.pow((k - bySeptember + rand()) / Math.max(catchUp, 1), 0.9);
      connectedOn = minDate(addDays('2021-10-01', Math.floor(t * daysBetween('2021-10-01', '2022-12-15'))), LAST);
    }
    if (connectedOn) {
      const formOn = maxDate(START, addDays(connectedOn, -(3 + Math.floor(rand() * 25))));
      // Connected by September means the form was ready before it too, within September at the latest.
      steps.push(
        { serviceIndex, step: 'FORM_READY', on: formOn < connectedOn ? formOn : connectedOn },
        { serviceIndex, step: 'CONNECTED', on: connectedOn },
      );
      const operating = addDays(connectedOn, 20 + Math.floor(rand() * 70));
      if (rand() < 0.8 && operating <= LAST) steps.push({ serviceIndex, step: 'IN_OPERATION', on: operating });
    } else if (rand() < 0.5) {
      steps.push({
        serviceIndex,
        step: 'FORM_READY',
        on: k < bySeptember + 6 ? between(rand, START, SEPT_END) : between(rand, '2021-10-01', LAST),
      });
    }
  });
  if (withCorrection) {
    // A demo step back with its reason, in 2022 (after the September picture): the form was withdrawn and fixed.
    const first = steps.find((s) => s.step === 'CONNECTED' && s.on < '2022-03-01');
    if (first) {
      steps.push({
        serviceIndex: first.serviceIndex,
        step: 'FORM_READY',
        on: '2022-03-10',
        reason: 'Форма отключена на портале для доработки (демо)',
      });
      steps.push({ serviceIndex: first.serviceIndex, step: 'CONNECTED', on: '2022-04-04' });
    }
  }
  return steps;
}

/** Seeds queues, the demo catalogue, settings, every region's step histories and monthly reports. */
export async function seedMszuDemo(m: EntityManager, regions: readonly RegionEntity[]): Promise<void> {
  await m.getRepository(MszuQueueEntity).insert(DEMO_QUEUES.map((q) => ({ id: randomUUID(), ...q })));
  const services: MszuServiceEntity[] = DEMO_SERVICES.map((s, position) => ({ id: randomUUID(), ...s, position }));
  await m.getRepository(MszuServiceEntity).insert(services);
  await m.getRepository(MszuSettingsEntity).insert({ id: 'default', ...DEFAULT_SETTINGS });
  const rand = prng(20210930);
  const steps: MszuStatusStepEntity[] = [];
  const reports: MszuReportEntity[] = [];
  const sorted = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  sorted.forEach((region, r) => {
    const leader = DEMO_MSZU_LEADERS.includes(region.code);
    const laggard = DEMO_MSZU_LAGGARDS.includes(region.code);
    const bySeptember = leader ? 41 + Math.floor(rand() * 8) : laggard ? 1 : 3 + Math.floor(rand() * 33);
    const finalShare = laggard ? 0.55 + rand() * 0.3 : rand() < 0.15 ? 0.6 + rand() * 0.25 : 0.93 + rand() * 0.07;
    const seqOf = new Map<number, number>();
    for (const s of regionHistory(rand, bySeptember, finalShare, r % 17 === 5)) {
      const seq = (seqOf.get(s.serviceIndex) ?? 0) + 1;
      seqOf.set(s.serviceIndex, seq);
      const recordedAt = new Date(`${addDays(s.on, 1 + Math.floor(rand() * 4))}T10:00:00Z`);
      steps.push({
        id: randomUUID(),
        regionId: region.id,
        serviceId: services[s.serviceIndex]!.id,
        step: s.step,
        effectiveOn: s.on,
        seq,
        reason: s.reason ?? null,
        supersededById: null,
        recordedById: null,
        recordedAt,
      });
    }
    // Monthly reports 2021-08 … 2022-11, most on time (the 5th of the next month), some a few days late.
    for (let month = 0; month < 16; month += 1) {
      const y = 2021 + Math.floor((7 + month) / 12);
      const mo = ((7 + month) % 12) + 1;
      const period = `${y}-${String(mo).padStart(2, '0')}`;
      const next = `${mo === 12 ? y + 1 : y}-${String((mo % 12) + 1).padStart(2, '0')}-05`;
      const late = rand() < (laggard ? 0.4 : 0.1);
      reports.push({
        id: randomUUID(),
        regionId: region.id,
        period,
        reportedById: null,
        reportedAt: new Date(`${addDays(next, late ? 1 + Math.floor(rand() * 9) : -Math.floor(rand() * 4))}T12:00:00Z`),
      });
    }
  });
  await insertInChunks(m, MszuStatusStepEntity, steps, 400);
  await insertInChunks(m, MszuReportEntity, reports, 400);
}
