import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findFederalDistrict } from '@tsifra/domain/regions';
import { DomainError } from '@tsifra/domain/errors';
import type { Context } from '../../graphql/context';
import { CommentType } from '../comment/comment.type';
import { StrategyType } from '../strategy/strategy.type';
import { GostechPlanRemarkInput, OverviewType, RemarkInput } from './review.type';

/** Thin: parse, authorize, call one service method. */
@Resolver()
export class ReviewResolver {
  @Authorized('FEDERAL_REVIEWER', 'ADMIN')
  @Query(() => OverviewType, {
    description: 'The federal overview: regions per status and the regions at risk (reviewers, admins).',
  })
  async overview(
    @Ctx() ctx: Context,
    @Arg('federalDistrict', () => String, {
      nullable: true,
      description:
        'Only regions of this federal district (its code, name or abbreviation, e.g. ЦФО); omit for the whole country.',
    })
    federalDistrict?: string | null,
    @Arg('riskDays', () => Int, {
      nullable: true,
      defaultValue: 14,
      description: 'How near the deadline counts as at risk.',
    })
    riskDays?: number,
  ) {
    let district: string | null = null;
    if (federalDistrict != null) {
      const found = findFederalDistrict(federalDistrict);
      if (!found)
        throw new DomainError('BAD_USER_INPUT', `Unknown federal district "${federalDistrict}".`, 'federalDistrict');
      district = found.code;
    }
    const result = await ctx.services.review.overview(district, riskDays ?? 14);
    for (const region of result.atRisk) ctx.loaders.regionById.prime(region.id, region);
    return result;
  }

  @Authorized()
  @Mutation(() => CommentType, {
    description:
      'Pins a remark with a severity to the latest (or given) revision: the strategy, a goal, an indicator or one target value (reviewers, admins).',
  })
  addRemark(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The submitted strategy the remark is about.' }) strategyId: string,
    @Arg('input', () => RemarkInput, {
      description: 'The remark’s text, severity and the goal or indicator it points at.',
    })
    input: RemarkInput,
  ) {
    return ctx.services.remarks.addStrategyRemark(ctx.actor!, strategyId, input);
  }

  @Authorized()
  @Mutation(() => CommentType, {
    description:
      'Adds a remark with a severity to the latest (or given) revision of a GosTech plan (reviewers, admins).',
  })
  addGostechPlanRemark(
    @Ctx() ctx: Context,
    @Arg('planId', () => ID, { description: 'The submitted plan the remark is about.' }) planId: string,
    @Arg('input', () => GostechPlanRemarkInput, { description: 'The remark’s text and severity.' })
    input: GostechPlanRemarkInput,
  ) {
    return ctx.services.remarks.addPlanRemark(ctx.actor!, planId, input);
  }

  @Authorized()
  @Mutation(() => CommentType, {
    description: "Answers a remark (the region's team or a reviewer); the reply joins the remark's thread.",
  })
  replyToRemark(
    @Ctx() ctx: Context,
    @Arg('remarkId', () => ID, { description: 'The remark replied to.' }) remarkId: string,
    @Arg('body', () => String, { description: 'The reply’s text.' }) body: string,
  ) {
    return ctx.services.remarks.reply(ctx.actor!, remarkId, body);
  }

  @Authorized()
  @Mutation(() => CommentType, { description: 'Marks a remark resolved (reviewers, admins).' })
  resolveRemark(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The open remark’s id.' }) id: string) {
    return ctx.services.remarks.setRemarkStatus(ctx.actor!, id, 'RESOLVED');
  }

  @Authorized()
  @Mutation(() => CommentType, { description: 'Opens a resolved remark again (reviewers, admins).' })
  reopenRemark(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The resolved remark’s id.' }) id: string) {
    return ctx.services.remarks.setRemarkStatus(ctx.actor!, id, 'OPEN');
  }

  @Authorized('ADMIN')
  @Mutation(() => StrategyType, {
    description:
      "Sets a strategy's submission deadline (ISO date; admins). Later submissions are accepted and marked late.",
  })
  setStrategyDeadline(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The strategy’s id.' }) id: string,
    @Arg('deadline', () => String, { description: 'The new submission deadline (YYYY-MM-DD).' }) deadline: string,
  ) {
    return ctx.services.review.setDeadline(ctx.actor!, id, deadline);
  }
}
