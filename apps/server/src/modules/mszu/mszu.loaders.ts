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
  type StepRow,
} from './mszu-read';
import type { RegionPicture } from '@tsifra/domain/mszu/dashboard';
import type { StepEntry } from '@tsifra/domain/mszu/steps';
import { MszuStatusStepEntity } from './mszu.entities';
import type { MszuRegionMonthType } from './mszu.type';

/** Per request: the catalogue once, a region's month by `period|regionId` (one steps read per distinct month), full histories by region. */
export function createMszuLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  let catalogue: Promise<Catalogue> | undefined;
  const mszuCatalogue = () => (catalogue ??= loadCatalogue(dataSource));
  // The dashboard page asks for the month's picture, the national share and the dynamics in one request: every
  // step up to a date is read once and the histories and pictures are built once per request (nothing outlives it).
  const memo = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) => {
    let p = cache.get(key);
    if (!p) cache.set(key, (p = make()));
    return p;
  };
  const rows = new Map<string, Promise<StepRow[]>>();
  const histories = new Map<string, Promise<Map<string, Map<string, StepEntry[]>>>>();
  const pictures = new Map<string, Promise<Map<string, RegionPicture>>>();
  /** Every step in force up to `until`, all regions. */
  const mszuStepRowsUntil = (until: string) => memo(rows, until, () => loadStepRows(dataSource, until));
  const mszuHistoriesUntil = (until: string) =>
    memo(histories, until, async () => historiesOf(await mszuStepRowsUntil(until)));
  /** Each region's picture at the end of `until`, for the given regions. */
  const mszuPicturesAt = (until: string, regionIds: readonly string[]) =>
    memo(pictures, `${until}|${regionIds.join(',')}`, async () =>
      picturesAt(await mszuCatalogue(), await mszuHistoriesUntil(until), regionIds, until),
    );
  return {
    mszuCatalogue,
    mszuStepRowsUntil,
    mszuHistoriesUntil,
    mszuPicturesAt,
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
