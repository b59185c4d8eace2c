import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { DEFAULT_STRATEGY_DEADLINE } from '@tsifra/domain/strategy/deadline';
import {
  validateRationale,
  validateSectorChoice,
  type SectorRationaleDraft,
} from '@tsifra/domain/strategy/sector-choices';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { WorkflowService } from '../workflow/workflow.service';
import { systemClock, type Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import { GoalEntity } from '../goal/goal.entity';
import { RegionEntity } from '../region/region.entity';
import { SectorEntity } from '../sector/sector.entity';
import { strategyDocument } from './strategy-document';
import { beginStrategyEdit } from './strategy-edit';
import { StrategySectorEntity } from './strategy-sector.entity';
import { StrategyEntity } from './strategy.entity';

/** Strategy use cases: every write is one transaction, checked against the workflow and the strategy's version. */
export class StrategyService {
  private readonly workflow: WorkflowService;

  constructor(
    private readonly db: Database,
    clock: Clock = systemClock,
  ) {
    this.workflow = new WorkflowService(db, clock);
  }

  async create(actor: Actor, regionCode: string): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const region = await m.getRepository(RegionEntity).findOneBy({ code: regionCode.trim().toUpperCase() });
      if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
      const refusal = canEditContent(actor, region.code, 'DRAFT');
      if (refusal) throw new DomainError(refusal.code, refusal.reason, 'regionCode');
      if (await m.getRepository(StrategyEntity).existsBy({ regionId: region.id })) {
        throw new DomainError('CONFLICT', `${region.code} already has a strategy.`, 'regionCode');
      }
      const now = new Date();
      const strategy: StrategyEntity = {
        id: randomUUID(),
        regionId: region.id,
        status: 'DRAFT',
        version: 1,
        revision: 0,
        deadline: DEFAULT_STRATEGY_DEADLINE,
        edition: 1,
        submittedAt: null,
        approvedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await m.getRepository(StrategyEntity).insert(strategy);
      await recordAudit(m, actor, {
        strategyId: strategy.id,
        entity: 'strategy',
        entityId: strategy.id,
        action: 'strategy.create',
        details: { regionCode: region.code },
      });
      return strategy;
    });
  }

  /**
   * Replaces the chosen sectors (in the given order). A rationale given in `rationales` replaces that sector's;
   * a sector kept without one keeps its previous rationale.
   */
  async setSectors(
    actor: Actor,
    strategyId: string,
    version: number,
    sectorCodes: string[],
    rationales: SectorRationaleDraft[] = [],
  ): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const strategy = await beginStrategyEdit(m, actor, strategyId, version);
      const errors = validateSectorChoice(sectorCodes, rationales);
      if (errors.length) throw badUserInput(errors);
      const codes = [...new Set(sectorCodes.map((c) => c.trim()))];
      const sectors = await m.getRepository(SectorEntity).find();
      const byCode = new Map(sectors.map((s) => [s.code, s]));
      const chosenIds = new Set(codes.map((c) => byCode.get(c)!.id));
      const orphaned = await m
        .getRepository(GoalEntity)
        .find({ where: { strategyId }, select: { id: true, sectorId: true } });
      const stillUsed = orphaned.find((g) => !chosenIds.has(g.sectorId));
      if (stillUsed) {
        const code = sectors.find((s) => s.id === stillUsed.sectorId)?.code ?? '';
        throw badUserInput([
          {
            field: 'sectorCodes',
            rule: 'sector_has_goals',
            message: `Sector "${code}" still has goals; delete or move them first.`,
          },
        ]);
      }
      const repo = m.getRepository(StrategySectorEntity);
      const previous = new Map((await repo.findBy({ strategyId })).map((c) => [c.sectorId, c.rationale]));
      const given = new Map(rationales.map((r) => [r.sectorCode.trim(), r.rationale?.trim() || null]));
      await repo.delete({ strategyId });
      if (codes.length) {
        await repo.insert(
          codes.map((code, position) => {
            const sectorId = byCode.get(code)!.id;
            return {
              id: randomUUID(),
              strategyId,
              sectorId,
              rationale: given.has(code) ? given.get(code)! : (previous.get(sectorId) ?? null),
              position,
            };
          }),
        );
      }
      const before = sectors.filter((sec) => previous.has(sec.id)).map((sec) => sec.code);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'strategy',
        entityId: strategyId,
        action: 'strategy.set_sectors',
        details: { before, after: codes, rationales: Object.fromEntries(given) },
      });
      return strategy;
    });
  }

  /** Sets (or, with an empty text, clears) the rationale of one chosen sector. */
  async setSectorRationale(
    actor: Actor,
    strategyId: string,
    version: number,
    sectorCode: string,
    rationale: string | null,
  ): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const strategy = await beginStrategyEdit(m, actor, strategyId, version);
      const errors = validateRationale(rationale);
      if (errors.length) throw badUserInput(errors);
      const sector = await m.getRepository(SectorEntity).findOneBy({ code: sectorCode.trim() });
      const choice =
        sector && (await m.getRepository(StrategySectorEntity).findOneBy({ strategyId, sectorId: sector.id }));
      if (!choice) {
        throw badUserInput([
          {
            field: 'sectorCode',
            rule: sector ? 'sector_not_chosen' : 'unknown_sector',
            message: `The strategy has not chosen the sector "${sectorCode}".`,
          },
        ]);
      }
      await m.getRepository(StrategySectorEntity).update({ id: choice.id }, { rationale: rationale?.trim() || null });
      await recordAudit(m, actor, {
        strategyId,
        entity: 'strategy',
        entityId: strategyId,
        action: 'strategy.set_sector_rationale',
        details: { sectorCode: sector!.code, before: choice.rationale, after: rationale?.trim() || null },
      });
      return strategy;
    });
  }

  /** Submits for review: freezes the content as the next numbered revision (late ones are accepted and marked late). */
  async submit(actor: Actor, strategyId: string, version: number): Promise<StrategyEntity> {
    return this.workflow.transition(strategyDocument, actor, strategyId, 'SUBMITTED', { version });
  }

  /**
   * Returns the strategy for revision. A non-empty comment is the cover note (a plain comment, or an open
   * MAJOR remark when pinned); with an empty one, open remarks must carry the request (needs_open_remark).
   */
  async requestChanges(
    actor: Actor,
    strategyId: string,
    comment: string,
    pinAsRemark = false,
  ): Promise<StrategyEntity> {
    return this.workflow.transition(strategyDocument, actor, strategyId, 'CHANGES_REQUESTED', {
      note: comment.trim() ? checkBody(comment, 'comment') : null,
      pinNote: pinAsRemark,
    });
  }

  /** Approves: refused with INVALID_TRANSITION (open_blockers) while a BLOCKER remark is open, unless the open remarks are resolved with it (RESOLVE). */
  async approve(actor: Actor, strategyId: string, remarks?: RemarkDisposition): Promise<StrategyEntity> {
    return this.workflow.transition(strategyDocument, actor, strategyId, 'APPROVED', { remarks });
  }

  /** Opens an edit of the strategy's content (see beginStrategyEdit); initiatives use it too. */
  beginEdit(
    m: EntityManager,
    actor: Actor,
    strategyId: string,
    version: number,
    hidden?: DomainError,
  ): Promise<StrategyEntity> {
    return beginStrategyEdit(m, actor, strategyId, version, hidden);
  }
}
