/**
 * Strategy horizons: the 2021 tasks and the perspective goals to 2024 and 2030 that every
 * regional digital transformation strategy of 2021 holds.
 */

export const HORIZONS = ['Y2021', 'Y2024', 'Y2030'] as const;
export type Horizon = (typeof HORIZONS)[number];

const HORIZON_YEAR: Readonly<Record<Horizon, number>> = { Y2021: 2021, Y2024: 2024, Y2030: 2030 };

/** Years an indicator typically carries targets for (the strategy template's columns). */
export const TARGET_YEARS = [2021, 2022, 2023, 2024, 2030] as const;
export type TargetYear = (typeof TARGET_YEARS)[number];

/**
 * Whether a value is one of the horizons.
 */
export function isHorizon(value: unknown): value is Horizon {
  return typeof value === 'string' && (HORIZONS as readonly string[]).includes(value);
}

/**
 * The calendar year a horizon aims at: `Y2024` → 2024.
 */
export function horizonYear(h: Horizon): number {
  return HORIZON_YEAR[h];
}

/**
 * The horizon of a calendar year, or undefined when the year is not a horizon (2022 is not).
 */
export function horizonFromYear(year: number): Horizon | undefined {
  return HORIZONS.find((h) => HORIZON_YEAR[h] === year);
}

/**
 * Whether horizon `a` is strictly before horizon `b` (a child goal must aim earlier than its parent).
 */
export function isEarlierHorizon(a: Horizon, b: Horizon): boolean {
  return HORIZON_YEAR[a] < HORIZON_YEAR[b];
}

/**
 * The TARGET_YEARS up to and including the horizon's year: `Y2024` → [2021, 2022, 2023, 2024].
 */
export function yearsUpToHorizon(h: Horizon): TargetYear[] {
  return TARGET_YEARS.filter((y) => y <= HORIZON_YEAR[h]);
}
