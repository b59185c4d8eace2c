import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, indexByKeys } from '../../db/batch';
import { RatingMethodologyEntity, RatingPublicationEntity } from './rating.entity';

export function createRatingLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const repo = dataSource.getRepository(RatingMethodologyEntity);
  return {
    ratingMethodologyById: new DataLoader<string, RatingMethodologyEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(repo, 'id', ids), (r) => r.id),
      options,
    ),
    /** Whether a publication uses the methodology (then it is frozen). */
    ratingMethodologyInUse: new DataLoader<string, boolean>(async (ids) => {
      const rows = await dataSource
        .getRepository(RatingPublicationEntity)
        .find({ select: { methodologyId: true }, where: { methodologyId: In([...ids]) } });
      const used = new Set(rows.map((r) => r.methodologyId));
      return ids.map((id) => used.has(id));
    }, options),
  };
}
