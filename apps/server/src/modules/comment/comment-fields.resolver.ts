import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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

  @FieldResolver(() => GoalType, { nullable: true })
  async goal(@Root() comment: CommentEntity, @Ctx() ctx: Context): Promise<GoalEntity | null> {
    if (!comment.goalId) return null;
    const goals = await ctx.loaders.goalsByStrategyId.load(comment.strategyId);
    return goals.find((g) => g.id === comment.goalId) ?? null;
  }
}
