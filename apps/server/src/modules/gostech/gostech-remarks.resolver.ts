import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { openRemarkCounts } from '@tsifra/domain/strategy/remarks';
import type { Context } from '../../graphql/context';
import { PageArgs, pageOf, readPage } from '../../graphql/pagination';
import { commentCursor } from '../comment/comment-fields.resolver';
import type { CommentEntity } from '../comment/comment.entity';
import { CommentType } from '../comment/comment.type';
import { RemarkStatusEnum, type RemarkStatus } from '../review/review.type';
import { contentVisible } from '../workflow/workflow-fields';
import type { GostechPlanEntity } from './gostech-plan.entity';
import { GostechPlanType } from './gostech.type';

/** Review remarks on a GosTech plan: the same threads, severities and statuses as a strategy's. */
@Resolver(() => GostechPlanType)
export class GostechPlanRemarksResolver {
  @FieldResolver(() => [CommentType], {
    description: `Review remarks, oldest first, each with its replies: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`. Empty when the content is hidden.`,
  })
  async remarks(
    @Root() plan: GostechPlanEntity,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('status', () => RemarkStatusEnum, { nullable: true, description: 'Only open or only resolved remarks.' })
    status?: RemarkStatus | null,
    @Arg('revision', () => Int, { nullable: true, description: 'Only remarks made on this revision number.' })
    revision?: number | null,
  ): Promise<CommentEntity[]> {
    const page = readPage('Comment', args);
    if (!(await contentVisible(plan, ctx))) return [];
    const comments = await ctx.loaders.commentsByPlanId.load(plan.id);
    return pageOf(
      comments.filter(
        (c) =>
          c.severity &&
          !c.parentId &&
          (!status || c.status === status) &&
          (revision == null || c.revision === revision),
      ),
      page,
      commentCursor,
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Open remarks; null when the content is hidden.' })
  async openRemarks(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await contentVisible(plan, ctx))) return null;
    return openRemarkCounts(plan.status, await ctx.loaders.remarkCountsByPlanId.load(plan.id)).open;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Open BLOCKER remarks (approval needs none); null when the content is hidden.',
  })
  async openBlockers(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context): Promise<number | null> {
    if (!(await contentVisible(plan, ctx))) return null;
    return openRemarkCounts(plan.status, await ctx.loaders.remarkCountsByPlanId.load(plan.id)).openBlockers;
  }
}
