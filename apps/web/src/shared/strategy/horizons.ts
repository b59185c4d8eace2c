import { HORIZONS, isEarlierHorizon, type Horizon } from '@tsifra/domain/horizons';

/** Display order of horizons: the perspective goal first, then the steps towards it (2030 → 2024 → 2021). */
export const HORIZONS_OUTER_FIRST: readonly Horizon[] = [...HORIZONS].sort((a, b) =>
  isEarlierHorizon(a, b) ? 1 : isEarlierHorizon(b, a) ? -1 : 0,
);

export { horizonYear } from '@tsifra/domain/horizons';
