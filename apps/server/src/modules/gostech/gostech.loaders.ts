import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, indexByKeys } from '../../db/batch';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { GostechDependencyEntity, GostechSystemInitiativeEntity } from './gostech-links.entity';
import { GostechPlanEntity } from './gostech-plan.entity';
import { GostechPlanRevisionEntity } from './gostech-revision.entity';
import { GostechStageEntity } from './gostech-stage.entity';
import { InformationSystemEntity } from './information-system.entity';

/** GosTech plans, their systems, stages, dependencies, initiative links, revisions and history: one statement per level. */
export function createGostechLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const plans = dataSource.getRepository(GostechPlanEntity);
  const systems = dataSource.getRepository(InformationSystemEntity);
  const stages = dataSource.getRepository(GostechStageEntity);
  const dependencies = dataSource.getRepository(GostechDependencyEntity);
  const links = dataSource.getRepository(GostechSystemInitiativeEntity);
  const initiatives = dataSource.getRepository(InitiativeEntity);
  const revisions = dataSource.getRepository(GostechPlanRevisionEntity);
  const events = dataSource.getRepository(AuditEventEntity);
  return {
    gostechPlanByRegionId: new DataLoader<string, GostechPlanEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(plans, 'regionId', ids), (p) => p.regionId),
      options,
    ),
    gostechPlanById: new DataLoader<string, GostechPlanEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(plans, 'id', ids), (p) => p.id),
      options,
    ),
    systemsByPlanId: new DataLoader<string, InformationSystemEntity[]>(
      async (ids) => groupByKeys(ids, await findByKeys(systems, 'planId', ids, { position: 'ASC' }), (s) => s.planId),
      options,
    ),
    systemById: new DataLoader<string, InformationSystemEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(systems, 'id', ids), (s) => s.id),
      options,
    ),
    stagesBySystemId: new DataLoader<string, GostechStageEntity[]>(
      async (ids) => groupByKeys(ids, await findByKeys(stages, 'systemId', ids), (s) => s.systemId),
      options,
    ),
    dependenciesBySystemId: new DataLoader<string, GostechDependencyEntity[]>(
      async (ids) => groupByKeys(ids, await findByKeys(dependencies, 'systemId', ids), (d) => d.systemId),
      options,
    ),
    /** Two statements for any number of systems: the links, then the initiatives they name. */
    initiativesBySystemId: new DataLoader<string, InitiativeEntity[]>(async (ids) => {
      const found = await findByKeys(links, 'systemId', ids);
      const byId = new Map(
        (found.length
          ? await findByKeys(
              initiatives,
              'id',
              found.map((l) => l.initiativeId),
            )
          : []
        ).map((i) => [i.id, i]),
      );
      return groupByKeys(ids, found, (l) => l.systemId).map((group) =>
        group.map((l) => byId.get(l.initiativeId)!).filter(Boolean),
      );
    }, options),
    revisionsByPlanId: new DataLoader<string, GostechPlanRevisionEntity[]>(
      async (ids) => groupByKeys(ids, await findByKeys(revisions, 'planId', ids, { number: 'ASC' }), (r) => r.planId),
      options,
    ),
    auditEventsByPlanId: new DataLoader<string, AuditEventEntity[]>(
      async (ids) => groupByKeys(ids, await findByKeys(events, 'planId', ids, { createdAt: 'ASC' }), (e) => e.planId!),
      options,
    ),
  };
}
