import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput, DomainError, prefixFieldErrors, type FieldError } from '@tsifra/domain/errors';
import type { Horizon } from '@tsifra/domain/horizons';
import { isEarlierHorizon } from '@tsifra/domain/horizons';
import type { Actor } from '@tsifra/domain/roles';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { DEFAULT_STRATEGY_DEADLINE } from '@tsifra/domain/strategy/deadline';
import { checkGoalCapacity, validateGoal, wouldCreateCycle } from '@tsifra/domain/strategy/goals';
import {
  validateRationale,
  validateSectorChoice,
  type SectorRationaleDraft,
} from '@tsifra/domain/strategy/sector-choices';
import { validateIndicator, type IndicatorDirection } from '@tsifra/domain/strategy/indicators';
import { canComment, canEditContent } from '@tsifra/domain/strategy/workflow';
import { contentEditRefusal, HIDDEN } from '@tsifra/domain/strategy/visibility';
import type { Database } from '../../db/data-source';
import { claimVersion } from '../../db/optimistic-lock';
import { recordAudit } from '../audit/audit';
import { notify } from '../notification/notify';
import { WorkflowService } from '../workflow/workflow.service';
import { systemClock, type Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import { CommentEntity } from '../comment/comment.entity';
import { GoalEntity } from '../goal/goal.entity';
import { syncIndicators } from '../goal/indicator-sync';
import type { GoalInput, IndicatorInput } from '../goal/goal.inputs';
import { RegionEntity } from '../region/region.entity';
import { SectorEntity } from '../sector/sector.entity';
import { loadStrategy, strategyDocument, noSuchGoal } from './strategy-document';
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
      const strategy = await this.beginEdit(m, actor, strategyId, version);
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
      const strategy = await this.beginEdit(m, actor, strategyId, version);
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

  async addGoal(actor: Actor, strategyId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      const strategy = await this.beginEdit(m, actor, strategyId, version);
      // Only a new goal grows the strategy; the cap keeps Strategy.goals and Goal.children bounded lists.
      const capacity = checkGoalCapacity(await m.getRepository(GoalEntity).countBy({ strategyId }));
      if (capacity.length) throw badUserInput(capacity);
      const sectorId = await this.checkGoalInput(m, strategy.id, null, input);
      const siblings = await m
        .getRepository(GoalEntity)
        .countBy({ strategyId, parentId: input.parentId ? input.parentId : IsNull() });
      const now = new Date();
      const goal: GoalEntity = {
        id: randomUUID(),
        strategyId,
        sectorId,
        parentId: input.parentId ?? null,
        horizon: input.horizon,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        position: siblings,
        createdAt: now,
        updatedAt: now,
      };
      await m.getRepository(GoalEntity).insert(goal);
      await syncIndicators(m, goal, input.indicators ?? []);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.add',
        details: goalAuditDetails(goal, input),
      });
      return goal;
    });
  }

  async updateGoal(actor: Actor, goalId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      await this.beginEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      const sectorId = await this.checkGoalInput(m, goal.strategyId, goal, input);
      const before = {
        title: goal.title,
        description: goal.description,
        horizon: goal.horizon,
        parentId: goal.parentId,
        sectorId: goal.sectorId,
      };
      // A new parent puts the goal last among its new siblings.
      if ((input.parentId ?? null) !== goal.parentId) await this.placeGoal(m, goal, input.parentId ?? null, null);
      Object.assign(goal, {
        sectorId,
        parentId: input.parentId ?? null,
        horizon: input.horizon,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        updatedAt: new Date(),
      });
      await m.getRepository(GoalEntity).update({ id: goal.id }, goal);
      if (input.indicators != null) await syncIndicators(m, goal, input.indicators);
      const changed = Object.fromEntries(
        (Object.keys(before) as (keyof typeof before)[])
          .filter((k) => before[k] !== goal[k])
          .map((k) => [k, { before: before[k], after: goal[k] }]),
      );
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.update',
        details: { changed, ...goalAuditDetails(goal, input) },
      });
      return goal;
    });
  }

  async deleteGoal(actor: Actor, goalId: string, version: number): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      const strategy = await this.beginEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      // Children go with their parent (ON DELETE CASCADE), and so do indicators and their values.
      await m.getRepository(GoalEntity).delete({ id: goal.id });
      await this.renumberSiblings(m, goal.strategyId, goal.parentId, []);
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.delete',
        details: { title: goal.title, horizon: goal.horizon, parentId: goal.parentId },
      });
      return strategy;
    });
  }

  /**
   * Reorders or re-parents a goal: it goes to `position` (0-based) among the children of `parentId`
   * (top level when null); both sibling lists are renumbered densely in the same transaction.
   * The horizon, cycle and sector rules of goals apply.
   */
  async moveGoal(
    actor: Actor,
    goalId: string,
    version: number,
    parentId: string | null,
    position: number,
  ): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      const strategy = await this.beginEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      const sector = await m.getRepository(SectorEntity).findOneByOrFail({ id: goal.sectorId });
      const input = {
        horizon: goal.horizon,
        sectorCode: sector.code,
        title: goal.title,
        description: goal.description,
        parentId,
      } as GoalInput;
      await this.checkGoalInput(m, goal.strategyId, goal, input, '');
      const from = { parentId: goal.parentId, position: goal.position };
      await this.placeGoal(m, goal, parentId, position);
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.move',
        details: { title: goal.title, before: from, after: { parentId, position } },
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

  async addComment(actor: Actor, strategyId: string, goalId: string | null, body: string): Promise<CommentEntity> {
    const text = checkBody(body, 'body');
    return this.db.write(async (m) => {
      const { strategy, regionCode } = await this.load(m, strategyId);
      if (!canComment(actor, regionCode))
        throw new DomainError('FORBIDDEN', 'Only the region’s team and reviewers comment on a strategy.');
      if (goalId && !(await m.getRepository(GoalEntity).existsBy({ id: goalId, strategyId: strategy.id }))) {
        throw new DomainError('BAD_USER_INPUT', 'The goal is not part of this strategy.', 'goalId');
      }
      const comment: CommentEntity = {
        id: randomUUID(),
        strategyId,
        goalId: goalId ?? null,
        authorId: actor.userId,
        body: text,
        createdAt: new Date(),
        pinnedGoalId: goalId ?? null,
      };
      await m.getRepository(CommentEntity).insert(comment);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'comment',
        entityId: comment.id,
        action: 'comment.add',
        details: { goalId: goalId ?? null, body: text },
      });
      if (actor.role !== 'REGIONAL_EDITOR') {
        await notify(
          m,
          { regionId: strategy.regionId },
          {
            kind: 'REMARK_ADDED',
            strategyId,
            actorId: actor.userId,
            commentId: comment.id,
            revision: strategy.revision || null,
            text,
          },
        );
      }
      return comment;
    });
  }

  // ---- internals

  private async load(m: EntityManager, strategyId: string): Promise<{ strategy: StrategyEntity; regionCode: string }> {
    const { document, regionCode } = await loadStrategy(m, strategyId);
    return { strategy: document, regionCode };
  }

  /**
   * Checks the actor may edit the content now and claims the version: `UPDATE … WHERE version = ?`
   * (TypeORM's @VersionColumn does not guard save()); a stale version changes nothing and fails with CONFLICT.
   */
  async beginEdit(
    m: EntityManager,
    actor: Actor,
    strategyId: string,
    version: number,
    hidden?: DomainError,
  ): Promise<StrategyEntity> {
    const { strategy, regionCode } = await this.load(m, strategyId);
    const refusal = hidden
      ? contentEditRefusal(actor, regionCode, strategy.status)
      : canEditContent(actor, regionCode, strategy.status);
    if (refusal) throw refusal === HIDDEN ? hidden! : new DomainError(refusal.code, refusal.reason);
    await claimVersion(m, StrategyEntity, strategy, version, 'strategy');
    return strategy;
  }

  /** Validates a goal input against the domain rules and the strategy's tree; returns the sector id. */
  private async checkGoalInput(
    m: EntityManager,
    strategyId: string,
    existing: GoalEntity | null,
    input: GoalInput,
    prefix = 'input',
  ): Promise<string> {
    const errors: FieldError[] = [];
    const chosen = await m
      .getRepository(StrategySectorEntity)
      .createQueryBuilder('ss')
      .innerJoin(SectorEntity, 's', 's.id = ss.sector_id')
      .select(['s.code AS code', 's.id AS id'])
      .where('ss.strategy_id = :strategyId', { strategyId })
      .getRawMany<{ code: string; id: string }>();
    let parentHorizon: Horizon | null = null;
    const goals = await m
      .getRepository(GoalEntity)
      .find({ where: { strategyId }, select: { id: true, parentId: true, horizon: true } });
    if (input.parentId) {
      const parent = goals.find((g) => g.id === input.parentId);
      if (!parent)
        errors.push({
          field: 'parentId',
          rule: 'parent_not_in_strategy',
          message: 'The parent goal is not part of this strategy.',
        });
      else parentHorizon = parent.horizon as Horizon;
      if (existing && parent) {
        const parentOf = new Map(goals.map((g) => [g.id, g.parentId]));
        if (wouldCreateCycle(existing.id, input.parentId, parentOf)) {
          errors.push({
            field: 'parentId',
            rule: 'goal_cycle',
            message: 'A goal cannot be nested under itself or its own descendant.',
          });
        }
      }
    }
    errors.push(
      ...validateGoal(
        {
          horizon: input.horizon as Horizon,
          sectorCode: input.sectorCode,
          title: input.title,
          description: input.description,
        },
        {
          parentHorizon,
          chosenSectors: chosen.map((c) => c.code),
          indicatorCount: input.indicators?.length ?? 0,
        },
      ),
    );
    if (existing) {
      const child = goals.find(
        (g) => g.parentId === existing.id && !isEarlierHorizon(g.horizon as Horizon, input.horizon as Horizon),
      );
      if (child)
        errors.push({
          field: 'horizon',
          rule: 'horizon_not_later_than_children',
          message: 'The goal has sub-goals on the same or a later horizon.',
        });
    }
    (input.indicators ?? []).forEach((indicator, i) => {
      errors.push(
        ...prefixFieldErrors(
          `indicators[${i}]`,
          validateIndicator(toDraft(indicator), { horizon: input.horizon as Horizon }),
        ),
      );
    });
    if (errors.length) throw badUserInput(prefixFieldErrors(prefix, errors));
    return chosen.find((c) => c.code === input.sectorCode)!.id;
  }

  /**
   * Puts the goal at `position` among the children of `parentId` (last when null), renumbering the new and,
   * when the parent changes, the old sibling list densely from 0.
   */
  private async placeGoal(
    m: EntityManager,
    goal: GoalEntity,
    parentId: string | null,
    position: number | null,
  ): Promise<void> {
    const siblings = await this.siblings(m, goal.strategyId, parentId);
    const others = siblings.filter((g) => g.id !== goal.id);
    const at = position ?? others.length;
    if (!Number.isInteger(at) || at < 0 || at > others.length) {
      throw badUserInput([
        {
          field: 'position',
          rule: 'position_out_of_range',
          message: `The position must be between 0 and ${others.length}.`,
          params: { min: 0, max: others.length },
        },
      ]);
    }
    const oldParentId = goal.parentId;
    if (oldParentId !== parentId) {
      await m.getRepository(GoalEntity).update({ id: goal.id }, { parentId, updatedAt: new Date() });
      goal.parentId = parentId;
      await this.renumberSiblings(m, goal.strategyId, oldParentId, []);
    }
    const order = [...others.map((g) => g.id)];
    order.splice(at, 0, goal.id);
    await this.renumberSiblings(m, goal.strategyId, parentId, order, siblings);
    goal.position = at;
  }

  /** Writes positions 0..n-1 in `order` (or the current order) for the children of `parentId`, touching only rows that move. */
  private async renumberSiblings(
    m: EntityManager,
    strategyId: string,
    parentId: string | null,
    order: string[],
    current?: Pick<GoalEntity, 'id' | 'position'>[],
  ): Promise<void> {
    const rows = current ?? (await this.siblings(m, strategyId, parentId));
    const ids = order.length ? order : rows.map((g) => g.id);
    const had = new Map(rows.map((g) => [g.id, g.position]));
    for (const [position, id] of ids.entries()) {
      if (had.get(id) !== position) await m.getRepository(GoalEntity).update({ id }, { position });
    }
  }

  private siblings(
    m: EntityManager,
    strategyId: string,
    parentId: string | null,
  ): Promise<Pick<GoalEntity, 'id' | 'position'>[]> {
    return m.getRepository(GoalEntity).find({
      where: { strategyId, parentId: parentId ?? IsNull() },
      order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
      select: { id: true, position: true },
    });
  }
}

/** What the audit log keeps of a goal write: its place and text, and its indicators in short. */
function goalAuditDetails(goal: GoalEntity, input: GoalInput): Record<string, unknown> {
  return {
    title: goal.title,
    horizon: goal.horizon,
    sectorCode: input.sectorCode,
    parentId: goal.parentId,
    indicators: input.indicators?.map((i) => ({
      name: i.name,
      baseline: [i.baselineYear, i.baselineValue],
      targets: i.targets.map((t) => [t.year, t.value]),
    })),
  };
}

function toDraft(input: IndicatorInput) {
  return {
    name: input.name,
    unit: input.unit,
    direction: (input.direction ?? undefined) as IndicatorDirection | undefined,
    baselineYear: input.baselineYear,
    baselineValue: input.baselineValue,
    targets: input.targets,
    responsible: input.responsible,
  };
}
