import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, indexByKeys } from '../../db/batch';
import { RegionEntity } from './region.entity';

export function createRegionLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const repo = dataSource.getRepository(RegionEntity);
  return {
    regionById: new DataLoader<string, RegionEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(repo, 'id', ids), (r) => r.id),
      options,
    ),
  };
}
