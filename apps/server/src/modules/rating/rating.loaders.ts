import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, indexByKeys, selectRowsByKeys } from '../../db/batch';
import { toDate } from '../../db/raw-values';
import { MaturityReportEntity, MaturityReportRevisionEntity } from './maturity-report.entity';
import { MaturityReturnEntity, RatingMethodologyEntity, RatingPublicationEntity } from './rating.entity';

/** Every column of a methodology: the national rating asks for its methodology on every read. */
const METHODOLOGY_COLUMNS: { readonly [P in keyof RatingMethodologyEntity]: string } = {
  id: 'id',
  code: 'code',
  validFrom: 'valid_from',
  aggregation: 'aggregation',
  parameters: 'parameters',
  description: 'description',
  version: 'version',
  createdAt: 'created_at',
};

export function createRatingLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  return {
    // Plain rows, not hydrated entities: TypeORM's find cost ~6 % of a national rating read.
    ratingMethodologyById: new DataLoader<string, RatingMethodologyEntity | null>(
      async (ids) =>
        indexByKeys(
          ids,
          (
            await selectRowsByKeys<RatingMethodologyEntity>(dataSource, {
              table: 'rating_methodologies',
              columns: METHODOLOGY_COLUMNS,
              key: 'id',
              keys: ids,
            })
          ).map((r) => ({ ...r, version: Number(r.version), createdAt: toDate(r.createdAt)! })),
          (r) => r.id,
        ),
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
    /** A region-quarter's key-sector values, keyed `regionId|quarter` (one statement per batch). */
    maturityValuesByRegionQuarter: new DataLoader<string, MaturityReturnEntity[]>(async (keys) => {
      const regionIds = [...new Set(keys.map((k) => k.split('|')[0]!))];
      const quarters = [...new Set(keys.map((k) => k.split('|')[1]!))];
      const rows = await dataSource
        .getRepository(MaturityReturnEntity)
        .find({ where: { regionId: In(regionIds), quarter: In(quarters) }, order: { sector: 'ASC' } });
      return groupByKeys(keys, rows, (r) => `${r.regionId}|${r.quarter}`);
    }, options),
    maturityReportById: new DataLoader<string, MaturityReportEntity | null>(
      async (ids) =>
        indexByKeys(ids, await findByKeys(dataSource.getRepository(MaturityReportEntity), 'id', ids), (r) => r.id),
      options,
    ),
    maturityRevisionsByReportId: new DataLoader<string, MaturityReportRevisionEntity[]>(
      async (ids) =>
        groupByKeys(
          ids,
          await findByKeys(dataSource.getRepository(MaturityReportRevisionEntity), 'reportId', ids, { number: 'ASC' }),
          (r) => r.reportId,
        ),
      options,
    ),
  };
}
