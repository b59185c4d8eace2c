import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { periodEnd } from '@tsifra/domain/period';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, mapGroups } from '../../db/batch';
import {
  historiesOf,
  loadCatalogue,
  loadStepRows,
  monthArg,
  picturesAt,
  regionMonth,
  type Catalogue,
} from './mszu-read';
import { MszuStatusStepEntity } from './mszu.entities';
import type { MszuRegionMonthType } from './mszu.type';

/** Per request: the catalogue once, a region's month by `period|regionId` (one steps read per distinct month), full histories by region. */
export function createMszuLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  let catalogue: Promise<Catalogue> | undefined;
  const mszuCatalogue = () => (catalogue ??= loadCatalogue(dataSource));
  return {
    mszuCatalogue,
    mszuRegionMonth: new DataLoader<string, Omit<MszuRegionMonthType, 'region'>>(async (keys) => {
      const c = await mszuCatalogue();
      const out = new Map<string, Omit<MszuRegionMonthType, 'region'>>();
      for (const [periodText, group] of mapGroups(keys, (k) => k.split('|')[0]!)) {
        const period = monthArg(periodText);
        const regionIds = group.map((k) => k.split('|')[1]!);
        const rows = await loadStepRows(dataSource, periodEnd(period), regionIds);
        const pics = picturesAt(c, historiesOf(rows), regionIds, periodEnd(period));
        for (const id of regionIds) out.set(`${periodText}|${id}`, regionMonth(c, id, period, pics.get(id)!));
      }
      return keys.map((k) => out.get(k)!);
    }, options),
    mszuStepsByRegionId: new DataLoader<string, MszuStatusStepEntity[]>(
      async (ids) =>
        groupByKeys(
          ids,
          await findByKeys(dataSource.getRepository(MszuStatusStepEntity), 'regionId', ids, {
            effectiveOn: 'ASC',
            seq: 'ASC',
          }),
          (s) => s.regionId,
        ),
      options,
    ),
  };
}
