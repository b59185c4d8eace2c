import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import type { MszuQueue, ServiceLevel } from '@tsifra/domain/mszu/catalogue';
import {
  nationalShare,
  regionPicture,
  standing,
  DEFAULT_THRESHOLDS,
  type CatalogueService,
  type RegionPicture,
  type Thresholds,
} from '@tsifra/domain/mszu/dashboard';
import type { MszuStep, StepEntry } from '@tsifra/domain/mszu/steps';
import { formatPeriod, parsePeriodOf, periodEnd, periodRange, type Period } from '@tsifra/domain/period';
import { DEFAULT_DUE_RULES, type DueRule } from '@tsifra/domain/reporting-calendar';
import { mapGroups } from '../../db/batch';
import { MszuQueueEntity, MszuServiceEntity, MszuSettingsEntity } from './mszu.entities';
import type { MszuRegionMonthType } from './mszu.type';

/**
 * The reads behind the dashboard, the dynamics and a region's tab: a constant number of statements
 * (catalogue, queues, settings, then every step up to a date as plain rows), the picture computed in the domain.
 */

export interface Catalogue {
  services: MszuServiceEntity[];
  queues: MszuQueue[];
  settings: Omit<MszuSettingsEntity, 'id'>;
}

export const DEFAULT_SETTINGS: Omit<MszuSettingsEntity, 'id'> = {
  reviewRequired: false,
  dueMonthsAfterEnd: DEFAULT_DUE_RULES.mszu.monthsAfterEnd,
  dueDay: DEFAULT_DUE_RULES.mszu.day,
  leaderAbove: DEFAULT_THRESHOLDS.leaderAbove,
  laggardAtMost: DEFAULT_THRESHOLDS.laggardAtMost,
};

export const thresholdsOf = (s: Catalogue['settings']): Thresholds => ({
  leaderAbove: s.leaderAbove,
  laggardAtMost: s.laggardAtMost,
});
export const dueRuleOf = (s: Catalogue['settings']): DueRule => ({
  monthsAfterEnd: s.dueMonthsAfterEnd,
  day: s.dueDay,
});

export async function loadCatalogue(m: DataSource | EntityManager): Promise<Catalogue> {
  const services = await m.getRepository(MszuServiceEntity).find({ order: { position: 'ASC', code: 'ASC' } });
  const queues = (await m.getRepository(MszuQueueEntity).find({ order: { number: 'ASC' } })).map((q) => ({
    number: q.number,
    opensOn: q.opensOn,
    dueOn: q.dueOn,
  }));
  const row = await m.getRepository(MszuSettingsEntity).findOneBy({ id: 'default' });
  const { id: _id, ...settings } = row ?? { id: '', ...DEFAULT_SETTINGS };
  return { services, queues, settings };
}

/** A month argument: "YYYY-MM", else BAD_USER_INPUT on `field`. */
export function monthArg(text: string, field = 'period'): Period {
  const p = parsePeriodOf('MONTH', text.trim());
  if (!p)
    throw new DomainError('BAD_USER_INPUT', `"${text}" is not a month (YYYY-MM).`, field, [
      { field, rule: 'mszu_not_a_month', message: 'Not a month (YYYY-MM).' },
    ]);
  return p;
}

export interface StepRow {
  regionId: string;
  serviceId: string;
  step: MszuStep;
  on: string;
  seq: number;
}

/** Every entry in force (not superseded) dated on or before `until`, optionally of some regions: one statement (plain rows). */
export async function loadStepRows(
  m: DataSource | EntityManager,
  until: string,
  regionIds?: readonly string[],
): Promise<StepRow[]> {
  if (regionIds && regionIds.length === 0) return [];
  const q = m
    .createQueryBuilder()
    .select([
      's.region_id AS "regionId"',
      's.service_id AS "serviceId"',
      's.step AS "step"',
      's.effective_on AS "on"',
      's.seq AS "seq"',
    ])
    .from('mszu_status_steps', 's')
    .where('s.superseded_by_id IS NULL')
    .andWhere('s.effective_on <= :until', { until });
  if (regionIds) q.andWhere('s.region_id IN (:...regionIds)', { regionIds: [...regionIds] });
  const rows = await q.getRawMany<StepRow>();
  for (const r of rows) r.seq = Number(r.seq);
  return rows;
}

/** Histories keyed by region, then service. */
export function historiesOf(rows: readonly StepRow[]): Map<string, Map<string, StepEntry[]>> {
  const out = new Map<string, Map<string, StepEntry[]>>();
  for (const [regionId, list] of mapGroups(rows, (r) => r.regionId)) {
    out.set(
      regionId,
      new Map(
        [...mapGroups(list, (r) => r.serviceId)].map(([serviceId, l]) => [
          serviceId,
          l.map((r) => ({ step: r.step, on: r.on, seq: r.seq })),
        ]),
      ),
    );
  }
  return out;
}

const catalogueServices = (c: Catalogue): CatalogueService[] =>
  c.services.map((s) => ({ id: s.id, level: s.level as ServiceLevel, queue: s.queue }));

export function picturesAt(
  c: Catalogue,
  histories: Map<string, Map<string, StepEntry[]>>,
  regionIds: readonly string[],
  date: string,
): Map<string, RegionPicture> {
  const services = catalogueServices(c);
  return new Map(
    regionIds.map((id) => {
      const h = histories.get(id);
      return [id, regionPicture(services, c.queues, (sid) => h?.get(sid) ?? [], date)];
    }),
  );
}

export function regionMonth(
  c: Catalogue,
  regionId: string,
  period: Period,
  pic: RegionPicture,
): Omit<MszuRegionMonthType, 'region'> {
  return {
    regionId,
    period: formatPeriod(period),
    connected: pic.connected,
    total: pic.total,
    queues: pic.queues,
    standing: standing(pic.connected, thresholdsOf(c.settings)),
    share: pic.total ? pic.connected / pic.total : 0,
  };
}

export function nationalOf(c: Catalogue, period: Period, pics: readonly RegionPicture[]) {
  const n = nationalShare(pics);
  const t = thresholdsOf(c.settings);
  return {
    period: formatPeriod(period),
    ...n,
    connected: pics.reduce((a, p) => a + p.connected, 0),
    total: pics.reduce((a, p) => a + p.total, 0),
    leaders: pics.filter((p) => standing(p.connected, t) === 'LEADER').length,
    laggards: pics.filter((p) => standing(p.connected, t) === 'LAGGARD').length,
  };
}

/** The dynamics: every month from `from` to `to` from one read of the steps. */
export function dynamics(
  c: Catalogue,
  rows: readonly StepRow[],
  regionIds: readonly string[],
  from: Period,
  to: Period,
  national: boolean,
) {
  const histories = historiesOf(rows);
  return periodRange(from, to).map((p) => {
    const pics = [...picturesAt(c, histories, regionIds, periodEnd(p)).values()];
    const n = nationalOf(c, p, pics);
    return {
      period: n.period,
      connected: n.connected,
      total: n.total,
      share: national ? n.share : n.total ? n.connected / n.total : null,
    };
  });
}
