import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canReadContent, type StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { Context } from '../../graphql/context';
import { RegionType } from '../region/region.type';
import type { GostechPlanEntity } from './gostech-plan.entity';
import { GostechPlanType, InformationSystemType } from './gostech.type';

@Resolver(() => GostechPlanType)
export class GostechPlanFieldsResolver {
  @FieldResolver(() => RegionType)
  region(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(plan.regionId);
  }

  /** The same visibility rule as strategies: drafts to the region, reviewers and admins; approved to all. */
  @FieldResolver(() => [InformationSystemType])
  async systems(@Root() plan: GostechPlanEntity, @Ctx() ctx: Context) {
    const region = await ctx.loaders.regionById.load(plan.regionId);
    if (!canReadContent(ctx.actor, region?.code ?? '', plan.status as StrategyStatus)) return [];
    return ctx.loaders.systemsByPlanId.load(plan.id);
  }
}
