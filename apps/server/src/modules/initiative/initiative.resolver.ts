import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { StrategyType } from '../strategy/strategy.type';
import { InitiativeInput } from './initiative.inputs';
import { InitiativeType } from './initiative.type';

/** Thin: signed in here; the service checks role, region, status and the strategy version. */
@Resolver(() => InitiativeType)
export class InitiativeResolver {
  @Authorized()
  @Mutation(() => InitiativeType, {
    description: 'Adds an initiative (project) under a goal. `version` is the strategy’s.',
  })
  addInitiative(
    @Ctx() ctx: Context,
    @Arg('goalId', () => ID, { description: 'The goal the initiative serves.' }) goalId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => InitiativeInput, { description: 'The initiative’s content.' }) input: InitiativeInput,
  ) {
    return ctx.services.initiatives.add(ctx.actor!, goalId, version, input);
  }

  @Authorized()
  @Mutation(() => InitiativeType, {
    description: 'Replaces an initiative’s fields (and its budget lines when `input.budgets` is given).',
  })
  updateInitiative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The initiative’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('input', () => InitiativeInput, { description: 'The initiative’s new content.' }) input: InitiativeInput,
  ) {
    return ctx.services.initiatives.update(ctx.actor!, id, version, input);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Deletes an initiative with its budget lines.' })
  deleteInitiative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The initiative’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.initiatives.delete(ctx.actor!, id, version);
  }
}
