import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { GoalEntity } from '../goal/goal.entity';
import { GoalType } from '../goal/goal.type';
import type { InitiativeEntity } from './initiative.entity';
import { InitiativeBudgetType, InitiativeType } from './initiative.type';

/** Goals are only reachable through a strategy whose content the caller may read, so no check repeats here. */
@Resolver(() => GoalType)
export class GoalInitiativesResolver {
  @FieldResolver(() => [InitiativeType], { description: 'Projects that deliver the goal, in order.' })
  async initiatives(@Root() goal: GoalEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.initiativesByStrategyId.load(goal.strategyId)).byGoal.get(goal.id) ?? [];
  }
}

@Resolver(() => InitiativeType)
export class InitiativeFieldsResolver {
  @FieldResolver(() => [InitiativeBudgetType], { description: 'Budget by year and source (million roubles).' })
  async budgets(@Root() initiative: InitiativeEntity, @Ctx() ctx: Context) {
    return (
      (await ctx.loaders.initiativesByStrategyId.load(initiative.strategyId)).budgetsByInitiative.get(initiative.id) ??
      []
    );
  }
}
