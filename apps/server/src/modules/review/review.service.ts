import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { DEFAULT_STRATEGY_DEADLINE, daysLeft, isIsoDate } from '@tsifra/domain/strategy/deadline';
import { parseSnapshot } from '@tsifra/domain/strategy/snapshot';
import { canComment, isContentEditable, type StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { CommentEntity } from '../comment/comment.entity';
import { GoalEntity } from '../goal/goal.entity';
import { notify } from '../notification/notify';
import { RegionEntity } from '../region/region.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import type { Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import type { RemarkInput, RemarkStatus } from './review.type';
import { StrategyRevisionEntity } from './strategy-revision.entity';

async function loadStrategy(m: EntityManager, strategyId: string, field = 'strategyId') {
  const strategy = await m.getRepository(StrategyEntity).findOneBy({ id: strategyId });
  if (!strategy) throw new DomainError('NOT_FOUND', 'No such strategy.', field);
  const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: strategy.regionId });
  return { strategy, region };
}

const isReviewer = (actor: Actor) => actor.role === 'FEDERAL_REVIEWER' || actor.role === 'ADMIN';

/** Review use cases besides the transitions: remarks and their threads, deadlines, the overview. */
export class ReviewService {
  constructor(
    private readonly db: Database,
    readonly clock: Clock,
  ) {}

  /** A reviewer pins a remark to a submitted revision: the strategy, a goal, an indicator or one of its years. */
  async addRemark(actor: Actor, strategyId: string, input: RemarkInput): Promise<CommentEntity> {
    const body = checkBody(input.body, 'input.body');
    return this.db.write(async (m) => {
      const { strategy } = await loadStrategy(m, strategyId);
      if (!isReviewer(actor)) throw new DomainError('FORBIDDEN', 'Only reviewers and admins add remarks; the region replies to them.');
      if (strategy.status === 'APPROVED') throw new DomainError('INVALID_TRANSITION', 'An approved strategy is final: no new remarks.');
      if (strategy.revision === 0) throw new DomainError('INVALID_TRANSITION', 'Remarks are made on a submitted revision; this strategy has none yet.');
      const number = input.revision ?? strategy.revision;
      const revision = await m.getRepository(StrategyRevisionEntity).findOneBy({ strategyId, number });
      if (!revision) throw new DomainError('BAD_USER_INPUT', `The strategy has no revision ${number}.`, 'input.revision');
      const snapshot = parseSnapshot(revision.snapshot);
      let goalId = input.goalId ?? null;
      let indicatorId: string | null = null;
      let year: number | null = null;
      if (input.indicatorId) {
        const owner = snapshot.goals.find((g) => g.indicators.some((i) => i.id === input.indicatorId));
        if (!owner) throw new DomainError('BAD_USER_INPUT', `Revision ${number} has no such indicator.`, 'input.indicatorId');
        if (goalId && goalId !== owner.id) throw new DomainError('BAD_USER_INPUT', 'The indicator belongs to another goal.', 'input.goalId');
        goalId = owner.id;
        indicatorId = input.indicatorId;
        const indicator = owner.indicators.find((i) => i.id === indicatorId)!;
        if (input.year != null) {
          if (input.year !== indicator.baselineYear && !indicator.targets.some((t) => t.year === input.year)) {
            throw new DomainError('BAD_USER_INPUT', `The indicator has no value for ${input.year}.`, 'input.year');
          }
          year = input.year;
        }
      } else if (input.year != null) {
        throw new DomainError('BAD_USER_INPUT', 'A year pins a remark to a target value: name the indicator too.', 'input.year');
      }
      if (goalId && !snapshot.goals.some((g) => g.id === goalId)) throw new DomainError('BAD_USER_INPUT', `Revision ${number} has no such goal.`, 'input.goalId');
      const liveGoal = goalId ? await m.getRepository(GoalEntity).existsBy({ id: goalId, strategyId }) : false;
      const remark: CommentEntity = {
        id: randomUUID(),
        strategyId,
        goalId: liveGoal ? goalId : null,
        authorId: actor.userId,
        body,
        createdAt: new Date(),
        severity: input.severity,
        status: 'OPEN',
        parentId: null,
        revision: number,
        pinnedGoalId: goalId,
        indicatorId,
        year,
        resolvedAt: null,
        resolvedById: null,
      };
      await m.getRepository(CommentEntity).insert(remark);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'comment',
        entityId: remark.id,
        action: 'remark.add',
        details: { severity: input.severity, revision: number, goalId, indicatorId, year, body },
      });
      await notify(m, { regionId: strategy.regionId }, { kind: 'REMARK_ADDED', strategyId, actorId: actor.userId, commentId: remark.id, revision: number, text: body });
      return remark;
    });
  }

  /** The region (or a reviewer) answers a remark; the reply joins its thread. */
  async reply(actor: Actor, remarkId: string, bodyText: string): Promise<CommentEntity> {
    const body = checkBody(bodyText, 'body');
    return this.db.write(async (m) => {
      const target = await m.getRepository(CommentEntity).findOneBy({ id: remarkId });
      if (!target) throw new DomainError('NOT_FOUND', 'No such remark.', 'remarkId');
      const root = target.parentId ? await m.getRepository(CommentEntity).findOneByOrFail({ id: target.parentId }) : target;
      const { region } = await loadStrategy(m, root.strategyId);
      if (!canComment(actor, region.code)) throw new DomainError('FORBIDDEN', 'Only the region’s team and reviewers answer remarks.');
      const reply: CommentEntity = {
        id: randomUUID(),
        strategyId: root.strategyId,
        goalId: root.goalId,
        authorId: actor.userId,
        body,
        createdAt: new Date(),
        parentId: root.id,
        revision: root.revision ?? null,
        pinnedGoalId: root.pinnedGoalId ?? null,
        indicatorId: root.indicatorId ?? null,
        year: root.year ?? null,
      };
      await m.getRepository(CommentEntity).insert(reply);
      await recordAudit(m, actor, { strategyId: root.strategyId, entity: 'comment', entityId: reply.id, action: 'remark.reply', details: { remarkId: root.id, body } });
      // The other side hears about it: the region when a reviewer answers; the remark's author and the reviewers in the thread otherwise.
      if (isReviewer(actor)) {
        await notify(m, { regionId: region.id }, { kind: 'REPLY_ADDED', strategyId: root.strategyId, actorId: actor.userId, commentId: reply.id, revision: root.revision, text: body });
      } else {
        const thread = await m.getRepository(CommentEntity).find({ where: [{ id: root.id }, { parentId: root.id }], select: { authorId: true } });
        await notify(m, { userIds: [...new Set(thread.map((c) => c.authorId))] }, { kind: 'REPLY_ADDED', strategyId: root.strategyId, actorId: actor.userId, commentId: reply.id, revision: root.revision, text: body });
      }
      return reply;
    });
  }

  /** Reviewers resolve or reopen a remark. Setting the status it already has changes nothing. */
  async setRemarkStatus(actor: Actor, remarkId: string, status: RemarkStatus): Promise<CommentEntity> {
    return this.db.write(async (m) => {
      const remark = await m.getRepository(CommentEntity).findOneBy({ id: remarkId });
      if (!remark) throw new DomainError('NOT_FOUND', 'No such remark.', 'id');
      if (!remark.severity || remark.parentId) throw new DomainError('BAD_USER_INPUT', 'Only remarks (comments with a severity) are resolved, not plain comments or replies.', 'id');
      const { strategy } = await loadStrategy(m, remark.strategyId, 'id');
      if (!isReviewer(actor)) throw new DomainError('FORBIDDEN', 'Only reviewers and admins resolve or reopen remarks.');
      if (strategy.status === 'APPROVED') throw new DomainError('INVALID_TRANSITION', 'An approved strategy is final: its remarks no longer change.');
      if (remark.status === status) return remark;
      const patch = status === 'RESOLVED' ? { status, resolvedAt: new Date(), resolvedById: actor.userId } : { status, resolvedAt: null, resolvedById: null };
      await m.getRepository(CommentEntity).update({ id: remark.id }, patch);
      await recordAudit(m, actor, { strategyId: remark.strategyId, entity: 'comment', entityId: remark.id, action: status === 'RESOLVED' ? 'remark.resolve' : 'remark.reopen', details: { severity: remark.severity } });
      await notify(m, { regionId: strategy.regionId }, {
        kind: status === 'RESOLVED' ? 'REMARK_RESOLVED' : 'REMARK_REOPENED',
        strategyId: remark.strategyId,
        actorId: actor.userId,
        commentId: remark.id,
        revision: remark.revision,
        text: remark.body,
      });
      return Object.assign(remark, patch);
    });
  }

  /** An admin moves a strategy's deadline. The version is not claimed: the deadline is not content. */
  async setDeadline(actor: Actor, strategyId: string, deadline: string): Promise<StrategyEntity> {
    const date = deadline.trim();
    if (!isIsoDate(date)) throw new DomainError('BAD_USER_INPUT', 'The deadline must be a calendar date written YYYY-MM-DD.', 'deadline');
    return this.db.write(async (m) => {
      if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only administrators set deadlines.');
      const { strategy } = await loadStrategy(m, strategyId, 'id');
      if (strategy.deadline === date) return strategy;
      const before = strategy.deadline;
      await m.getRepository(StrategyEntity).update({ id: strategy.id }, { deadline: date });
      await recordAudit(m, actor, { strategyId: strategy.id, entity: 'strategy', entityId: strategy.id, action: 'strategy.set_deadline', details: { before, after: date } });
      return Object.assign(strategy, { deadline: date });
    });
  }

  /**
   * Counts per status (regions without a strategy included) and the regions at risk: not submitted
   * while the deadline is at most `riskDays` away or past. Two statements for any number of regions.
   */
  async overview(federalDistrict: string | null, riskDays: number) {
    const ds = this.db.dataSource;
    const [regions, strategies] = await Promise.all([
      ds.getRepository(RegionEntity).find({ where: federalDistrict ? { federalDistrict } : {}, order: { subjectCode: 'ASC' } }),
      ds.getRepository(StrategyEntity).find(),
    ]);
    const today = this.clock.today();
    const byRegion = new Map(strategies.map((s) => [s.regionId, s]));
    const counts = { noStrategy: 0, draft: 0, submitted: 0, changesRequested: 0, approved: 0 };
    const key: Record<StrategyStatus, keyof typeof counts> = { DRAFT: 'draft', SUBMITTED: 'submitted', CHANGES_REQUESTED: 'changesRequested', APPROVED: 'approved' };
    let late = 0;
    const atRisk: { region: RegionEntity; left: number }[] = [];
    for (const region of regions) {
      const strategy = byRegion.get(region.id);
      counts[strategy ? key[strategy.status] : 'noStrategy'] += 1;
      if (strategy && !isContentEditable(strategy.status)) continue;
      const left = daysLeft(strategy?.deadline ?? DEFAULT_STRATEGY_DEADLINE, today);
      if (left < 0) late += 1;
      if (left <= riskDays) atRisk.push({ region, left });
    }
    atRisk.sort((a, b) => a.left - b.left || a.region.subjectCode.localeCompare(b.region.subjectCode));
    return { today, total: regions.length, counts, late, riskDays, atRisk: atRisk.map((r) => r.region) };
  }
}
