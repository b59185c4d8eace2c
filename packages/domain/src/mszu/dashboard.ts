/**
 * The federal МСЗУ picture at a date: connected / total per queue, on time vs overdue against each
 * queue's due date, leaders and laggards (thresholds as data), and the national share.
 */
import type { ServiceLevel, MszuQueue } from './catalogue';
import { connectedSince, isConnected, stepAt, type StepEntry } from './steps';

export interface Thresholds {
  /** A leader has MORE than this many services connected. */
  leaderAbove: number;
  /** A laggard has AT MOST this many connected. */
  laggardAtMost: number;
}

/** The defaults from the September 2021 meeting: over 40 connected lead, a single one lags. */
export const DEFAULT_THRESHOLDS: Thresholds = { leaderAbove: 40, laggardAtMost: 1 };

export interface CatalogueService {
  id: string;
  level: ServiceLevel;
  queue: number;
}

export interface QueueCount {
  queue: number;
  connected: number;
  total: number;
  /** Connected on or before the queue's due date (and still connected at the date). */
  onTime: number;
  /** Past the due date at `date` and not connected. */
  overdue: number;
}

export interface RegionPicture {
  connected: number;
  total: number;
  queues: QueueCount[];
  /** Connected among federal-level services, and among all others (the two parts of the national share). */
  federal: { connected: number; total: number };
  regional: { connected: number; total: number };
}

export type Standing = 'LEADER' | 'LAGGARD' | 'MIDDLE';

export function standing(connected: number, t: Thresholds): Standing {
  if (connected > t.leaderAbove) return 'LEADER';
  if (connected <= t.laggardAtMost) return 'LAGGARD';
  return 'MIDDLE';
}

/** A region's picture at the end of `date`, from its step histories keyed by service id. */
export function regionPicture(
  services: readonly CatalogueService[],
  queues: readonly MszuQueue[],
  historyOf: (serviceId: string) => readonly StepEntry[],
  date: string,
): RegionPicture {
  const byQueue = new Map<number, QueueCount>(
    queues.map((q) => [q.number, { queue: q.number, connected: 0, total: 0, onTime: 0, overdue: 0 }]),
  );
  const dueOf = new Map(queues.map((q) => [q.number, q.dueOn]));
  const pic: RegionPicture = {
    connected: 0,
    total: 0,
    queues: [],
    federal: { connected: 0, total: 0 },
    regional: { connected: 0, total: 0 },
  };
  for (const s of services) {
    const history = historyOf(s.id);
    const connected = history.length > 0 && isConnected(stepAt(history, date));
    let q = byQueue.get(s.queue);
    if (!q) byQueue.set(s.queue, (q = { queue: s.queue, connected: 0, total: 0, onTime: 0, overdue: 0 }));
    const due = dueOf.get(s.queue);
    q.total += 1;
    pic.total += 1;
    const part = s.level === 'FEDERAL' ? pic.federal : pic.regional;
    part.total += 1;
    if (connected) {
      q.connected += 1;
      pic.connected += 1;
      part.connected += 1;
      const since = connectedSince(history, date);
      if (due && since && since <= due) q.onTime += 1;
    } else if (due && date > due) q.overdue += 1;
  }
  pic.queues = [...byQueue.values()].sort((a, b) => a.queue - b.queue);
  return pic;
}

/**
 * The national indicator «Доля МСЗУ, доступных в электронном виде»: Удмсу = Дф × Удфмсу + Др × Удрмсу.
 * Дф and Др are the federal and the other (regional, municipal, budget institution) shares of the catalogue;
 * Удфмсу and Удрмсу the shares of those services available electronically. What our data supports:
 * "available electronically" is taken as connected to the portal or further, pooled over all regions'
 * statuses (each region reports each service of the catalogue). The official methodology's other conditions
 * (application counts, satisfaction) are not tracked. A part with no services has a null share and weight 0.
 */
export interface NationalShare {
  federalWeight: number;
  regionalWeight: number;
  federalShare: number | null;
  regionalShare: number | null;
  /** Удмсу, 0..1; null with no services at all. */
  share: number | null;
}

export function nationalShare(pictures: readonly RegionPicture[]): NationalShare {
  const sum = (pick: (p: RegionPicture) => { connected: number; total: number }) =>
    pictures.reduce((a, p) => ({ connected: a.connected + pick(p).connected, total: a.total + pick(p).total }), {
      connected: 0,
      total: 0,
    });
  const f = sum((p) => p.federal);
  const r = sum((p) => p.regional);
  const all = f.total + r.total;
  if (all === 0) return { federalWeight: 0, regionalWeight: 0, federalShare: null, regionalShare: null, share: null };
  const federalWeight = f.total / all;
  const regionalWeight = r.total / all;
  const federalShare = f.total ? f.connected / f.total : null;
  const regionalShare = r.total ? r.connected / r.total : null;
  return {
    federalWeight,
    regionalWeight,
    federalShare,
    regionalShare,
    share: federalWeight * (federalShare ?? 0) + regionalWeight * (regionalShare ?? 0),
  };
}
