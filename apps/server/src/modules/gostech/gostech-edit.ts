import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { contentEditRefusal, HIDDEN } from '@tsifra/domain/strategy/visibility';
import { claimVersion } from '../../db/optimistic-lock';
import { loadGostechPlan } from './gostech-document';
import { GostechPlanEntity } from './gostech-plan.entity';
import { InformationSystemEntity } from './information-system.entity';

export const DOCUMENT = 'GosTech plan';

/** An unknown system id — and one the caller may not read, so that ids reveal nothing (issue 17). */
export function noSuchSystem(): DomainError {
  return new DomainError('NOT_FOUND', 'No such information system.', 'id');
}

export async function loadSystem(m: EntityManager, systemId: string): Promise<InformationSystemEntity> {
  const system = await m.getRepository(InformationSystemEntity).findOneBy({ id: systemId });
  if (!system) throw noSuchSystem();
  return system;
}

/** Whether the actor may edit the plan's content now (with `hidden`, a caller who may not read it gets that error). */
export async function checkPlanEditable(
  m: EntityManager,
  actor: Actor,
  planId: string,
  hidden?: DomainError,
): Promise<GostechPlanEntity> {
  const { document: plan, regionCode } = await loadGostechPlan(m, planId);
  const refusal = hidden
    ? contentEditRefusal(actor, regionCode, plan.status, DOCUMENT)
    : canEditContent(actor, regionCode, plan.status, DOCUMENT);
  if (refusal === HIDDEN) throw hidden!;
  if (refusal)
    throw new DomainError(refusal.code, refusal.reason, undefined, [
      { field: 'id', rule: refusal.rule, message: refusal.reason },
    ]);
  return plan;
}

/** Checks the actor may edit the plan now and claims its version (`UPDATE … WHERE version = ?`); a stale version changes nothing. */
export async function beginPlanEdit(
  m: EntityManager,
  actor: Actor,
  planId: string,
  version: number,
  hidden?: DomainError,
): Promise<GostechPlanEntity> {
  const plan = await checkPlanEditable(m, actor, planId, hidden);
  await claimVersion(m, GostechPlanEntity, plan, version, 'GosTech plan');
  return plan;
}
