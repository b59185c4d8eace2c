import type { EntityManager } from 'typeorm';
import type { GostechDecision, GostechStage, PlanSystem, StageDates } from '@tsifra/domain/gostech/plan';
import { groupByKeys } from '../../db/batch';
import { GostechDependencyEntity } from './gostech-links.entity';
import { GostechStageEntity } from './gostech-stage.entity';
import { InformationSystemEntity } from './information-system.entity';

/** The systems of a plan as the domain rules see them (three statements for the whole plan). */
export async function loadPlanSystems(
  m: EntityManager,
  planId: string,
): Promise<{
  systems: InformationSystemEntity[];
  plan: PlanSystem[];
  stages: GostechStageEntity[];
  deps: GostechDependencyEntity[];
}> {
  const systems = await m
    .getRepository(InformationSystemEntity)
    .find({ where: { planId }, order: { position: 'ASC' } });
  const ids = systems.map((s) => s.id);
  const stages = ids.length
    ? await m
        .getRepository(GostechStageEntity)
        .createQueryBuilder('st')
        .innerJoin(InformationSystemEntity, 's', 's.id = st.system_id')
        .where('s.plan_id = :planId', { planId })
        .getMany()
    : [];
  const deps = ids.length
    ? await m
        .getRepository(GostechDependencyEntity)
        .createQueryBuilder('d')
        .innerJoin(InformationSystemEntity, 's', 's.id = d.system_id')
        .where('s.plan_id = :planId', { planId })
        .getMany()
    : [];
  return { systems, stages, deps, plan: toPlanSystems(systems, stages, deps) };
}

export function stageDates(s: GostechStageEntity): StageDates {
  return {
    stage: s.stage as GostechStage,
    plannedStart: s.plannedStart,
    plannedEnd: s.plannedEnd,
    actualStart: s.actualStart,
    actualEnd: s.actualEnd,
  };
}

export function toPlanSystems(
  systems: readonly InformationSystemEntity[],
  stages: readonly GostechStageEntity[],
  deps: readonly GostechDependencyEntity[],
): PlanSystem[] {
  const ids = systems.map((s) => s.id);
  const stagesOf = groupByKeys(ids, stages, (s) => s.systemId);
  const depsOf = groupByKeys(ids, deps, (d) => d.systemId);
  return systems.map((s, i) => ({
    id: s.id,
    name: s.name,
    decision: (s.decision as GostechDecision | null) ?? null,
    stages: stagesOf[i]!.map(stageDates),
    dependsOn: depsOf[i]!.map((d) => d.dependsOnId),
  }));
}
