import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { daysLeft, lateness } from '@tsifra/domain/strategy/deadline';
import { openRemarkCounts } from '@tsifra/domain/strategy/remarks';
import { countChanges, diffRevisions } from '@tsifra/domain/strategy/revision-diff';
import {
  emptySnapshot,
  parseSnapshot,
  type SnapshotGoal,
  type StrategySnapshot,
} from '@tsifra/domain/strategy/snapshot';
import { canReadHistory, isContentEditable } from '@tsifra/domain/strategy/workflow';
import type { Context } from '../../graphql/context';
import { PageArgs, pageOf, readPage } from '../../graphql/pagination';
import { auditEventCursor } from '../audit/audit-fields.resolver';
import { AuditEventType } from '../audit/audit.type';
import { commentCursor } from '../comment/comment-fields.resolver';
import type { CommentEntity } from '../comment/comment.entity';
import { CommentType } from '../comment/comment.type';
import { strategyReader } from '../strategy/strategy-reader';
import { contentVisible, regionCodeOf, transitionChecks } from '../workflow/workflow-fields';
import { AvailableTransitionType } from '../workflow/workflow.type';
import type { StrategyEntity } from '../strategy/strategy.entity';
import { StrategyType } from '../strategy/strategy.type';
import { UserType } from '../user/user.type';
import type { RevisionSummary } from './review.loaders';
import {
  RemarkStatusEnum,
  RevisionContentType,
  RevisionDiffType,
  type RevisionGoalType,
  StrategyRevisionType,
  type RemarkStatus,
} from './review.type';
import type { StrategyRevisionEntity } from './strategy-revision.entity';

async function snapshotOf(ctx: Context, summary: RevisionSummary): Promise<StrategySnapshot> {
  const full = await ctx.loaders.revisionById.load(summary.id);
  return full ? parseSnapshot(full.snapshot) : emptySnapshot();
}

/** The snapshot as GraphQL objects: goals in tree order with their depth, and the same goals nested. */
export function revisionContent(snapshot: StrategySnapshot): RevisionContentType {
  const nodes = new Map<string, RevisionGoalType>();
  const depth = new Map<string | null, number>([[null, -1]]);
  const goals = snapshot.goals.map((g: SnapshotGoal) => {
    const d = (depth.get(g.parentId) ?? -1) + 1;
    depth.set(g.id, d);
    const node: RevisionGoalType = {
      ...g,
      depth: d,
      children: [],
      indicators: g.indicators.map((i) => ({ ...i, targets: i.targets.map((t) => ({ ...t })) })),
    };
    nodes.set(g.id, node);
    return node;
  });
  for (const node of goals) if (node.parentId) nodes.get(node.parentId)?.children.push(node);
  return {
    sectors: snapshot.sectors,
    goals,
    rootGoals: goals.filter((g) => !g.parentId || !nodes.has(g.parentId)),
    initiatives: snapshot.initiatives.map((n) => ({
      id: n.id,
      goalId: n.goalId,
      title: n.title,
      description: n.description,
      details: JSON.stringify(n.details ?? {}),
    })),
  };
}

/** Review fields of Strategy: revisions, diff, remarks, day counts, history. */
@Resolver(() => StrategyType)
export class StrategyReviewFieldsResolver {
  @FieldResolver(() => [StrategyRevisionType], {
    description: 'Submitted revisions, oldest first. Empty when the content is hidden.',
  })
  async revisions(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<RevisionSummary[]> {
    if (!(await contentVisible(strategy, ctx))) return [];
    return ctx.loaders.revisionsByStrategyId.load(strategy.id);
  }

  @FieldResolver(() => StrategyRevisionType, {
    nullable: true,
    description: 'One revision by number (null when there is none or the content is hidden).',
  })
  async revisionDetail(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Arg('number', () => Int, { description: 'The revision’s number.' }) number: number,
  ): Promise<RevisionSummary | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    return (await ctx.loaders.revisionsByStrategyId.load(strategy.id)).find((r) => r.number === number) ?? null;
  }

  @FieldResolver(() => StrategyRevisionType, { nullable: true, description: 'The last submitted revision.' })
  async latestRevision(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<RevisionSummary | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    return (await ctx.loaders.revisionsByStrategyId.load(strategy.id)).at(-1) ?? null;
  }

  @FieldResolver(() => RevisionDiffType, {
    nullable: true,
    description:
      'What changed between two revisions. Defaults: `to` = the latest, `from` = the one before it (the revision the reviewer last decided on); `from: 0` compares with nothing — for an amendment, with the edition in force it amends. Null when there is no revision or the content is hidden.',
  })
  async diff(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Arg('from', () => Int, { nullable: true, description: 'The earlier revision’s number.' }) from?: number | null,
    @Arg('to', () => Int, { nullable: true, description: 'The later revision’s number.' }) to?: number | null,
  ): Promise<RevisionDiffType | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    const revisions = await ctx.loaders.revisionsByStrategyId.load(strategy.id);
    if (!revisions.length) return null;
    const toNumber = to ?? revisions.at(-1)!.number;
    const fromNumber = from ?? Math.max(toNumber - 1, 0);
    const find = (n: number, field: string) => {
      const r = revisions.find((x) => x.number === n);
      if (!r) throw new DomainError('BAD_USER_INPUT', `The strategy has no revision ${n}.`, field);
      return r;
    };
    const after = await snapshotOf(ctx, find(toNumber, 'to'));
    // Revision 0 of an amendment is the edition it amends (its content when the amendment began).
    const base = fromNumber === 0 ? await ctx.loaders.baseSnapshotByStrategyId.load(strategy.id) : null;
    const before =
      fromNumber === 0
        ? base
          ? parseSnapshot(base)
          : emptySnapshot()
        : await snapshotOf(ctx, find(fromNumber, 'from'));
    const diff = diffRevisions(before, after);
    const baseEdition = base ? (strategy.edition ?? 1) - 1 : null;
    return { from: fromNumber, to: toNumber, baseEdition, changeCount: countChanges(diff), ...diff };
  }

  @FieldResolver(() => [CommentType], {
    description: `Review remarks (comments with a severity), oldest first, each with its replies: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`.`,
  })
  async remarks(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('status', () => RemarkStatusEnum, { nullable: true, description: 'Only open or only resolved remarks.' })
    status?: RemarkStatus | null,
    @Arg('revision', () => Int, { nullable: true, description: 'Only remarks made on this revision number.' })
    revision?: number | null,
  ): Promise<CommentEntity[]> {
    const page = readPage('Comment', args);
    if (!(await contentVisible(strategy, ctx))) return [];
    const comments = await ctx.loaders.commentsByStrategyId.load(strategy.id);
    const remarks = comments.filter(
      (c) =>
        c.severity && !c.parentId && (!status || c.status === status) && (revision == null || c.revision === revision),
    );
    return pageOf(remarks, page, commentCursor);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Open remarks; null when the content is hidden.' })
  async openRemarks(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    return openRemarkCounts(strategy.status, await ctx.loaders.remarkCountsByStrategyId.load(strategy.id)).open;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Open BLOCKER remarks (approval needs none); null when the content is hidden.',
  })
  async openBlockers(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    return openRemarkCounts(strategy.status, await ctx.loaders.remarkCountsByStrategyId.load(strategy.id)).openBlockers;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The reviewer’s cover note when the strategy was last returned; visible with the content.',
  })
  async reviewComment(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await contentVisible(strategy, ctx))) return null;
    const returned = (await ctx.loaders.auditEventsByStrategyId.load(strategy.id)).findLast(
      (e) => e.action === 'strategy.request_changes',
    );
    const comment = returned ? (JSON.parse(returned.details) as { comment?: string | null }).comment : null;
    return comment ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days until the deadline while the region still has to submit (draft or returned): 0 on the day, negative once passed; null once submitted or approved.',
  })
  daysLeft(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): number | null {
    if (!isContentEditable(strategy.status)) return null;
    return daysLeft(strategy.deadline, ctx.services.review.clock.today());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days late: for a draft or returned strategy, days since the deadline passed; otherwise how late the last revision was submitted. Null when not late.',
  })
  async daysLate(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<number | null> {
    let days: number;
    if (isContentEditable(strategy.status)) {
      days = -daysLeft(strategy.deadline, ctx.services.review.clock.today());
    } else {
      const last = (await ctx.loaders.revisionsByStrategyId.load(strategy.id)).at(-1);
      if (last) days = last.daysLate;
      else
        days = strategy.submittedAt
          ? lateness(strategy.deadline, new Date(strategy.submittedAt).toISOString()).daysLate
          : 0;
    }
    return days > 0 ? days : null;
  }

  @FieldResolver(() => String, { description: 'ISO timestamp of the last change, remark or decision.' })
  async lastActivityAt(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<string> {
    const audited = await ctx.loaders.lastAuditAtByStrategyId.load(strategy.id);
    const updated = new Date(strategy.updatedAt);
    return (audited && audited > updated ? audited : updated).toISOString();
  }

  @FieldResolver(() => [AuditEventType], {
    description: `The audit log, oldest first: every edit, remark and decision; at most ${MAX_PAGE_SIZE} (the default page), page on with \`after\`. For the region's users, reviewers and admins; empty for anyone else.`,
  })
  async history(@Root() strategy: StrategyEntity, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    const page = readPage('AuditEvent', args);
    if (!canReadHistory(ctx.actor, await regionCodeOf(strategy, ctx))) return [];
    // Paged within the per-request loader's rows: the history of every strategy of a federal view stays one statement.
    return pageOf(await ctx.loaders.auditEventsByStrategyId.load(strategy.id), page, auditEventCursor);
  }

  @FieldResolver(() => [AvailableTransitionType], {
    description:
      'Every move the caller’s role allows from the current status, each with what blocks it now (`blockedBy`: needs_open_remark, open_blockers, incomplete) — for buttons shown disabled with a reason. Empty when the content is hidden.',
  })
  transitionChecks(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<AvailableTransitionType[]> {
    return transitionChecks(strategyReader, strategy, ctx);
  }
}

@Resolver(() => StrategyRevisionType)
export class StrategyRevisionFieldsResolver {
  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  submittedAt(@Root() revision: RevisionSummary): string {
    return new Date(revision.submittedAt).toISOString();
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() revision: RevisionSummary, @Ctx() ctx: Context) {
    return revision.submittedById ? ctx.loaders.userById.load(revision.submittedById) : null;
  }

  @FieldResolver(() => RevisionContentType, { description: 'The frozen content.' })
  async content(
    @Root() revision: RevisionSummary | StrategyRevisionEntity,
    @Ctx() ctx: Context,
  ): Promise<RevisionContentType> {
    return revisionContent('snapshot' in revision ? parseSnapshot(revision.snapshot) : await snapshotOf(ctx, revision));
  }

  @FieldResolver(() => [CommentType], {
    description: `Remarks made on this revision, oldest first: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`.`,
  })
  async remarks(
    @Root() revision: RevisionSummary,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<CommentEntity[]> {
    const page = readPage('Comment', args);
    const comments = await ctx.loaders.commentsByStrategyId.load(revision.strategyId);
    return pageOf(
      comments.filter((c) => c.severity && !c.parentId && c.revision === revision.number),
      page,
      commentCursor,
    );
  }
}
