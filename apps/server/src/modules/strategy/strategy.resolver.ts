import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { RemarkDispositionEnum } from '../review/review.type';
import type { Context } from '../../graphql/context';
import { CommentType } from '../comment/comment.type';
import { GoalInput } from '../goal/goal.inputs';
import { GoalType } from '../goal/goal.type';
import { SectorRationaleInput } from './strategy-editor.types';
import type { StrategyEntity } from './strategy.entity';
import { StrategyType } from './strategy.type';

/** Thin: parse, authorize (signed in here; the service checks role and region), call one service method. */
@Resolver(() => StrategyType)
export class StrategyResolver {
  @Public()
  @Query(() => StrategyType, {
    nullable: true,
    description: 'A strategy by id. Its content is visible per the access rules (see Strategy.contentVisible).',
  })
  strategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The strategy’s id.' }) id: string,
  ): Promise<StrategyEntity | null> {
    return ctx.loaders.strategyById.load(id);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: "Creates the region's strategy draft (its own regional editor, or an admin).",
  })
  createStrategy(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region’s code, e.g. RU-TUL.' }) regionCode: string,
  ) {
    return ctx.services.strategies.create(ctx.actor!, regionCode);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description:
      'Chooses the sectors the strategy covers (replaces the list, in order). `rationales` sets rationales of chosen sectors; a kept sector without one keeps its rationale.',
  })
  setStrategySectors(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy’s id.' }) strategyId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('sectorCodes', () => [String], { description: 'The sectors (отрасли) the strategy covers.' })
    sectorCodes: string[],
    @Arg('rationales', () => [SectorRationaleInput], {
      nullable: true,
      description: 'Why each sector was chosen, by sector code.',
    })
    rationales?: SectorRationaleInput[] | null,
  ) {
    return ctx.services.strategies.setSectors(ctx.actor!, strategyId, version, sectorCodes, rationales ?? []);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Sets the rationale of one chosen sector (null or empty clears it).' })
  setSectorRationale(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy’s id.' }) strategyId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('sectorCode', () => String, { description: 'The chosen sector’s (отрасль) code.' }) sectorCode: string,
    @Arg('rationale', () => String, {
      nullable: true,
      description: 'Why the region chose the sector (обоснование выбора отрасли).',
    })
    rationale?: string | null,
  ) {
    return ctx.services.strategies.setSectorRationale(ctx.actor!, strategyId, version, sectorCode, rationale ?? null);
  }

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
    return ctx.services.strategies.addGoal(ctx.actor!, strategyId, version, input);
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
    return ctx.services.strategies.updateGoal(ctx.actor!, id, version, input);
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
    return ctx.services.strategies.moveGoal(ctx.actor!, id, version, parentId ?? null, position);
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
    return ctx.services.strategies.deleteGoal(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Submits the strategy for federal review, freezing a numbered revision.',
  })
  submitStrategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The strategy’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.strategies.submit(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Returns a submitted strategy for revision with a comment (reviewers, admins).',
  })
  requestChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted strategy’s id.' }) id: string,
    @Arg('comment', () => String, { description: 'Why the strategy is returned (на доработку).' }) comment: string,
    @Arg('pinAsRemark', () => Boolean, {
      nullable: true,
      description: 'Keep the comment as an open MAJOR remark; by default it is a cover note.',
    })
    pinAsRemark?: boolean | null,
  ) {
    return ctx.services.strategies.requestChanges(ctx.actor!, id, comment, pinAsRemark ?? false);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Approves a submitted strategy; it becomes public (reviewers, admins).',
  })
  approveStrategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted strategy’s id.' }) id: string,
    @Arg('remarks', () => RemarkDispositionEnum, {
      nullable: true,
      description: 'What happens to the open remarks: RESOLVE them or CARRY_OVER (the default).',
    })
    remarks?: RemarkDisposition | null,
  ) {
    return ctx.services.strategies.approve(ctx.actor!, id, remarks ?? undefined);
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
    return ctx.services.strategies.addComment(ctx.actor!, strategyId, goalId ?? null, body);
  }
}
