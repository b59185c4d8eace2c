import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, indexByKeys } from '../../db/batch';
import { ControlCentreEntity, DigitalHeadEntity } from './registry.entity';

export function createRegistryLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const heads = dataSource.getRepository(DigitalHeadEntity);
  const historyByRegion = new DataLoader<string, DigitalHeadEntity[]>(
    async (ids) =>
      groupByKeys(ids, await findByKeys(heads, 'regionId', ids, { appointedOn: 'DESC' }), (r) => r.regionId!),
    options,
  );
  const historyByBody = new DataLoader<string, DigitalHeadEntity[]>(
    async (ids) =>
      groupByKeys(ids, await findByKeys(heads, 'federalBodyId', ids, { appointedOn: 'DESC' }), (r) => r.federalBodyId!),
    options,
  );
  return {
    digitalHeadsByRegionId: historyByRegion,
    digitalHeadsByFederalBodyId: historyByBody,
    controlCentreByRegionId: new DataLoader<string, ControlCentreEntity | null>(
      async (ids) =>
        indexByKeys(
          ids,
          await findByKeys(dataSource.getRepository(ControlCentreEntity), 'regionId', ids),
          (r) => r.regionId,
        ),
      options,
    ),
  };
}
