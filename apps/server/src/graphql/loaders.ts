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

/** Each feature's loader set; the execution set batches through the goal loaders of the same request. */
const FACTORIES = [
  createRegionLoaders,
  createSectorLoaders,
  createStrategyLoaders,
  createGoalLoaders,
  createUserLoaders,
  createGostechLoaders,
  createInitiativeLoaders,
  createReviewLoaders,
  createAuditLoaders,
  createCommentLoaders,
  createMszuLoaders,
  createRatingLoaders,
  createRegistryLoaders,
  (dataSource: DataSource, options: LoaderOptions, all: Parameters<typeof createExecutionLoaders>[1]) =>
    createExecutionLoaders(dataSource, all, options),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<ReturnType<(typeof FACTORIES)[number]>>;

/** Per (data source, options): a prototype whose getters create a feature's loader set on its first use. */
const prototypes = new WeakMap<DataSource, Map<string, object>>();

function prototypeFor(dataSource: DataSource, options: LoaderOptions): object {
  let byOptions = prototypes.get(dataSource);
  if (!byOptions) prototypes.set(dataSource, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let proto = byOptions.get(key);
  if (proto) return proto;
  proto = {};
  FACTORIES.forEach((factory, i) => {
    // The keys of a set, learnt once by building it (building a DataLoader queries nothing).
    const keys = Object.keys(factory(dataSource, options, {} as never));
    for (const name of keys)
      Object.defineProperty(proto, name, {
        get(this: { sets: Record<string, unknown>[] }) {
          const set = (this.sets[i] ??= factory(dataSource, options, this as never) as Record<string, unknown>);
          return set[name];
        },
      });
  });
  byOptions.set(key, proto);
  return proto;
}

/**
 * A fresh set per request (dataloader#56: shared loaders leak rows between users). A request uses a few of the
 * ~80 loaders, so each feature's set is built when the request first reaches for one of its loaders.
 */
export function createLoaders(dataSource: DataSource, options: LoaderOptions = {}): Loaders {
  const loaders = Object.create(prototypeFor(dataSource, options)) as { sets: unknown[] };
  loaders.sets = [];
  return loaders as unknown as Loaders;
}
