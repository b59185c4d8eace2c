import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput, DomainError, prefixFieldErrors, type FieldError } from '@tsifra/domain/errors';
import type { Horizon } from '@tsifra/domain/horizons';
import { isEarlierHorizon } from '@tsifra/domain/horizons';
import type { Actor } from '@tsifra/domain/roles';
import { DEFAULT_STRATEGY_DEADLINE } from '@tsifra/domain/strategy/deadline';
import { validateGoal, wouldCreateCycle } from '@tsifra/domain/strategy/goals';
import { validateIndicator, type IndicatorDirection } from '@tsifra/domain/strategy/indicators';
import { findUnit } from '@tsifra/domain/strategy/units';
import { canEditContent, checkTransition, type StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { CommentEntity } from '../comment/comment.entity';
import { GoalEntity } from '../goal/goal.entity';
import type { GoalInput, IndicatorInput } from '../goal/goal.inputs';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { RegionEntity } from '../region/region.entity';
import { SectorEntity } from '../sector/sector.entity';
import { StrategySectorEntity } from './strategy-sector.entity';
import { StrategyEntity } from './strategy.entity';

const COMMENT_MAX = 10_000;

/** Strategy use cases: every write is one transaction, checked against the workflow and the strategy's version. */
export class StrategyService {
  constructor(private readonly db: Database) {}

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
        submittedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await m.getRepository(StrategyEntity).insert(strategy);
      return strategy;
    });
  }

  async setSectors(actor: Actor, strategyId: string, version: number, sectorCodes: string[]): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const strategy = await this.beginEdit(m, actor, strategyId, version);
      const codes = [...new Set(sectorCodes.map((c) => c.trim()))];
      const sectors = await m.getRepository(SectorEntity).find();
      const byCode = new Map(sectors.map((s) => [s.code, s]));
      const errors: FieldError[] = codes
        .map((code, i) => ({ code, i }))
        .filter(({ code }) => !byCode.has(code))
        .map(({ code, i }) => ({ field: `sectorCodes[${i}]`, rule: 'unknown_sector', message: `Unknown sector "${code}".` }));
      if (errors.length) throw badUserInput(errors);
      const chosenIds = new Set(codes.map((c) => byCode.get(c)!.id));
      const orphaned = await m.getRepository(GoalEntity).find({ where: { strategyId }, select: { id: true, sectorId: true } });
      const stillUsed = orphaned.find((g) => !chosenIds.has(g.sectorId));
      if (stillUsed) {
        const code = sectors.find((s) => s.id === stillUsed.sectorId)?.code ?? '';
        throw badUserInput([{ field: 'sectorCodes', rule: 'sector_has_goals', message: `Sector "${code}" still has goals; delete or move them first.` }]);
      }
      const repo = m.getRepository(StrategySectorEntity);
      await repo.delete({ strategyId });
      if (codes.length) {
        await repo.insert(codes.map((code, position) => ({ id: randomUUID(), strategyId, sectorId: byCode.get(code)!.id, rationale: null, position })));
      }
      return strategy;
    });
  }

  async addGoal(actor: Actor, strategyId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      const strategy = await this.beginEdit(m, actor, strategyId, version);
      const sectorId = await this.checkGoalInput(m, strategy.id, null, input);
      const siblings = await m.getRepository(GoalEntity).countBy({ strategyId, parentId: input.parentId ? input.parentId : IsNull() });
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
      await this.replaceIndicators(m, goal, input.indicators ?? []);
      return goal;
    });
  }

  async updateGoal(actor: Actor, goalId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw new DomainError('NOT_FOUND', 'No such goal.', 'id');
      await this.beginEdit(m, actor, goal.strategyId, version);
      const sectorId = await this.checkGoalInput(m, goal.strategyId, goal, input);
      Object.assign(goal, {
        sectorId,
        parentId: input.parentId ?? null,
        horizon: input.horizon,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        updatedAt: new Date(),
      });
      await m.getRepository(GoalEntity).update({ id: goal.id }, goal);
      if (input.indicators != null) await this.replaceIndicators(m, goal, input.indicators);
      return goal;
    });
  }

  async deleteGoal(actor: Actor, goalId: string, version: number): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw new DomainError('NOT_FOUND', 'No such goal.', 'id');
      const strategy = await this.beginEdit(m, actor, goal.strategyId, version);
      // Children go with their parent (ON DELETE CASCADE), and so do indicators and their values.
      await m.getRepository(GoalEntity).delete({ id: goal.id });
      return strategy;
    });
  }

  async submit(actor: Actor, strategyId: string, version: number): Promise<StrategyEntity> {
    return this.transition(actor, strategyId, 'SUBMITTED', version);
  }

  async requestChanges(actor: Actor, strategyId: string, comment: string): Promise<StrategyEntity> {
    const body = this.checkCommentBody(comment, 'comment');
    return this.transition(actor, strategyId, 'CHANGES_REQUESTED', undefined, async (m, strategy) => {
      await m.getRepository(CommentEntity).insert({ id: randomUUID(), strategyId: strategy.id, goalId: null, authorId: actor.userId, body, createdAt: new Date() });
    });
  }

  async approve(actor: Actor, strategyId: string): Promise<StrategyEntity> {
    return this.transition(actor, strategyId, 'APPROVED');
  }

  async addComment(actor: Actor, strategyId: string, goalId: string | null, body: string): Promise<CommentEntity> {
    const text = this.checkCommentBody(body, 'body');
    return this.db.write(async (m) => {
      const { strategy, regionCode } = await this.load(m, strategyId);
      const ownRegion = actor.role === 'REGIONAL_EDITOR' && actor.regionCode === regionCode;
      if (!ownRegion && actor.role !== 'FEDERAL_REVIEWER' && actor.role !== 'ADMIN') {
        throw new DomainError('FORBIDDEN', 'Only the region’s team and reviewers comment on a strategy.');
      }
      if (goalId && !(await m.getRepository(GoalEntity).existsBy({ id: goalId, strategyId: strategy.id }))) {
        throw new DomainError('BAD_USER_INPUT', 'The goal is not part of this strategy.', 'goalId');
      }
      const comment: CommentEntity = { id: randomUUID(), strategyId, goalId: goalId ?? null, authorId: actor.userId, body: text, createdAt: new Date() };
      await m.getRepository(CommentEntity).insert(comment);
      return comment;
    });
  }

  // ---- internals

  private async load(m: EntityManager, strategyId: string): Promise<{ strategy: StrategyEntity; regionCode: string }> {
    const strategy = await m.getRepository(StrategyEntity).findOneBy({ id: strategyId });
    if (!strategy) throw new DomainError('NOT_FOUND', 'No such strategy.', 'strategyId');
    const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: strategy.regionId });
    return { strategy, regionCode: region.code };
  }

  /**
   * Checks the actor may edit the content now and claims the version: `UPDATE … WHERE version = ?`
   * (TypeORM's @VersionColumn does not guard save()); a stale version changes nothing and fails with CONFLICT.
   */
  private async beginEdit(m: EntityManager, actor: Actor, strategyId: string, version: number): Promise<StrategyEntity> {
    const { strategy, regionCode } = await this.load(m, strategyId);
    const refusal = canEditContent(actor, regionCode, strategy.status as StrategyStatus);
    if (refusal) throw new DomainError(refusal.code, refusal.reason);
    await this.claimVersion(m, strategy, version);
    return strategy;
  }

  private async claimVersion(m: EntityManager, strategy: StrategyEntity, version: number): Promise<void> {
    const now = new Date();
    const result = await m
      .createQueryBuilder()
      .update(StrategyEntity)
      .set({ version: () => 'version + 1', updatedAt: now })
      .where('id = :id AND version = :version', { id: strategy.id, version })
      .execute();
    if (result.affected !== 1) {
      throw new DomainError('CONFLICT', `The strategy changed since you loaded it (you have version ${version}, it is at ${strategy.version}). Reload and re-apply your edit.`, 'version');
    }
    strategy.version = version + 1;
    strategy.updatedAt = now;
  }

  private async transition(
    actor: Actor,
    strategyId: string,
    to: StrategyStatus,
    version?: number,
    alsoDo?: (m: EntityManager, strategy: StrategyEntity) => Promise<void>,
  ): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const { strategy, regionCode } = await this.load(m, strategyId);
      const refusal = checkTransition({ status: strategy.status as StrategyStatus, regionCode }, to, actor);
      if (refusal) throw new DomainError(refusal.code, refusal.reason);
      await this.claimVersion(m, strategy, version ?? strategy.version);
      const patch: Partial<StrategyEntity> = { status: to };
      if (to === 'SUBMITTED') {
        patch.revision = strategy.revision + 1;
        patch.submittedAt = new Date();
      }
      await m.getRepository(StrategyEntity).update({ id: strategy.id }, patch);
      await alsoDo?.(m, strategy);
      return Object.assign(strategy, patch);
    });
  }

  /** Validates a goal input against the domain rules and the strategy's tree; returns the sector id. */
  private async checkGoalInput(m: EntityManager, strategyId: string, existing: GoalEntity | null, input: GoalInput): Promise<string> {
    const errors: FieldError[] = [];
    const chosen = await m
      .getRepository(StrategySectorEntity)
      .createQueryBuilder('ss')
      .innerJoin(SectorEntity, 's', 's.id = ss.sector_id')
      .select(['s.code AS code', 's.id AS id'])
      .where('ss.strategy_id = :strategyId', { strategyId })
      .getRawMany<{ code: string; id: string }>();
    let parentHorizon: Horizon | null = null;
    const goals = await m.getRepository(GoalEntity).find({ where: { strategyId }, select: { id: true, parentId: true, horizon: true } });
    if (input.parentId) {
      const parent = goals.find((g) => g.id === input.parentId);
      if (!parent) errors.push({ field: 'parentId', rule: 'parent_not_in_strategy', message: 'The parent goal is not part of this strategy.' });
      else parentHorizon = parent.horizon as Horizon;
      if (existing && parent) {
        const parentOf = new Map(goals.map((g) => [g.id, g.parentId]));
        if (wouldCreateCycle(existing.id, input.parentId, parentOf)) {
          errors.push({ field: 'parentId', rule: 'goal_cycle', message: 'A goal cannot be nested under itself or its own descendant.' });
        }
      }
    }
    errors.push(
      ...validateGoal(
        { horizon: input.horizon as Horizon, sectorCode: input.sectorCode, title: input.title, description: input.description },
        { parentHorizon, chosenSectors: chosen.map((c) => c.code) },
      ),
    );
    if (existing) {
      const child = goals.find((g) => g.parentId === existing.id && !isEarlierHorizon(g.horizon as Horizon, input.horizon as Horizon));
      if (child) errors.push({ field: 'horizon', rule: 'horizon_not_later_than_children', message: 'The goal has sub-goals on the same or a later horizon.' });
    }
    (input.indicators ?? []).forEach((indicator, i) => {
      errors.push(...prefixFieldErrors(`indicators[${i}]`, validateIndicator(toDraft(indicator), { horizon: input.horizon as Horizon })));
    });
    if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
    return chosen.find((c) => c.code === input.sectorCode)!.id;
  }

  private async replaceIndicators(m: EntityManager, goal: GoalEntity, inputs: IndicatorInput[]): Promise<void> {
    await m.getRepository(IndicatorEntity).delete({ goalId: goal.id });
    if (!inputs.length) return;
    const indicators: IndicatorEntity[] = inputs.map((input, position) => ({
      id: randomUUID(),
      goalId: goal.id,
      strategyId: goal.strategyId,
      name: input.name.trim(),
      // Stored as the Russian symbol users read («%», «тыс. чел.»); the ОКЕИ code is derivable via findUnit.
      unit: findUnit(input.unit)?.symbol ?? input.unit.trim(),
      direction: input.direction ?? null,
      baselineYear: input.baselineYear,
      baselineValue: input.baselineValue,
      responsible: input.responsible?.trim() || null,
      position,
    }));
    await m.getRepository(IndicatorEntity).insert(indicators);
    const values = inputs.flatMap((input, i) =>
      input.targets.map((t) => ({ id: randomUUID(), indicatorId: indicators[i]!.id, kind: 'TARGET', year: t.year, value: t.value })),
    );
    if (values.length) await m.getRepository(IndicatorValueEntity).insert(values);
  }

  private checkCommentBody(body: string, field: string): string {
    const text = body.trim();
    if (!text) throw new DomainError('BAD_USER_INPUT', 'The comment is empty.', field);
    if (text.length > COMMENT_MAX) throw new DomainError('BAD_USER_INPUT', `The comment is longer than ${COMMENT_MAX} characters.`, field);
    return text;
  }
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
