import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { snapshotPath } from '@tsifra/domain/strategy/goal-path';
import { parseSnapshot, type StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import type { Context } from '../../graphql/context';
import {
  CURSOR_DESCRIPTION,
  encodeCursor,
  PageArgs,
  pageOf,
  readPage,
  timeKey,
  type DecodedCursor,
} from '../../graphql/pagination';
import { GoalType } from '../goal/goal.type';
import type { GoalRow } from '../goal/goal.loaders';
import type { StrategyRevisionEntity } from '../review/strategy-revision.entity';
import { UserType } from '../user/user.type';
import type { CommentEntity } from './comment.entity';
import { CommentType } from './comment.type';

/** Every list of comments (comments, remarks, replies) runs oldest first: by creation time, then id. */
export const commentCursor = (c: CommentEntity): DecodedCursor => ({ key: timeKey(c.createdAt), id: c.id });

const parsed = new WeakMap<StrategyRevisionEntity, StrategySnapshot>();
/** A revision's snapshot, parsed once per loaded row (many remarks share one revision). */
function parsedSnapshot(revision: StrategyRevisionEntity): StrategySnapshot {
  let snapshot = parsed.get(revision);
  if (!snapshot) parsed.set(revision, (snapshot = parseSnapshot(revision.snapshot)));
  return snapshot;
}

/** Every comment of the document this comment belongs to, through the request's loaders. */
export function commentsOfDocument(
  comment: Pick<CommentEntity, 'strategyId' | 'planId'>,
  ctx: Context,
): Promise<CommentEntity[]> {
  return comment.strategyId
    ? ctx.loaders.commentsByStrategyId.load(comment.strategyId)
    : comment.planId
      ? ctx.loaders.commentsByPlanId.load(comment.planId)
      : Promise.resolve([]);
}

@Resolver(() => CommentType)
export class CommentFieldsResolver {
  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() comment: CommentEntity): string {
    const { key, id } = commentCursor(comment);
    return encodeCursor('Comment', key, id);
  }

  @FieldResolver(() => UserType, { description: 'Who wrote the comment (an e-mail only for staff who may see it).' })
  author(@Root() comment: CommentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.authorId);
  }

  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  createdAt(@Root() comment: CommentEntity): string {
    return new Date(comment.createdAt).toISOString();
  }

  @FieldResolver(() => GoalType, {
    nullable: true,
    description: 'The pinned goal as it is now (null once deleted; see goalId).',
  })
  async goal(@Root() comment: CommentEntity, @Ctx() ctx: Context): Promise<GoalRow | null> {
    if (!comment.goalId || !comment.strategyId) return null;
    return (await ctx.loaders.goalIndexByStrategyId.load(comment.strategyId)).byId.get(comment.goalId) ?? null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The pinned goal's id, also in the revision's content; kept when the goal is deleted later.",
  })
  goalId(@Root() comment: CommentEntity): string | null {
    return comment.pinnedGoalId ?? comment.goalId;
  }

  @FieldResolver(() => [String], {
    description:
      'Where the remark is pinned in its revision, one step per item from the sector down (sector, goals, indicator, year): the UI joins them with « › ». Empty when it concerns the whole document.',
  })
  async targetPath(@Root() comment: CommentEntity, @Ctx() ctx: Context): Promise<string[]> {
    const goalId = comment.pinnedGoalId ?? comment.goalId;
    if (!comment.strategyId || (!goalId && !comment.indicatorId) || comment.revision == null) return [];
    const summary = (await ctx.loaders.revisionsByStrategyId.load(comment.strategyId)).find(
      (r) => r.number === comment.revision,
    );
    const revision = summary ? await ctx.loaders.revisionById.load(summary.id) : null;
    if (!revision) return [];
    return snapshotPath(parsedSnapshot(revision), { goalId, indicatorId: comment.indicatorId, year: comment.year }).map(
      (step) => step.label,
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is a review remark (has a severity).' })
  isRemark(@Root() comment: CommentEntity): boolean {
    return !!comment.severity && !comment.parentId;
  }

  @FieldResolver(() => [CommentType], {
    description: `Replies, oldest first: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`.`,
  })
  async replies(
    @Root() comment: CommentEntity,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<CommentEntity[]> {
    const page = readPage('Comment', args);
    if (comment.parentId) return [];
    // Paged within the document's comments the loader already holds: replies of many remarks stay one statement.
    const all = await commentsOfDocument(comment, ctx);
    return pageOf(
      all.filter((c) => c.parentId === comment.id),
      page,
      commentCursor,
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO timestamp of resolution.' })
  resolvedAt(@Root() comment: CommentEntity): string | null {
    return comment.resolvedAt ? new Date(comment.resolvedAt).toISOString() : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who resolved the remark, when it is resolved.' })
  resolvedBy(@Root() comment: CommentEntity, @Ctx() ctx: Context) {
    return comment.resolvedById ? ctx.loaders.userById.load(comment.resolvedById) : null;
  }
}
