import { randomUUID } from 'node:crypto';
import { planFor } from '@tsifra/domain/execution/progress';
import type { IndicatorActualEntity } from '../../modules/execution/indicator-actual.entity';
import type { IndicatorEntity } from '../../modules/goal/indicator.entity';

/**
 * Demo actuals (invented, labelled demo) for approved strategies, 2021–2023. Deterministic: a seeded PRNG per
 * region. Each region has a profile — the share of the planned increment it reaches — so the federal view
 * shows every status: RU-TUL mostly on plan, RU-KHM mixed, RU-YAN falling behind. Statuses are then
 * computed from these inputs, never stored.
 */
const PROFILES: Record<string, { low: number; high: number }> = {
  'RU-TUL': { low: 0.92, high: 1.1 },
  'RU-KHM': { low: 0.78, high: 1.04 },
  'RU-YAN': { low: 0.45, high: 0.8 },
};
const DEFAULT_PROFILE = { low: 0.7, high: 1.05 };

/** KhMAO's real broadband plan (84.9 in 2020 → 86.6, 88.2, 90.2, 92.5); these actuals are invented. */
export const KHMAO_BROADBAND_DEMO_ACTUALS: Record<number, number> = { 2021: 86.9, 2022: 88.0, 2023: 89.4 };

/** When each year's actual was reported: on time for 2021 and 2022, a week late for 2023 (demo). */
const REPORTED_AT: Record<number, string> = {
  2021: '2022-01-25T09:00:00Z',
  2022: '2023-01-27T09:00:00Z',
  2023: '2024-02-08T09:00:00Z',
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedOf = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** The demo actuals of one approved strategy's indicators. */
export function demoActuals(
  regionCode: string,
  indicators: readonly IndicatorEntity[],
  targetsOf: (id: string) => { year: number; value: number }[],
): IndicatorActualEntity[] {
  const rand = mulberry32(seedOf(regionCode));
  const profile = PROFILES[regionCode] ?? DEFAULT_PROFILE;
  const out: IndicatorActualEntity[] = [];
  for (const ind of indicators) {
    const facts = {
      direction: ind.direction as 'INCREASE' | 'DECREASE' | null,
      baselineYear: ind.baselineYear,
      baselineValue: ind.baselineValue,
      targets: targetsOf(ind.id),
    };
    for (const year of [2021, 2022, 2023]) {
      const plan = planFor(facts, year);
      const share = profile.low + (profile.high - profile.low) * rand();
      if (plan === undefined) continue;
      let value =
        ind.name === 'Доля домохозяйств с широкополосным доступом к интернету' && regionCode === 'RU-KHM'
          ? KHMAO_BROADBAND_DEMO_ACTUALS[year]!
          : ind.baselineValue + (plan - ind.baselineValue) * share;
      if (ind.unit === '%') value = Math.min(100, Math.max(0, value));
      out.push({
        id: randomUUID(),
        lineageId: ind.id,
        indicatorId: ind.id,
        year,
        value: Math.round(value * 10) / 10,
        version: 1,
        note: 'демо-данные',
        source: 'демо-данные (вымышленные значения)',
        reportedById: null,
        reportedAt: new Date(REPORTED_AT[year]!),
        supersededAt: null,
      });
    }
  }
  return out;
}
