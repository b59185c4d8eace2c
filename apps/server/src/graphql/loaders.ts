import type { DataSource } from 'typeorm';
import type { LoaderOptions } from './loader-options';
import { createAuditLoaders } from '../modules/audit/audit.loaders';
import { createCommentLoaders } from '../modules/comment/comment.loaders';
import { createGoalLoaders } from '../modules/goal/goal.loaders';
import { createGostechLoaders } from '../modules/gostech/gostech.loaders';
import { createInitiativeLoaders } from '../modules/initiative/initiative.loaders';
import { createReviewLoaders } from '../modules/review/review.loaders';
import { createRegionLoaders } from '../modules/region/region.loaders';
import { createSectorLoaders } from '../modules/sector/sector.loaders';
import { createStrategyLoaders } from '../modules/strategy/strategy.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';
import { createExecutionLoaders } from '../modules/execution/execution.loaders';
import { createMszuLoaders } from '../modules/mszu/mszu.loaders';
import { createRatingLoaders } from '../modules/rating/rating.loaders';
import { createRegistryLoaders } from '../modules/registry/registry.loaders';

/** A fresh set per request (dataloader#56: shared loaders leak rows between users). */
export function createLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const loaders = {
    ...createRegionLoaders(dataSource, options),
    ...createSectorLoaders(dataSource, options),
    ...createStrategyLoaders(dataSource, options),
    ...createGoalLoaders(dataSource, options),
    ...createUserLoaders(dataSource, options),
    ...createGostechLoaders(dataSource, options),
    ...createInitiativeLoaders(dataSource, options),
    ...createReviewLoaders(dataSource, options),
    ...createAuditLoaders(dataSource, options),
    ...createCommentLoaders(dataSource, options),
    ...createMszuLoaders(dataSource, options),
    ...createRatingLoaders(dataSource, options),
    ...createRegistryLoaders(dataSource, options),
  };
  return { ...loaders, ...createExecutionLoaders(dataSource, loaders, options) };
}

export type Loaders = ReturnType<typeof createLoaders>;
