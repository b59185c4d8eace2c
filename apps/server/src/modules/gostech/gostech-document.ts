import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import { planCompleteness } from '@tsifra/domain/gostech/plan';
import { lateness } from '@tsifra/domain/strategy/deadline';
import { RegionEntity } from '../region/region.entity';
import type { DocumentAdapter } from '../workflow/document-adapter';
import { GostechPlanEntity } from './gostech-plan.entity';
import { GostechPlanRevisionEntity } from './gostech-revision.entity';
import { loadPlanSystems } from './plan-systems';

/** Loads a GosTech plan with its region's code (NOT_FOUND on `field`). */
export async function loadGostechPlan(
  m: EntityManager,
  id: string,
  field = 'planId',
): Promise<{ document: GostechPlanEntity; regionCode: string }> {
  const document = await m.getRepository(GostechPlanEntity).findOneBy({ id });
  if (!document) throw new DomainError('NOT_FOUND', 'No such GosTech plan.', field);
  const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: document.regionId });
  return { document, regionCode: region.code };
}

type PlanContent = Awaited<ReturnType<typeof loadPlanSystems>>;

/** A region's GosTech plan-schedule in the shared review workflow; the reviewer's last return note stays on the plan. */
export const gostechPlanDocument: DocumentAdapter<GostechPlanEntity, PlanContent> = {
  type: 'gostech_plan',
  label: 'GosTech plan',
  entity: GostechPlanEntity,
  auditEntity: 'gostech_plan',
  load: loadGostechPlan,
  async inspect(m, plan) {
    const content = await loadPlanSystems(m, plan.id);
    const problems = planCompleteness({ systems: content.plan }).map((p) => ({
      field: 'id',
      rule: p.rule,
      message: p.message,
      params: Object.fromEntries(
        Object.entries({ systemId: p.systemId, stage: p.stage }).filter(([, v]) => v != null),
      ) as Record<string, string>,
    }));
    return { problems, content };
  },
  async freeze(m, plan, number, actor, now, content) {
    const { late, daysLate } = lateness(plan.deadline, now.toISOString());
    const snapshot = {
      format: 1,
      systems: content.systems.map((s) => ({ ...s, ...content.plan.find((p) => p.id === s.id)! })),
    };
    await m.getRepository(GostechPlanRevisionEntity).insert({
      id: randomUUID(),
      planId: plan.id,
      number,
      snapshot: JSON.stringify(snapshot),
      submittedById: actor.userId,
      submittedAt: now,
      deadline: plan.deadline,
      late,
      daysLate,
    });
    return { number, deadline: plan.deadline, late, daysLate };
  },
  decided: (to, note) => (to === 'CHANGES_REQUESTED' ? { reviewComment: note } : {}),
  notificationKind: (to) => `PLAN_${to}`,
};
