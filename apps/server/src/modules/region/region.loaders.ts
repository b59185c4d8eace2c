import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { indexByKeys, selectRowsByKeys } from '../../db/batch';
import type { RegionEntity } from './region.entity';

/** Every column of a region (all short texts): a national rating asks for all 85 at once. */
const REGION_COLUMNS: { readonly [P in keyof RegionEntity]: string } = {
  id: 'id',
  code: 'code',
  subjectCode: 'subject_code',
  name: 'name',
  nameEn: 'name_en',
  federalDistrict: 'federal_district',
};

export function createRegionLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  return {
    // Plain rows, not hydrated entities: hydrating 85 regions cost about as much as the rating's own statement.
    regionById: new DataLoader<string, RegionEntity | null>(
      async (ids) =>
        indexByKeys(
          ids,
          await selectRowsByKeys<RegionEntity>(dataSource, {
            table: 'regions',
            columns: REGION_COLUMNS,
            key: 'id',
            keys: ids,
          }),
          (r) => r.id,
        ),
      options,
    ),
  };
}
