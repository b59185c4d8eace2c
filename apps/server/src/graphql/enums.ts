import { registerEnumType } from 'type-graphql';
import { HORIZONS } from '@tsifra/domain/horizons';
import { ROLES } from '@tsifra/domain/roles';
import { INDICATOR_DIRECTIONS } from '@tsifra/domain/strategy/indicators';
import { STRATEGY_STATUSES } from '@tsifra/domain/strategy/workflow';

/** The domain keeps string-literal unions; GraphQL needs enum objects with the same values. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HorizonEnum = enumOf(HORIZONS);
export const StrategyStatusEnum = enumOf(STRATEGY_STATUSES);
export const RoleEnum = enumOf(ROLES);
export const IndicatorDirectionEnum = enumOf(INDICATOR_DIRECTIONS);

registerEnumType(HorizonEnum, { name: 'Horizon', description: 'The year a goal aims at: 2021 tasks, 2024 and 2030 goals.' });
registerEnumType(StrategyStatusEnum, { name: 'StrategyStatus', description: 'Where a strategy (or GosTech plan) is in the review workflow.' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(IndicatorDirectionEnum, { name: 'IndicatorDirection', description: 'Whether an indicator should grow or fall from its baseline.' });
