import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type ObjectLiteral } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import {
  checkInventoryRows,
  importErrorPath,
  MAX_IMPORT_ROWS,
  parseInventoryRow,
  systemKey,
  type ImportRowError,
} from '@tsifra/domain/gostech/inventory-row';
import { findDependencyCycle, planCompleteness, type PlanProblem, type StageDates } from '@tsifra/domain/gostech/plan';
import type { Actor } from '@tsifra/domain/roles';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { DEFAULT_GOSTECH_DEADLINE } from '@tsifra/domain/strategy/deadline';
import { canEditContent, canReadContent } from '@tsifra/domain/strategy/workflow';
import { contentEditRefusal, HIDDEN } from '@tsifra/domain/strategy/visibility';
import type { Database } from '../../db/data-source';
import { claimVersion, staleVersion } from '../../db/optimistic-lock';
import { recordAudit } from '../audit/audit';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { RegionEntity } from '../region/region.entity';
import type { Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import { WorkflowService } from '../workflow/workflow.service';
import { SectorEntity } from '../sector/sector.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { GostechDependencyEntity, GostechSystemInitiativeEntity } from './gostech-links.entity';
import { GostechPlanEntity } from './gostech-plan.entity';
import { gostechSummary } from './gostech-summary';
import { loadPlanSystems } from './plan-systems';
import { gostechPlanDocument, loadGostechPlan } from './gostech-document';
import { GostechStageEntity } from './gostech-stage.entity';
import { readInventoryWorkbook, writeInventoryWorkbook } from './gostech-xlsx';
import type { InformationSystemInput } from './gostech.inputs';
import { InformationSystemEntity } from './information-system.entity';
import { checkDraft } from './system-draft';

const DOCUMENT = 'GosTech plan';
/** Base64 of an upload: at most ~1 MB, the JSON body limit of /graphql (a 500-row inventory is ~60 KB). */
export const MAX_IMPORT_BASE64 = 1_000_000;
/** Rows per INSERT: keeps bound parameters far below SQLite's and PostgreSQL's caps. */
const INSERT_CHUNK = 400;

async function insertChunked<T extends ObjectLiteral>(m: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await m.getRepository(entity).insert(rows.slice(i, i + INSERT_CHUNK) as never);
}

async function deleteChunked(
  m: EntityManager,
  entity: new () => ObjectLiteral,
  column: string,
  ids: string[],
): Promise<void> {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK)
    await m.getRepository(entity).delete({ [column]: In(ids.slice(i, i + INSERT_CHUNK)) });
}

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
      const plan = await this.beginEdit(m, actor, planId, version);
      const checked = checkDraft(input, await this.sectorIds(m), 'input');
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
      await this.assertUniqueName(m, planId, system);
      await m.getRepository(InformationSystemEntity).insert(system);
      await this.writeLinks(m, plan, system.id, checked.stages, input, true);
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
      const existing = await this.loadSystem(m, systemId);
      const plan = await this.beginEdit(m, actor, existing.planId, version, noSuchSystem());
      const checked = checkDraft(input, await this.sectorIds(m), 'input');
      const system: InformationSystemEntity = { ...existing, ...checked.fields };
      await this.assertUniqueName(m, plan.id, system);
      await m.getRepository(InformationSystemEntity).update({ id: system.id }, checked.fields);
      await this.writeLinks(m, plan, system.id, checked.stages, input, false);
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
      const system = await this.loadSystem(m, systemId);
      const plan = await this.beginEdit(m, actor, system.planId, version, noSuchSystem());
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

  /**
   * Imports an inventory workbook (base64 XLSX). The file is the whole inventory: rows matched by name
   * update those systems (keeping their initiative links), new names are added, systems missing from
   * the file are removed, and the order follows the file. A dry run reports and writes nothing; a real
   * run is one transaction that writes everything or, on any bad row, nothing (BAD_USER_INPUT with
   * every row error in `extensions.details`).
   */
  async importSystems(actor: Actor, planId: string, version: number, fileBase64: string, dryRun: boolean) {
    const started = performance.now();
    // Authorize before spending time on the file.
    const manager = this.db.dataSource.manager;
    const current = await this.checkEditable(manager, actor, planId);
    if (current.version !== version) throw staleVersion('GosTech plan', version, current.version);
    const text = fileBase64.trim().replace(/^data:[^,]*,/, '');
    if (text.length > MAX_IMPORT_BASE64)
      throw new DomainError(
        'BAD_USER_INPUT',
        `The file is larger than ${MAX_IMPORT_BASE64} base64 characters (about 730 KB).`,
        'file',
        [{ field: 'file', rule: 'too_large', message: 'The file is too large.', params: { max: MAX_IMPORT_BASE64 } }],
      );
    if (!/^[A-Za-z0-9+/\s]*={0,2}$/.test(text))
      throw new DomainError('BAD_USER_INPUT', 'The file must be base64-encoded.', 'file', [
        { field: 'file', rule: 'not_base64', message: 'The file must be base64-encoded.' },
      ]);
    const read = await readInventoryWorkbook(Buffer.from(text, 'base64'));
    const errors: ImportRowError[] = [...read.errors];
    const parsed = read.rows.map(({ row, cells }) => {
      const result = parseInventoryRow(cells, row);
      errors.push(...result.errors);
      return { row, draft: result.draft };
    });
    const cross = checkInventoryRows(parsed);
    errors.push(...cross.errors);
    errors.sort((a, b) => a.row - b.row);

    const plan = (existing: InformationSystemEntity[]) => {
      const byName = new Map(existing.map((s) => [systemKey(s.name), s]));
      const matched = new Set<string>();
      const created: string[] = [];
      const updated: string[] = [];
      for (const { draft } of parsed) {
        const hit = byName.get(systemKey(draft.name));
        if (hit && !matched.has(hit.id)) {
          matched.add(hit.id);
          updated.push(hit.name);
        } else created.push(draft.name);
      }
      const removed = existing.filter((s) => !matched.has(s.id)).map((s) => s.name);
      return { byName, created, updated, removed };
    };
    const report = (existing: InformationSystemEntity[], applied: boolean) => {
      const { created, updated, removed } = plan(existing);
      return {
        dryRun,
        applied,
        rows: parsed.length,
        created,
        updated,
        removed,
        errors,
        ms: Math.round(performance.now() - started),
      };
    };

    if (dryRun)
      return report(
        await manager.getRepository(InformationSystemEntity).find({ where: { planId }, order: { position: 'ASC' } }),
        false,
      );
    if (errors.length) {
      throw badUserInput(
        errors.map((e) => ({
          field: importErrorPath(e),
          rule: e.rule,
          message: `Row ${e.row}${e.column ? `, «${e.column}»` : ''}: ${e.message}`,
          params: { row: e.row, column: e.column },
        })),
        `The file has ${errors.length} problem(s); nothing was imported. Run a dry run for the full report.`,
      );
    }
    return this.db.write(async (m) => {
      await this.beginEdit(m, actor, planId, version);
      const sectorIds = await this.sectorIds(m);
      const existing = await m
        .getRepository(InformationSystemEntity)
        .find({ where: { planId }, order: { position: 'ASC' } });
      const { byName, removed } = plan(existing);
      const idByRow = new Map<number, string>();
      const inserts: InformationSystemEntity[] = [];
      const updates: InformationSystemEntity[] = [];
      const stages: GostechStageEntity[] = [];
      const used = new Set<string>();
      parsed.forEach(({ row, draft }, position) => {
        const checked = checkDraft(draft, sectorIds, `rows[${row}]`);
        const hit = byName.get(systemKey(draft.name));
        const id = hit && !used.has(hit.id) ? hit.id : randomUUID();
        used.add(id);
        idByRow.set(row, id);
        const entity: InformationSystemEntity = { id, planId, position, ...checked.fields };
        (hit && hit.id === id ? updates : inserts).push(entity);
        for (const s of checked.stages) stages.push({ id: randomUUID(), systemId: id, ...s });
      });
      const removedIds = existing.filter((s) => !used.has(s.id)).map((s) => s.id);
      await deleteChunked(m, InformationSystemEntity, 'id', removedIds);
      const keptIds = updates.map((s) => s.id);
      await deleteChunked(m, GostechStageEntity, 'systemId', keptIds);
      await deleteChunked(m, GostechDependencyEntity, 'systemId', keptIds);
      // Updates write only what changed; most rows of a re-import are unchanged.
      const before = new Map(existing.map((s) => [s.id, s]));
      for (const u of updates) {
        const old = before.get(u.id)!;
        const patch = Object.fromEntries(
          Object.entries(u).filter(([k, v]) => (old as unknown as Record<string, unknown>)[k] !== v),
        );
        if (Object.keys(patch).length) await m.getRepository(InformationSystemEntity).update({ id: u.id }, patch);
      }
      await insertChunked(m, InformationSystemEntity, inserts);
      await insertChunked(m, GostechStageEntity, stages);
      const deps: GostechDependencyEntity[] = [];
      for (const [row, targets] of cross.dependsOnRows)
        for (const t of targets)
          deps.push({ id: randomUUID(), systemId: idByRow.get(row)!, dependsOnId: idByRow.get(t)! });
      await insertChunked(m, GostechDependencyEntity, deps);
      const result = report(existing, true);
      await recordAudit(m, actor, {
        strategyId: null,
        planId,
        entity: 'gostech_plan',
        entityId: planId,
        action: 'gostech_plan.import',
        details: { rows: parsed.length, created: result.created.length, updated: result.updated.length, removed },
      });
      return result;
    });
  }

  /** The plan as an XLSX workbook (base64) that imports back unchanged. Readable by whoever may read the plan's content. */
  async exportPlan(actor: Actor | null, planId: string): Promise<string> {
    const manager = this.db.dataSource.manager;
    const { plan, regionCode } = await this.loadPlan(manager, planId);
    if (!canReadContent(actor, regionCode, plan.status))
      throw new DomainError('NOT_FOUND', 'No such GosTech plan.', 'planId'); // hidden reads as missing (issue 17)
    const { systems, plan: rules } = await loadPlanSystems(manager, planId);
    const sectors = new Map((await manager.getRepository(SectorEntity).find()).map((s) => [s.id, s.code]));
    const names = new Map(systems.map((s) => [s.id, s.name]));
    const positions = new Map(systems.map((s) => [s.id, s.position]));
    const byId = new Map(rules.map((r) => [r.id, r]));
    const rows = systems.map((s) => {
      const r = byId.get(s.id)!;
      return {
        name: s.name,
        shortName: s.shortName,
        operator: s.owner,
        sectorCode: s.sectorId ? (sectors.get(s.sectorId) ?? null) : null,
        purpose: s.purpose,
        isStateSystem: s.isStateSystem,
        processesPersonalData: s.processesPersonalData,
        hosting: s.hosting,
        annualCost: s.annualCost == null ? null : Number(s.annualCost),
        decision: s.decision,
        economicAssessment: s.economicAssessment,
        technologicalAssessment: s.technologicalAssessment,
        stages: r.stages,
        dependsOn: [...r.dependsOn].sort((x, y) => positions.get(x)! - positions.get(y)!).map((id) => names.get(id)!),
      };
    });
    return (await writeInventoryWorkbook(rows, `ГосТех: план-график ${regionCode}`)).toString('base64');
  }

  /** The federal summary (see gostech-summary.ts). */
  summary(actor: Actor | null) {
    return gostechSummary(this.db.dataSource, this.clock.today(), actor);
  }

  // ---- internals

  private async loadPlan(
    m: EntityManager,
    planId: string,
    field = 'planId',
  ): Promise<{ plan: GostechPlanEntity; regionCode: string }> {
    const { document, regionCode } = await loadGostechPlan(m, planId, field);
    return { plan: document, regionCode };
  }

  private async loadSystem(m: EntityManager, systemId: string): Promise<InformationSystemEntity> {
    const system = await m.getRepository(InformationSystemEntity).findOneBy({ id: systemId });
    if (!system) throw noSuchSystem();
    return system;
  }

  private async checkEditable(
    m: EntityManager,
    actor: Actor,
    planId: string,
    hidden?: DomainError,
  ): Promise<GostechPlanEntity> {
    const { plan, regionCode } = await this.loadPlan(m, planId);
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
  private async beginEdit(
    m: EntityManager,
    actor: Actor,
    planId: string,
    version: number,
    hidden?: DomainError,
  ): Promise<GostechPlanEntity> {
    const plan = await this.checkEditable(m, actor, planId, hidden);
    await claimVersion(m, GostechPlanEntity, plan, version, 'GosTech plan');
    return plan;
  }

  private async sectorIds(m: EntityManager): Promise<Map<string, string>> {
    return new Map((await m.getRepository(SectorEntity).find()).map((s) => [s.code, s.id]));
  }

  /** Two systems of a plan never share a name or a short name (the spreadsheet matches rows by name). */
  private async assertUniqueName(m: EntityManager, planId: string, system: InformationSystemEntity): Promise<void> {
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
    if (
      system.shortName &&
      others.some((s) => s.shortName && systemKey(s.shortName) === systemKey(system.shortName!))
    ) {
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
  private async writeLinks(
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
}

/** An unknown system id — and one the caller may not read, so that ids reveal nothing (issue 17). */
function noSuchSystem(): DomainError {
  return new DomainError('NOT_FOUND', 'No such information system.', 'id');
}
