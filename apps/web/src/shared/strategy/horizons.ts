/** Display order of horizons: the perspective goal first, then the steps towards it (2030 → 2024 → 2021). */
export { HORIZONS_OUTER_FIRST } from '@tsifra/domain/strategy/goal-tree';

export { horizonYear } from '@tsifra/domain/horizons';
