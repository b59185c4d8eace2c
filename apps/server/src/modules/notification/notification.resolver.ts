import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { commentsOfDocument } from '../comment/comment-fields.resolver';
import type { Context } from '../../graphql/context';
import { CURSOR_DESCRIPTION, encodeCursor, PageArgs, readPage, timeKey } from '../../graphql/pagination';
import { CommentType } from '../comment/comment.type';
import { GostechPlanType } from '../gostech/gostech.type';
import { RegionType } from '../region/region.type';
import { StrategyType } from '../strategy/strategy.type';
import { UserType } from '../user/user.type';
import type { NotificationEntity } from './notification.entity';
import { NotificationType } from './notification.type';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Authorized()
  @Query(() => [NotificationType], {
    description: `The signed-in user's notifications, newest first: at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`.`,
  })
  notifications(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('unreadOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'When true, only unread notifications.',
    })
    unreadOnly: boolean,
    @Arg('limit', () => Int, {
      nullable: true,
      description: `Used only when \`first\` is not given; kept for older scripts and clamped to 1–${MAX_PAGE_SIZE}.`,
      deprecationReason: 'Use `first` (1–100) and `after`.',
    })
    limit?: number | null,
  ) {
    const page = readPage('Notification', args);
    // The old argument was clamped silently (to 1–200); it still is, now to the page cap.
    if (args.first == null && limit != null) page.limit = Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_SIZE);
    return ctx.services.notifications.list(ctx.actor!.userId, unreadOnly, page);
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of the caller’s notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(ctx.actor!.userId);
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Marks notifications read (all unread when ids is omitted); returns how many changed.',
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], {
      nullable: true,
      description: 'The notifications to mark read; omit to mark all of the caller’s notifications read.',
    })
    ids?: string[] | null,
  ) {
    return ctx.services.notifications.markRead(ctx.actor!.userId, ids ?? null);
  }

  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() n: NotificationEntity): string {
    return encodeCursor('Notification', timeKey(n.createdAt), n.id);
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: 'The strategy the notification is about, if any.' })
  strategy(@Root() n: NotificationEntity, @Ctx() ctx: Context) {
    return n.strategyId ? ctx.loaders.strategyById.load(n.strategyId) : null;
  }

  @FieldResolver(() => GostechPlanType, { nullable: true, description: 'The GosTech plan concerned (PLAN_* kinds).' })
  plan(@Root() n: NotificationEntity, @Ctx() ctx: Context) {
    return n.planId ? ctx.loaders.gostechPlanById.load(n.planId) : null;
  }

  @FieldResolver(() => RegionType, {
    nullable: true,
    description: 'The region of the strategy, plan or maturity return concerned.',
  })
  async region(@Root() n: NotificationEntity, @Ctx() ctx: Context) {
    const document = n.strategyId
      ? await ctx.loaders.strategyById.load(n.strategyId)
      : n.planId
        ? await ctx.loaders.gostechPlanById.load(n.planId)
        : n.reportId
          ? await ctx.loaders.maturityReportById.load(n.reportId)
          : null;
    return document ? ctx.loaders.regionById.load(document.regionId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who caused it.' })
  actor(@Root() n: NotificationEntity, @Ctx() ctx: Context) {
    return n.actorId ? ctx.loaders.userById.load(n.actorId) : null;
  }

  @FieldResolver(() => CommentType, { nullable: true, description: 'The remark or reply concerned.' })
  async comment(@Root() n: NotificationEntity, @Ctx() ctx: Context) {
    if (!n.commentId || (!n.strategyId && !n.planId)) return null;
    const comments = await commentsOfDocument(n, ctx);
    return comments.find((c) => c.id === n.commentId) ?? null;
  }

  @FieldResolver(() => String, { description: 'ISO timestamp.' })
  createdAt(@Root() n: NotificationEntity): string {
    return new Date(n.createdAt).toISOString();
  }

  @FieldResolver(() => Boolean, { description: 'Whether the recipient has read it.' })
  read(@Root() n: NotificationEntity): boolean {
    return n.readAt != null;
  }
}
