import type { DataSource } from 'typeorm';
import { createGoalLoaders } from '../modules/goal/goal.loaders';
import { createGostechLoaders } from '../modules/gostech/gostech.loaders';
import { createRegionLoaders } from '../modules/region/region.loaders';
import { createSectorLoaders } from '../modules/sector/sector.loaders';
import { createStrategyLoaders } from '../modules/strategy/strategy.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';

/** A fresh set per request (dataloader#56: shared loaders leak rows between users). */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createRegionLoaders(dataSource),
    ...createSectorLoaders(dataSource),
    ...createStrategyLoaders(dataSource),
    ...createGoalLoaders(dataSource),
    ...createUserLoaders(dataSource),
    ...createGostechLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
