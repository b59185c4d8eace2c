import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, indexByKeys } from '../../db/batch';
import { GostechPlanEntity } from './gostech-plan.entity';
import { InformationSystemEntity } from './information-system.entity';

export function createGostechLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const plans = dataSource.getRepository(GostechPlanEntity);
  const systems = dataSource.getRepository(InformationSystemEntity);
  return {
    gostechPlanByRegionId: new DataLoader<string, GostechPlanEntity | null>(async (ids) =>
      indexByKeys(ids, await findByKeys(plans, 'regionId', ids), (p) => p.regionId),
    options,
    ),
    systemsByPlanId: new DataLoader<string, InformationSystemEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(systems, 'planId', ids, { position: 'ASC' }), (s) => s.planId),
    options,
    ),
  };
}
