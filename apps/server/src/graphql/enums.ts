import { registerEnumType } from 'type-graphql';
import { HORIZONS } from '@tsifra/domain/horizons';
import { ROLES } from '@tsifra/domain/roles';
import { INDICATOR_DIRECTIONS } from '@tsifra/domain/strategy/indicators';
import { STRATEGY_STATUSES } from '@tsifra/domain/strategy/workflow';

/** The domain keeps string-literal unions; GraphQL needs enum objects with the same values. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HorizonEnum = enumOf(HORIZONS);
export const StrategyStatusEnum = enumOf(STRATEGY_STATUSES);
export const RoleEnum = enumOf(ROLES);
export const IndicatorDirectionEnum = enumOf(INDICATOR_DIRECTIONS);

registerEnumType(HorizonEnum, {
  name: 'Horizon',
  description: 'The year a goal aims at: 2021 tasks, 2024 and 2030 goals.',
  valuesConfig: {
    Y2021: { description: '2021: a task (задача), the nearest step under a 2024 goal.' },
    Y2024: { description: '2024: an intermediate goal (цель 2024) under a 2030 goal.' },
    Y2030: { description: '2030: a strategic goal (цель 2030), the top of the tree.' },
  },
});
registerEnumType(StrategyStatusEnum, {
  name: 'StrategyStatus',
  description: 'Where a strategy (or GosTech plan) is in the review workflow.',
  valuesConfig: {
    DRAFT: {
      description: 'Being written by the region (черновик); content visible to the region and federal staff only.',
    },
    SUBMITTED: { description: 'Submitted for federal review (на проверке); frozen as a numbered revision.' },
    CHANGES_REQUESTED: {
      description: 'Returned to the region with remarks (возвращена на доработку); editable again.',
    },
    APPROVED: { description: 'Approved (утверждена): final, and its content is public.' },
  },
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    REGIONAL_EDITOR: {
      description: 'A region’s editor (редактор региона): writes and submits that region’s strategy and plan.',
    },
    FEDERAL_REVIEWER: {
      description: 'A federal reviewer (эксперт Минцифры): reads every region, returns or approves submissions.',
    },
    ADMIN: { description: 'An administrator: manages users and may do everything.' },
  },
});
registerEnumType(IndicatorDirectionEnum, {
  name: 'IndicatorDirection',
  description: 'Whether an indicator should grow or fall from its baseline.',
  valuesConfig: {
    INCREASE: { description: 'Higher is better: no target may fall below the baseline.' },
    DECREASE: { description: 'Lower is better: no target may rise above the baseline.' },
  },
});
