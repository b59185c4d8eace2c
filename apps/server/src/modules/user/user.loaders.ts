import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, indexByKeys } from '../../db/batch';
import { UserEntity } from './user.entity';

export function createUserLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const repo = dataSource.getRepository(UserEntity);
  return {
    userById: new DataLoader<string, UserEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(repo, 'id', ids), (u) => u.id),
      options,
    ),
  };
}
