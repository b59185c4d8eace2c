import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
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
    /** The region's latest edition (the highest number). */
    strategyByRegionId: new DataLoader<string, StrategyEntity | null>(
      async (ids) =>
        indexByKeys(ids, await findByKeys(strategies, 'regionId', ids, { edition: 'ASC' }), (s) => s.regionId),
      options,
    ),
    /** Every edition of the region, oldest first. */
    editionsByRegionId: new DataLoader<string, StrategyEntity[]>(
      async (ids) =>
        groupByKeys(ids, await findByKeys(strategies, 'regionId', ids, { edition: 'ASC' }), (s) => s.regionId),
      options,
    ),
    /** An amendment's starting content (a JSON snapshot), null for a first edition: the column is not read by default. */
    baseSnapshotByStrategyId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await strategies.find({
        where: { id: In([...ids]) },
        select: { id: true, baseSnapshot: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r.baseSnapshot ?? null]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options),
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
