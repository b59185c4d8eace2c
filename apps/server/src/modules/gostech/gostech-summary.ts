import { In, type DataSource } from 'typeorm';
import { isMigrating } from '@tsifra/domain/gostech/plan';
import { onScheduleShare, overdueStages, productionQuarter } from '@tsifra/domain/gostech/schedule';
import type { Actor } from '@tsifra/domain/roles';
import { canReadContent } from '@tsifra/domain/strategy/workflow';
import { groupByKeys } from '../../db/batch';
import { RegionEntity } from '../region/region.entity';
import { GostechPlanEntity } from './gostech-plan.entity';
import { GostechStageEntity } from './gostech-stage.entity';
import { InformationSystemEntity } from './information-system.entity';
import { toPlanSystems } from './plan-systems';

/**
 * The federal summary: per region, systems, decisions, share on schedule and overdue stages; across
 * regions, systems reaching production per quarter. Only plans whose content the caller may read
 * count. Four statements for the whole country.
 */
export async function gostechSummary(ds: DataSource, today: string, actor: Actor | null) {
  const regions = await ds.getRepository(RegionEntity).find({ order: { subjectCode: 'ASC' } });
  const plans = await ds.getRepository(GostechPlanEntity).find();
  const codeOf = new Map(regions.map((r) => [r.id, r.code]));
  const visible = plans.filter((p) => canReadContent(actor, codeOf.get(p.regionId) ?? '', p.status));
  const visibleIds = visible.map((p) => p.id);
  const systems = visibleIds.length
    ? await ds.getRepository(InformationSystemEntity).find({ where: { planId: In(visibleIds) } })
    : [];
  const stages = systems.length
    ? await ds
        .getRepository(GostechStageEntity)
        .createQueryBuilder('st')
        .innerJoin(InformationSystemEntity, 's', 's.id = st.system_id')
        .where('s.plan_id IN (:...ids)', { ids: visibleIds })
        .getMany()
    : [];
  const rules = toPlanSystems(systems, stages, []);
  const planOf = new Map(plans.map((p) => [p.regionId, p]));
  const planIds = regions.map((r) => planOf.get(r.id)?.id ?? '');
  const systemsOf = groupByKeys(
    planIds,
    rules.map((r, i) => ({ r, planId: systems[i]!.planId })),
    (x) => x.planId,
  );
  const visibleSet = new Set(visibleIds);
  const quarters = new Map<string, number>();
  const rows = regions.map((region, i) => {
    const p = planOf.get(region.id) ?? null;
    const shown = !!p && visibleSet.has(p.id);
    const list = shown ? systemsOf[i]!.map((x) => x.r) : [];
    const decisions = new Map<string | null, number>();
    for (const s of list) {
      decisions.set(s.decision, (decisions.get(s.decision) ?? 0) + 1);
      const q = productionQuarter(s);
      if (q) quarters.set(q, (quarters.get(q) ?? 0) + 1);
    }
    return {
      regionId: region.id,
      planId: p?.id ?? null,
      status: p?.status ?? null,
      contentVisible: shown,
      systems: list.length,
      decisions: [...decisions]
        .map(([decision, count]) => ({ decision, count }))
        .sort((a, b) => (a.decision ?? '~').localeCompare(b.decision ?? '~')),
      onScheduleShare: onScheduleShare(list, today),
      overdueStages: list
        .filter((s) => isMigrating(s.decision) || s.decision === 'DECOMMISSION')
        .reduce((n, s) => n + overdueStages(s, today).length, 0),
    };
  });
  return {
    today,
    regions: rows,
    byQuarter: [...quarters].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, count]) => ({ quarter, count })),
    regionEntities: regions,
    planEntities: plans,
  };
}
