import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { StrategyType } from '../strategy/strategy.type';
import { GoalInput } from './goal.inputs';
import { GoalType } from './goal.type';

/** Goal mutations. Thin: parse, authorize (signed in here; the service checks role and region), call one service method. */
@Resolver(() => GoalType)
export class GoalResolver {
  @Authorized()
  @Mutation(() => GoalType, { description: 'Adds a goal (цель) to a strategy the caller may edit.' })
  addGoal(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy the goal belongs to.' }) strategyId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => GoalInput, { description: 'The goal’s content.' }) input: GoalInput,
  ) {
    return ctx.services.goals.addGoal(ctx.actor!, strategyId, version, input);
  }

  @Authorized()
  @Mutation(() => GoalType, { description: 'Changes a goal’s (цель) content.' })
  updateGoal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The goal’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => GoalInput, { description: 'The goal’s new content.' }) input: GoalInput,
  ) {
    return ctx.services.goals.updateGoal(ctx.actor!, id, version, input);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description:
      'Moves a goal to `position` (0-based) among the children of `parentId` (top level when null); siblings are renumbered. Horizon and cycle rules apply.',
  })
  moveGoal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The goal to move.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('position', () => Int, { description: 'The goal’s place among its new siblings, from 0.' }) position: number,
    @Arg('parentId', () => ID, {
      nullable: true,
      description: 'The new parent goal (one horizon above), or null for a 2030 goal.',
    })
    parentId?: string | null,
  ) {
    return ctx.services.goals.moveGoal(ctx.actor!, id, version, parentId ?? null, position);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Deletes a goal with its sub-goals and indicators.' })
  deleteGoal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The goal’s id; its sub-goals, indicators and initiatives go with it.' })
    id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.goals.deleteGoal(ctx.actor!, id, version);
  }
}
