/**
 * The digital maturity index of a region for a quarter: a weighted mean of the five key sectors'
 * values (0–100). The official weights (Приказ Минцифры № 600) are not public in any source we
 * found, so these are DEMO weights, versioned like a rating methodology.
 * A sector without a return counts 0 and is flagged in `missing`.
 */

import { roundPoints } from './methodology';

export const MATURITY_KEY_SECTORS = [
  'education',
  'healthcare',
  'public_administration',
  'transport',
  'urban_environment',
] as const;
export type MaturityKeySector = (typeof MATURITY_KEY_SECTORS)[number];

export interface MaturityMethodologyDef {
  code: string;
  /** A quarter, `2021-Q1`. */
  validFrom: string;
  weights: Record<MaturityKeySector, number>;
}

/** Demo weights, not the official ones. They sum to 1. */
export const DEMO_MATURITY_METHODOLOGY: MaturityMethodologyDef = {
  code: 'MATURITY-DEMO-2021',
  validFrom: '2021-Q1',
  weights: { education: 0.25, healthcare: 0.25, public_administration: 0.2, transport: 0.15, urban_environment: 0.15 },
};

export interface MaturityResult {
  index: number;
  components: { sector: MaturityKeySector; value: number | null; weight: number; contribution: number }[];
  missing: MaturityKeySector[];
}

export function isMaturityKeySector(value: string): value is MaturityKeySector {
  return (MATURITY_KEY_SECTORS as readonly string[]).includes(value);
}

export function maturityIndex(
  m: MaturityMethodologyDef,
  values: Partial<Record<MaturityKeySector, number>>,
): MaturityResult {
  const components = MATURITY_KEY_SECTORS.map((sector) => {
    const v = values[sector];
    const value = v === undefined || !Number.isFinite(v) ? null : Math.min(Math.max(v, 0), 100);
    return { sector, value, weight: m.weights[sector], contribution: roundPoints((value ?? 0) * m.weights[sector]) };
  });
  const index = roundPoints(components.reduce((s, c) => s + (c.value ?? 0) * c.weight, 0));
  return { index, components, missing: components.filter((c) => c.value === null).map((c) => c.sector) };
}

export function maturityFormula(m: MaturityMethodologyDef): string {
  return `index = ${MATURITY_KEY_SECTORS.map((s) => `${m.weights[s]}×${s}`).join(' + ')}`;
}
