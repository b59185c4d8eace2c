import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { SectorType } from '../sector/sector.type';
import type { GoalEntity } from './goal.entity';
import { GoalType, IndicatorType, IndicatorValueType } from './goal.type';
import type { IndicatorEntity } from './indicator.entity';

/** Goals are only reachable through a strategy whose content the caller may read, so no check repeats here. */
@Resolver(() => GoalType)
export class GoalFieldsResolver {
  @FieldResolver(() => SectorType)
  async sector(@Root() goal: GoalEntity, @Ctx() ctx: Context) {
    return ctx.loaders.sectorById.load(goal.sectorId);
  }

  @FieldResolver(() => GoalType, { nullable: true })
  async parent(@Root() goal: GoalEntity, @Ctx() ctx: Context): Promise<GoalEntity | null> {
    if (!goal.parentId) return null;
    return (await ctx.loaders.goalIndexByStrategyId.load(goal.strategyId)).byId.get(goal.parentId) ?? null;
  }

  @FieldResolver(() => [GoalType])
  async children(@Root() goal: GoalEntity, @Ctx() ctx: Context): Promise<GoalEntity[]> {
    return ctx.loaders.childrenOfGoal.load(goal);
  }

  @FieldResolver(() => [IndicatorType])
  async indicators(@Root() goal: GoalEntity, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorsOfGoal.load(goal);
  }
}

async function valuesOf(indicator: IndicatorEntity, ctx: Context) {
  return ctx.loaders.valuesOfIndicator.load(indicator);
}

@Resolver(() => IndicatorType)
export class IndicatorFieldsResolver {
  @FieldResolver(() => [IndicatorValueType], { description: 'Planned values by year.' })
  async targets(@Root() indicator: IndicatorEntity, @Ctx() ctx: Context) {
    return (await valuesOf(indicator, ctx)).filter((v) => v.kind === 'TARGET');
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Reached values by year.' })
  async actuals(@Root() indicator: IndicatorEntity, @Ctx() ctx: Context) {
    return (await valuesOf(indicator, ctx)).filter((v) => v.kind === 'ACTUAL');
  }
}
