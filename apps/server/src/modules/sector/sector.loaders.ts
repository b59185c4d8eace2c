import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, indexByKeys } from '../../db/batch';
import { SectorEntity } from './sector.entity';

export function createSectorLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const repo = dataSource.getRepository(SectorEntity);
  return {
    sectorById: new DataLoader<string, SectorEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(repo, 'id', ids), (s) => s.id),
      options,
    ),
  };
}
