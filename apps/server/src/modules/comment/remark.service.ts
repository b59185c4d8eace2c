import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, refusal } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { parseSnapshot } from '@tsifra/domain/strategy/snapshot';
import { canComment } from '@tsifra/domain/strategy/workflow';
import { contentExistsFor } from '@tsifra/domain/strategy/visibility';
import type { Database } from '../../db/data-source';
import { checkBody } from '../../shared/text';
import { recordAudit } from '../audit/audit';
import { GoalEntity } from '../goal/goal.entity';
import { notify } from '../notification/notify';
import { StrategyRevisionEntity } from '../review/strategy-revision.entity';
import type { RemarkInput, RemarkSeverity, RemarkStatus } from '../review/review.type';
import { documentColumns, documentRefOf, type DocumentRef } from '../workflow/document-ref';
import { loadDocument } from '../workflow/documents';
import { CommentEntity } from './comment.entity';

const isReviewer = (actor: Actor) => actor.role === 'FEDERAL_REVIEWER' || actor.role === 'ADMIN';

/** Where a remark is pinned inside its document's revision (strategies: a goal, an indicator, one of its years). */
interface Pin {
  goalId: string | null;
  liveGoalId: string | null;
  indicatorId: string | null;
  year: number | null;
}

const NO_PIN: Pin = { goalId: null, liveGoalId: null, indicatorId: null, year: null };

/**
 * Remarks and their threads on any reviewed document (strategies, GosTech plans): reviewers pin them to a
 * submitted revision, both sides reply, reviewers resolve and reopen them. Open remarks feed the workflow's
 * guards (a return needs one or a cover note; an open BLOCKER prevents approval).
 */
export class RemarkService {
  constructor(private readonly db: Database) {}

  /** A reviewer pins a remark to a strategy's submitted revision: the strategy, a goal, an indicator or one of its years. */
  addStrategyRemark(actor: Actor, strategyId: string, input: RemarkInput): Promise<CommentEntity> {
    return this.add(actor, { type: 'strategy', id: strategyId }, input, (m, number) =>
      strategyPin(m, strategyId, number, input),
    );
  }

  /** A reviewer adds a remark to a GosTech plan's submitted revision (the plan as a whole). */
  addPlanRemark(
    actor: Actor,
    planId: string,
    input: { body: string; severity: RemarkSeverity; revision?: number | null },
  ): Promise<CommentEntity> {
    return this.add(actor, { type: 'gostech_plan', id: planId }, input, async () => NO_PIN);
  }

  /** The region (or a reviewer) answers a remark; the reply joins its thread. */
  async reply(actor: Actor, remarkId: string, bodyText: string): Promise<CommentEntity> {
    const body = checkBody(bodyText, 'body');
    return this.db.write(async (m) => {
      const target = await m.getRepository(CommentEntity).findOneBy({ id: remarkId });
      if (!target) throw new DomainError('NOT_FOUND', 'No such remark.', 'remarkId');
      const root = target.parentId
        ? await m.getRepository(CommentEntity).findOneByOrFail({ id: target.parentId })
        : target;
      const ref = documentRefOf(root);
      const { document, regionCode } = await loadDocument(m, ref, 'remarkId');
      if (!contentExistsFor(actor, regionCode, document.status))
        throw new DomainError('NOT_FOUND', 'No such remark.', 'remarkId');
      if (!canComment(actor, regionCode))
        throw refusal({
          code: 'FORBIDDEN',
          rule: 'remark_reply_not_allowed',
          message: 'Only the region’s team and reviewers answer remarks.',
        });
      const reply: CommentEntity = {
        id: randomUUID(),
        ...documentColumns(ref),
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
      await recordAudit(m, actor, {
        ...documentColumns(ref),
        entity: 'comment',
        entityId: reply.id,
        action: 'remark.reply',
        details: { remarkId: root.id, body },
      });
      // The other side hears about it: the region when a reviewer answers; the remark's author and the reviewers in the thread otherwise.
      const about = {
        kind: 'REPLY_ADDED' as const,
        ...documentColumns(ref),
        actorId: actor.userId,
        commentId: reply.id,
        revision: root.revision,
        text: body,
      };
      if (isReviewer(actor)) {
        await notify(m, { regionId: document.regionId }, about);
      } else {
        const thread = await m
          .getRepository(CommentEntity)
          .find({ where: [{ id: root.id }, { parentId: root.id }], select: { authorId: true } });
        await notify(m, { userIds: [...new Set(thread.map((c) => c.authorId))] }, about);
      }
      return reply;
    });
  }

  /** Reviewers resolve or reopen a remark. Setting the status it already has changes nothing. */
  async setRemarkStatus(actor: Actor, remarkId: string, status: RemarkStatus): Promise<CommentEntity> {
    return this.db.write(async (m) => {
      const remark = await m.getRepository(CommentEntity).findOneBy({ id: remarkId });
      // A remark on content the caller may not read answers like an unknown id (issue 17).
      const found = remark && (await loadDocument(m, documentRefOf(remark), 'id'));
      if (!remark || !found || !contentExistsFor(actor, found.regionCode, found.document.status))
        throw new DomainError('NOT_FOUND', 'No such remark.', 'id');
      if (!remark.severity || remark.parentId)
        throw refusal({
          code: 'BAD_USER_INPUT',
          rule: 'not_a_remark',
          message: 'Only remarks (comments with a severity) are resolved, not plain comments or replies.',
          field: 'id',
        });
      const ref = documentRefOf(remark);
      const { document, adapter } = found;
      if (!isReviewer(actor))
        throw refusal({
          code: 'FORBIDDEN',
          rule: 'remark_resolve_not_allowed',
          message: 'Only reviewers and admins resolve or reopen remarks.',
        });
      if (document.status === 'APPROVED')
        throw refusal({
          code: 'INVALID_TRANSITION',
          rule: 'approved_remarks_final',
          message: `An approved ${adapter.label} is final: its remarks no longer change.`,
        });
      if (remark.status === status) return remark;
      const patch = await setStatus(m, actor, [remark], status);
      await notify(
        m,
        { regionId: document.regionId },
        {
          kind: status === 'RESOLVED' ? 'REMARK_RESOLVED' : 'REMARK_REOPENED',
          ...documentColumns(ref),
          actorId: actor.userId,
          commentId: remark.id,
          revision: remark.revision,
          text: remark.body,
        },
      );
      return Object.assign(remark, patch);
    });
  }

  private async add(
    actor: Actor,
    ref: DocumentRef,
    input: { body: string; severity: RemarkSeverity; revision?: number | null },
    pinOf: (m: EntityManager, revision: number) => Promise<Pin>,
  ): Promise<CommentEntity> {
    const body = checkBody(input.body, 'input.body');
    return this.db.write(async (m) => {
      const { document, adapter } = await loadDocument(m, ref, ref.type === 'strategy' ? 'strategyId' : 'planId');
      if (!isReviewer(actor))
        throw refusal({
          code: 'FORBIDDEN',
          rule: 'remark_add_not_allowed',
          message: 'Only reviewers and admins add remarks; the region replies to them.',
        });
      if (document.status === 'APPROVED')
        throw refusal({
          code: 'INVALID_TRANSITION',
          rule: 'approved_no_new_remarks',
          message: `An approved ${adapter.label} is final: no new remarks.`,
        });
      if (document.revision === 0)
        throw refusal({
          code: 'INVALID_TRANSITION',
          rule: 'remark_needs_revision',
          message: `Remarks are made on a submitted revision; this ${adapter.label} has none yet.`,
        });
      const number = input.revision ?? document.revision;
      if (!Number.isInteger(number) || number < 1 || number > document.revision)
        throw refusal({
          code: 'BAD_USER_INPUT',
          rule: 'no_such_revision',
          message: `The ${adapter.label} has no revision ${number}.`,
          field: 'input.revision',
        });
      const pin = await pinOf(m, number);
      const remark: CommentEntity = {
        id: randomUUID(),
        ...documentColumns(ref),
        goalId: pin.liveGoalId,
        authorId: actor.userId,
        body,
        createdAt: new Date(),
        severity: input.severity,
        status: 'OPEN',
        parentId: null,
        revision: number,
        pinnedGoalId: pin.goalId,
        indicatorId: pin.indicatorId,
        year: pin.year,
        resolvedAt: null,
        resolvedById: null,
      };
      await m.getRepository(CommentEntity).insert(remark);
      await recordAudit(m, actor, {
        ...documentColumns(ref),
        entity: 'comment',
        entityId: remark.id,
        action: 'remark.add',
        details: {
          severity: input.severity,
          revision: number,
          goalId: pin.goalId,
          indicatorId: pin.indicatorId,
          year: pin.year,
          body,
        },
      });
      await notify(
        m,
        { regionId: document.regionId },
        {
          kind: 'REMARK_ADDED',
          ...documentColumns(ref),
          actorId: actor.userId,
          commentId: remark.id,
          revision: number,
          text: body,
        },
      );
      return remark;
    });
  }
}

/** Sets the status of remarks (one audit entry each); returns the patch written. */
export async function setStatus(
  m: EntityManager,
  actor: Actor,
  remarks: CommentEntity[],
  status: RemarkStatus,
  reason?: string,
) {
  const patch =
    status === 'RESOLVED'
      ? { status, resolvedAt: new Date(), resolvedById: actor.userId }
      : { status, resolvedAt: null, resolvedById: null };
  for (const remark of remarks) {
    await m.getRepository(CommentEntity).update({ id: remark.id }, patch);
    await recordAudit(m, actor, {
      ...documentColumns(documentRefOf(remark)),
      entity: 'comment',
      entityId: remark.id,
      action: status === 'RESOLVED' ? 'remark.resolve' : 'remark.reopen',
      details: reason ? { severity: remark.severity, reason } : { severity: remark.severity },
    });
  }
  return patch;
}

/** Validates a strategy remark's pin against the revision's frozen content. */
async function strategyPin(m: EntityManager, strategyId: string, number: number, input: RemarkInput): Promise<Pin> {
  const revision = await m.getRepository(StrategyRevisionEntity).findOneBy({ strategyId, number });
  if (!revision)
    throw refusal({
      code: 'BAD_USER_INPUT',
      rule: 'no_such_revision',
      message: `The strategy has no revision ${number}.`,
      field: 'input.revision',
    });
  const snapshot = parseSnapshot(revision.snapshot);
  let goalId = input.goalId ?? null;
  let indicatorId: string | null = null;
  let year: number | null = null;
  if (input.indicatorId) {
    const owner = snapshot.goals.find((g) => g.indicators.some((i) => i.id === input.indicatorId));
    if (!owner)
      throw refusal({
        code: 'BAD_USER_INPUT',
        rule: 'pin_no_such_indicator',
        message: `Revision ${number} has no such indicator.`,
        field: 'input.indicatorId',
      });
    if (goalId && goalId !== owner.id)
      throw refusal({
        code: 'BAD_USER_INPUT',
        rule: 'pin_indicator_of_other_goal',
        message: 'The indicator belongs to another goal.',
        field: 'input.goalId',
      });
    goalId = owner.id;
    indicatorId = input.indicatorId;
    const indicator = owner.indicators.find((i) => i.id === indicatorId)!;
    if (input.year != null) {
      if (input.year !== indicator.baselineYear && !indicator.targets.some((t) => t.year === input.year)) {
        throw refusal({
          code: 'BAD_USER_INPUT',
          rule: 'pin_no_value_for_year',
          message: `The indicator has no value for ${input.year}.`,
          field: 'input.year',
        });
      }
      year = input.year;
    }
  } else if (input.year != null) {
    throw refusal({
      code: 'BAD_USER_INPUT',
      rule: 'pin_year_needs_indicator',
      message: 'A year pins a remark to a target value: name the indicator too.',
      field: 'input.year',
    });
  }
  if (goalId && !snapshot.goals.some((g) => g.id === goalId))
    throw refusal({
      code: 'BAD_USER_INPUT',
      rule: 'pin_no_such_goal',
      message: `Revision ${number} has no such goal.`,
      field: 'input.goalId',
    });
  const liveGoal = goalId ? await m.getRepository(GoalEntity).existsBy({ id: goalId, strategyId }) : false;
  return { goalId, liveGoalId: liveGoal ? goalId : null, indicatorId, year };
}
