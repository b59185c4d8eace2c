import { randomUUID } from 'node:crypto';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import { MAX_IMPORT_ROWS } from '@tsifra/domain/gostech/inventory-row';
import { planCompleteness, type PlanProblem } from '@tsifra/domain/gostech/plan';
import type { Actor } from '@tsifra/domain/roles';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { DEFAULT_GOSTECH_DEADLINE } from '@tsifra/domain/strategy/deadline';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import type { Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import { WorkflowService } from '../workflow/workflow.service';
import { gostechPlanDocument } from './gostech-document';
import { beginPlanEdit, DOCUMENT, loadSystem, noSuchSystem } from './gostech-edit';
import { exportPlan } from './gostech-export';
import { importSystems, sectorIdsByCode } from './gostech-import';
import { GostechPlanEntity } from './gostech-plan.entity';
import { gostechSummary } from './gostech-summary';
import type { InformationSystemInput } from './gostech.inputs';
import { InformationSystemEntity } from './information-system.entity';
import { loadPlanSystems } from './plan-systems';
import { checkDraft } from './system-draft';
import { assertUniqueName, writeLinks } from './system-links';

export { MAX_IMPORT_BASE64 } from './gostech-import';

/** GosTech plan use cases: every write is one transaction, checked against the shared review workflow and the plan's version. */
export class GostechService {
  private readonly workflow: WorkflowService;

  constructor(
    private readonly db: Database,
    readonly clock: Clock,
  ) {
    this.workflow = new WorkflowService(db, clock);
  }

  async createPlan(actor: Actor, regionCode: string): Promise<GostechPlanEntity> {
    return this.db.write(async (m) => {
      const region = await m.getRepository(RegionEntity).findOneBy({ code: regionCode.trim().toUpperCase() });
      if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
      const refusal = canEditContent(actor, region.code, 'DRAFT', DOCUMENT);
      if (refusal) throw new DomainError(refusal.code, refusal.reason, 'regionCode');
      if (await m.getRepository(GostechPlanEntity).existsBy({ regionId: region.id }))
        throw new DomainError('CONFLICT', `${region.code} already has a GosTech plan.`, 'regionCode');
      const now = new Date();
      const plan: GostechPlanEntity = {
        id: randomUUID(),
        regionId: region.id,
        status: 'DRAFT',
        version: 1,
        deadline: DEFAULT_GOSTECH_DEADLINE,
        revision: 0,
        submittedAt: null,
        reviewComment: null,
        createdAt: now,
        updatedAt: now,
      };
      await m.getRepository(GostechPlanEntity).insert(plan);
      await recordAudit(m, actor, {
        strategyId: null,
        planId: plan.id,
        entity: 'gostech_plan',
        entityId: plan.id,
        action: 'gostech_plan.create',
        details: { regionCode: region.code },
      });
      return plan;
    });
  }

  async addSystem(
    actor: Actor,
    planId: string,
    version: number,
    input: InformationSystemInput,
  ): Promise<InformationSystemEntity> {
    return this.db.write(async (m) => {
      const plan = await beginPlanEdit(m, actor, planId, version);
      const checked = checkDraft(input, await sectorIdsByCode(m), 'input');
      const count = await m.getRepository(InformationSystemEntity).countBy({ planId });
      // The import cap bounds a plan, so GostechPlan.systems can return a whole plan in one response.
      if (count >= MAX_IMPORT_ROWS) {
        throw badUserInput([
          {
            field: 'planId',
            rule: 'too_many_systems',
            message: `A plan holds at most ${MAX_IMPORT_ROWS} systems.`,
            params: { max: MAX_IMPORT_ROWS },
          },
        ]);
      }
      const system: InformationSystemEntity = { id: randomUUID(), planId, position: count, ...checked.fields };
      await assertUniqueName(m, planId, system);
      await m.getRepository(InformationSystemEntity).insert(system);
      await writeLinks(m, plan, system.id, checked.stages, input, true);
      await recordAudit(m, actor, {
        strategyId: null,
        planId,
        entity: 'information_system',
        entityId: system.id,
        action: 'information_system.add',
        details: { name: system.name, decision: system.decision },
      });
      return system;
    });
  }

  async updateSystem(
    actor: Actor,
    systemId: string,
    version: number,
    input: InformationSystemInput,
  ): Promise<InformationSystemEntity> {
    return this.db.write(async (m) => {
      const existing = await loadSystem(m, systemId);
      const plan = await beginPlanEdit(m, actor, existing.planId, version, noSuchSystem());
      const checked = checkDraft(input, await sectorIdsByCode(m), 'input');
      const system: InformationSystemEntity = { ...existing, ...checked.fields };
      await assertUniqueName(m, plan.id, system);
      await m.getRepository(InformationSystemEntity).update({ id: system.id }, checked.fields);
      await writeLinks(m, plan, system.id, checked.stages, input, false);
      const changed = Object.keys(checked.fields).filter(
        (k) => (existing as unknown as Record<string, unknown>)[k] !== (checked.fields as Record<string, unknown>)[k],
      );
      await recordAudit(m, actor, {
        strategyId: null,
        planId: plan.id,
        entity: 'information_system',
        entityId: system.id,
        action: 'information_system.update',
        details: { name: system.name, changed },
      });
      return system;
    });
  }

  async deleteSystem(actor: Actor, systemId: string, version: number): Promise<GostechPlanEntity> {
    return this.db.write(async (m) => {
      const system = await loadSystem(m, systemId);
      const plan = await beginPlanEdit(m, actor, system.planId, version, noSuchSystem());
      await m.getRepository(InformationSystemEntity).delete({ id: system.id });
      const rest = await m
        .getRepository(InformationSystemEntity)
        .find({ where: { planId: plan.id }, order: { position: 'ASC' } });
      for (const [i, s] of rest.entries())
        if (s.position !== i) await m.getRepository(InformationSystemEntity).update({ id: s.id }, { position: i });
      await recordAudit(m, actor, {
        strategyId: null,
        planId: plan.id,
        entity: 'information_system',
        entityId: system.id,
        action: 'information_system.delete',
        details: { name: system.name },
      });
      return plan;
    });
  }

  /** Submits for review: needs a complete plan; freezes the systems as the next numbered revision (late ones are accepted and marked late). */
  submit(actor: Actor, planId: string, version: number): Promise<GostechPlanEntity> {
    return this.workflow.transition(gostechPlanDocument, actor, planId, 'SUBMITTED', { version });
  }

  /** Returns a submitted plan for revision; the comment is required and kept on the plan and in its history. */
  requestChanges(actor: Actor, planId: string, comment: string, pinAsRemark = false): Promise<GostechPlanEntity> {
    return this.workflow.transition(gostechPlanDocument, actor, planId, 'CHANGES_REQUESTED', {
      note: comment.trim() ? checkBody(comment, 'comment') : null,
      pinNote: pinAsRemark,
    });
  }

  approve(actor: Actor, planId: string, remarks?: RemarkDisposition): Promise<GostechPlanEntity> {
    return this.workflow.transition(gostechPlanDocument, actor, planId, 'APPROVED', { remarks });
  }

  /** The plan's completeness problems (empty = ready to submit). */
  async completeness(planId: string): Promise<PlanProblem[]> {
    const { plan } = await loadPlanSystems(this.db.dataSource.manager, planId);
    return planCompleteness({ systems: plan });
  }

  /** Imports an inventory workbook (see importSystems). */
  importSystems(actor: Actor, planId: string, version: number, fileBase64: string, dryRun: boolean) {
    return importSystems(this.db, actor, planId, version, fileBase64, dryRun);
  }

  /** The plan as an XLSX workbook (base64) that imports back unchanged (see exportPlan). */
  exportPlan(actor: Actor | null, planId: string): Promise<string> {
    return exportPlan(this.db, actor, planId);
  }

  /** The federal summary (see gostech-summary.ts). */
  summary(actor: Actor | null) {
    return gostechSummary(this.db.dataSource, this.clock.today(), actor);
  }
}
