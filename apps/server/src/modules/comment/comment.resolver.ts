import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { contentVisible } from '../workflow/workflow-fields';
import type { CommentEntity } from './comment.entity';
import { CommentType } from './comment.type';

@Resolver(() => CommentType)
export class CommentResolver {
  /** The way to page one remark's replies (`comment(id) { replies(after: …) }`) without re-reading the strategy's remarks. */
  @Public()
  @Query(() => CommentType, {
    nullable: true,
    description:
      "A comment, remark or reply by id; null when there is none or its strategy's content is hidden from the caller (the same rule as Strategy.contentVisible).",
  })
  async comment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The comment’s id.' }) id: string,
  ): Promise<CommentEntity | null> {
    const found = await ctx.loaders.commentById.load(id);
    if (!found) return null;
    const document = found.strategyId
      ? await ctx.loaders.strategyById.load(found.strategyId)
      : found.planId
        ? await ctx.loaders.gostechPlanById.load(found.planId)
        : null;
    if (!document || !(await contentVisible(document, ctx))) return null;
    return found;
  }

  @Authorized()
  @Mutation(() => CommentType, { description: 'Adds a comment to a strategy, or to one of its goals.' })
  addComment(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy (стратегия) commented on.' }) strategyId: string,
    @Arg('body', () => String, { description: 'The comment’s text.' }) body: string,
    @Arg('goalId', () => ID, {
      nullable: true,
      description: 'The goal commented on; omit to comment on the whole strategy.',
    })
    goalId?: string | null,
  ) {
    return ctx.services.comments.addComment(ctx.actor!, strategyId, goalId ?? null, body);
  }
}
