import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import type { Context } from '../../graphql/context';
import { fieldsBelow, prefetch } from '../../graphql/selection';
import { HorizonEnum } from '../../graphql/enums';
import { PageArgs, pageOf, readPage } from '../../graphql/pagination';
import { commentCursor } from '../comment/comment-fields.resolver';
import { CommentType } from '../comment/comment.type';
import type { GoalRow } from '../goal/goal.loaders';
import { GOAL_LIST_DESCRIPTION, goalCursorKey, readGoalPage } from '../goal/goal-pages';
import { GoalType } from '../goal/goal.type';
import { RegionType } from '../region/region.type';
import { SectorType } from '../sector/sector.type';
import type { SectorEntity } from '../sector/sector.entity';
import type { StrategyEntity } from './strategy.entity';
import { StrategyType } from './strategy.type';
import { contentVisible } from '../workflow/workflow-fields';

async function chosenSectors(strategy: StrategyEntity, ctx: Context): Promise<SectorEntity[]> {
  const chosen = await ctx.loaders.sectorsByStrategyId.load(strategy.id);
  const sectors = await Promise.all(chosen.map((s) => ctx.loaders.sectorById.load(s.sectorId)));
  return sectors.filter((s): s is SectorEntity => s != null);
}

@Resolver(() => StrategyType)
export class StrategyFieldsResolver {
  @FieldResolver(() => RegionType, {
    description: 'The region whose strategy (стратегия цифровой трансформации) this is.',
  })
  region(@Root() strategy: StrategyEntity, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(strategy.regionId);
  }

  @FieldResolver(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt(@Root() strategy: StrategyEntity): string {
    return new Date(strategy.updatedAt).toISOString();
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO timestamp of the last submission.' })
  submittedAt(@Root() strategy: StrategyEntity): string | null {
    return strategy.submittedAt ? new Date(strategy.submittedAt).toISOString() : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'ISO timestamp of the approval; null until the strategy is approved.',
  })
  approvedAt(@Root() strategy: StrategyEntity): string | null {
    return strategy.approvedAt ? new Date(strategy.approvedAt).toISOString() : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may read the content (sectors, goals, comments). When false those lists are empty.',
  })
  contentVisible(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<boolean> {
    return contentVisible(strategy, ctx);
  }

  @FieldResolver(() => [SectorType], { description: 'The chosen sectors (отрасли) with their rationales.' })
  async sectors(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<SectorEntity[]> {
    if (!(await contentVisible(strategy, ctx))) return [];
    return chosenSectors(strategy, ctx);
  }

  @FieldResolver(() => [GoalType], {
    description: `Top-level goals when no filter is given; otherwise every goal of that horizon and/or sector. ${GOAL_LIST_DESCRIPTION}`,
  })
  async goals(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Arg('horizon', () => HorizonEnum, { nullable: true, description: 'Only goals of this horizon.' })
    horizon?: string | null,
    @Arg('sectorCode', () => String, { nullable: true, description: 'Only goals of this sector.' })
    sectorCode?: string | null,
    @Args(() => PageArgs) args: PageArgs = {},
    @Info() info?: GraphQLResolveInfo,
  ): Promise<GoalRow[]> {
    const page = readGoalPage(args);
    if (!(await contentVisible(strategy, ctx))) return [];
    // The goals' indicators and actuals are read alongside the goals, not after them: on PostgreSQL one round
    // trip of three statements on pooled connections instead of three round trips in turn.
    const below = info ? fieldsBelow(info) : new Set<string>();
    if (below.has('indicators')) prefetch(ctx.loaders.indicatorsByStrategyId.load(strategy.id));
    if (below.has('actuals')) prefetch(ctx.loaders.currentActualsByStrategyId.load(strategy.id));
    const goals = await ctx.loaders.goalsByStrategyId.load(strategy.id);
    const paged = (list: GoalRow[]) => (page ? pageOf(list, page, goalCursorKey) : list);
    if (!horizon && !sectorCode) return paged(goals.filter((g) => g.parentId === null));
    let sectorId: string | undefined;
    if (sectorCode) {
      sectorId = (await chosenSectors(strategy, ctx)).find((s) => s.code === sectorCode)?.id;
      if (!sectorId) return [];
    }
    return paged(goals.filter((g) => (!horizon || g.horizon === horizon) && (!sectorId || g.sectorId === sectorId)));
  }

  @FieldResolver(() => [CommentType], {
    description: `Comments, remarks and replies, oldest first: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`. Empty when the content is hidden.`,
  })
  async comments(@Root() strategy: StrategyEntity, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    const page = readPage('Comment', args);
    if (!(await contentVisible(strategy, ctx))) return [];
    return pageOf(await ctx.loaders.commentsByStrategyId.load(strategy.id), page, commentCursor);
  }
}
