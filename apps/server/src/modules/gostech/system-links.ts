import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badUserInput } from '@tsifra/domain/errors';
import { systemKey } from '@tsifra/domain/gostech/inventory-row';
import { findDependencyCycle, type StageDates } from '@tsifra/domain/gostech/plan';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { GostechDependencyEntity, GostechSystemInitiativeEntity } from './gostech-links.entity';
import type { GostechPlanEntity } from './gostech-plan.entity';
import { GostechStageEntity } from './gostech-stage.entity';
import type { InformationSystemInput } from './gostech.inputs';
import { InformationSystemEntity } from './information-system.entity';
import { loadPlanSystems } from './plan-systems';

// What an information system of a plan refers to and may not clash with: other systems' names, its stages,
// the systems it depends on (no cycles) and the region's initiatives.

/** Two systems of a plan never share a name or a short name (the spreadsheet matches rows by name). */
export async function assertUniqueName(
  m: EntityManager,
  planId: string,
  system: InformationSystemEntity,
): Promise<void> {
  const others = (
    await m
      .getRepository(InformationSystemEntity)
      .find({ where: { planId }, select: { id: true, name: true, shortName: true } })
  ).filter((s) => s.id !== system.id);
  if (others.some((s) => systemKey(s.name) === systemKey(system.name))) {
    throw badUserInput([
      { field: 'input.name', rule: 'duplicate_system', message: `The plan already lists «${system.name}».` },
    ]);
  }
  if (system.shortName && others.some((s) => s.shortName && systemKey(s.shortName) === systemKey(system.shortName!))) {
    throw badUserInput([
      {
        field: 'input.shortName',
        rule: 'duplicate_system',
        message: `The short name «${system.shortName}» is already used in this plan.`,
      },
    ]);
  }
}

/** Replaces a system's stages, dependencies and (when given, or on creation) initiative links, checking both kinds of reference. */
export async function writeLinks(
  m: EntityManager,
  plan: GostechPlanEntity,
  systemId: string,
  stages: StageDates[],
  input: InformationSystemInput,
  created: boolean,
): Promise<void> {
  const dependsOn = [...new Set(input.dependsOnIds ?? [])];
  if (dependsOn.includes(systemId))
    throw badUserInput([
      { field: 'input.dependsOnIds', rule: 'dependency_cycle', message: 'A system cannot depend on itself.' },
    ]);
  if (dependsOn.length) {
    const found = await m
      .getRepository(InformationSystemEntity)
      .find({ where: { id: In(dependsOn), planId: plan.id }, select: { id: true } });
    const missing = dependsOn.filter((id) => !found.some((f) => f.id === id));
    if (missing.length)
      throw badUserInput([
        {
          field: 'input.dependsOnIds',
          rule: 'unknown_dependency',
          message: `Not systems of this plan: ${missing.join(', ')}.`,
        },
      ]);
  }
  const { deps } = await loadPlanSystems(m, plan.id);
  const edges = new Map<string, string[]>();
  for (const d of deps)
    if (d.systemId !== systemId) edges.set(d.systemId, [...(edges.get(d.systemId) ?? []), d.dependsOnId]);
  edges.set(systemId, dependsOn);
  const cycle = findDependencyCycle([...edges].map(([id, targets]) => ({ id, dependsOn: targets })));
  if (cycle)
    throw badUserInput([
      {
        field: 'input.dependsOnIds',
        rule: 'dependency_cycle',
        message: `The dependency would close a cycle (${cycle.length - 1} systems).`,
      },
    ]);

  const initiativeIds = input.initiativeIds == null ? null : [...new Set(input.initiativeIds)];
  if (initiativeIds?.length) {
    const found = await m
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .innerJoin(StrategyEntity, 's', 's.id = i.strategy_id')
      .where('i.id IN (:...ids) AND s.region_id = :regionId', { ids: initiativeIds, regionId: plan.regionId })
      .select(['i.id'])
      .getMany();
    const missing = initiativeIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length)
      throw badUserInput([
        {
          field: 'input.initiativeIds',
          rule: 'unknown_initiative',
          message: `Not initiatives of this region's strategy: ${missing.join(', ')}.`,
        },
      ]);
  }
  if (!created) {
    await m.getRepository(GostechStageEntity).delete({ systemId });
    await m.getRepository(GostechDependencyEntity).delete({ systemId });
    if (initiativeIds) await m.getRepository(GostechSystemInitiativeEntity).delete({ systemId });
  }
  if (stages.length)
    await m.getRepository(GostechStageEntity).insert(stages.map((s) => ({ id: randomUUID(), systemId, ...s })));
  if (dependsOn.length)
    await m
      .getRepository(GostechDependencyEntity)
      .insert(dependsOn.map((dependsOnId) => ({ id: randomUUID(), systemId, dependsOnId })));
  if (initiativeIds?.length)
    await m
      .getRepository(GostechSystemInitiativeEntity)
      .insert(initiativeIds.map((initiativeId) => ({ id: randomUUID(), systemId, initiativeId })));
}
