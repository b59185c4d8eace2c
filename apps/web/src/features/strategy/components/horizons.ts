import type { Horizon } from '../../../gql/graphql';

/** Display order of horizons: the perspective goal first, then the steps towards it. */
export const HORIZONS_OUTER_FIRST = ['Y2030', 'Y2024', 'Y2021'] as const satisfies readonly Horizon[];

/** `Y2030` → `2030`. */
export function horizonYear(horizon: Horizon): string {
  return horizon.slice(1);
}
