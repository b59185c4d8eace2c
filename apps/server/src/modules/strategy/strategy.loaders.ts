import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, indexByKeys } from '../../db/batch';
import { CommentEntity } from '../comment/comment.entity';
import { StrategySectorEntity } from './strategy-sector.entity';
import { StrategyEntity } from './strategy.entity';

export function createStrategyLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const strategies = dataSource.getRepository(StrategyEntity);
  const strategySectors = dataSource.getRepository(StrategySectorEntity);
  const comments = dataSource.getRepository(CommentEntity);
  return {
    strategyById: new DataLoader<string, StrategyEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(strategies, 'id', ids), (s) => s.id),
      options,
    ),
    strategyByRegionId: new DataLoader<string, StrategyEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(strategies, 'regionId', ids), (s) => s.regionId),
      options,
    ),
    sectorsByStrategyId: new DataLoader<string, StrategySectorEntity[]>(
      async (ids) =>
        groupByKeys(
          ids,
          await findByKeys(strategySectors, 'strategyId', ids, { position: 'ASC' }),
          (s) => s.strategyId,
        ),
      options,
    ),
    commentsByStrategyId: new DataLoader<string, CommentEntity[]>(
      async (ids) =>
        groupByKeys(ids, await findByKeys(comments, 'strategyId', ids, { createdAt: 'ASC' }), (c) => c.strategyId!),
      options,
    ),
    commentById: new DataLoader<string, CommentEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(comments, 'id', ids), (c) => c.id),
      options,
    ),
  };
}
