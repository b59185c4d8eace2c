import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { GoalType } from '../goal/goal.type';
import type { GoalEntity } from '../goal/goal.entity';
import { UserType } from '../user/user.type';
import type { CommentEntity } from './comment.entity';
import { CommentType } from './comment.type';

@Resolver(() => CommentType)
export class CommentFieldsResolver {
  @FieldResolver(() => UserType)
  author(@Root() comment: CommentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.authorId);
  }

  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  createdAt(@Root() comment: CommentEntity): string {
    return new Date(comment.createdAt).toISOString();
  }

  @FieldResolver(() => GoalType, { nullable: true, description: 'The pinned goal as it is now (null once deleted; see goalId).' })
  async goal(@Root() comment: CommentEntity, @Ctx() ctx: Context): Promise<GoalEntity | null> {
    if (!comment.goalId) return null;
    return (await ctx.loaders.goalIndexByStrategyId.load(comment.strategyId)).byId.get(comment.goalId) ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The pinned goal's id, also in the revision's content; kept when the goal is deleted later." })
  goalId(@Root() comment: CommentEntity): string | null {
    return comment.pinnedGoalId ?? comment.goalId;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is a review remark (has a severity).' })
  isRemark(@Root() comment: CommentEntity): boolean {
    return !!comment.severity && !comment.parentId;
  }

  @FieldResolver(() => [CommentType], { description: 'Replies, oldest first.' })
  async replies(@Root() comment: CommentEntity, @Ctx() ctx: Context): Promise<CommentEntity[]> {
    if (comment.parentId) return [];
    const all = await ctx.loaders.commentsByStrategyId.load(comment.strategyId);
    return all.filter((c) => c.parentId === comment.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO timestamp of resolution.' })
  resolvedAt(@Root() comment: CommentEntity): string | null {
    return comment.resolvedAt ? new Date(comment.resolvedAt).toISOString() : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() comment: CommentEntity, @Ctx() ctx: Context) {
    return comment.resolvedById ? ctx.loaders.userById.load(comment.resolvedById) : null;
  }
}
