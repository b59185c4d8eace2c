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
  @Query(() => StrategyType, { nullable: true, description: 'A strategy by id. Its content is visible per the access rules (see Strategy.contentVisible).' })
  strategy(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<StrategyEntity | null> {
    return ctx.loaders.strategyById.load(id);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: "Creates the region's strategy draft (its own regional editor, or an admin)." })
  createStrategy(@Ctx() ctx: Context, @Arg('regionCode', () => String) regionCode: string) {
    return ctx.services.strategies.create(ctx.actor!, regionCode);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Chooses the sectors the strategy covers (replaces the list, in order). `rationales` sets rationales of chosen sectors; a kept sector without one keeps its rationale.',
  })
  setStrategySectors(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('version', () => Int) version: number,
    @Arg('sectorCodes', () => [String]) sectorCodes: string[],
    @Arg('rationales', () => [SectorRationaleInput], { nullable: true }) rationales?: SectorRationaleInput[] | null,
  ) {
    return ctx.services.strategies.setSectors(ctx.actor!, strategyId, version, sectorCodes, rationales ?? []);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Sets the rationale of one chosen sector (null or empty clears it).' })
  setSectorRationale(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('version', () => Int) version: number,
    @Arg('sectorCode', () => String) sectorCode: string,
    @Arg('rationale', () => String, { nullable: true }) rationale?: string | null,
  ) {
    return ctx.services.strategies.setSectorRationale(ctx.actor!, strategyId, version, sectorCode, rationale ?? null);
  }

  @Authorized()
  @Mutation(() => GoalType)
  addGoal(@Ctx() ctx: Context, @Arg('strategyId', () => ID) strategyId: string, @Arg('version', () => Int) version: number, @Arg('input', () => GoalInput) input: GoalInput) {
    return ctx.services.strategies.addGoal(ctx.actor!, strategyId, version, input);
  }

  @Authorized()
  @Mutation(() => GoalType)
  updateGoal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => GoalInput) input: GoalInput) {
    return ctx.services.strategies.updateGoal(ctx.actor!, id, version, input);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Moves a goal to `position` (0-based) among the children of `parentId` (top level when null); siblings are renumbered. Horizon and cycle rules apply.',
  })
  moveGoal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('position', () => Int) position: number,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
  ) {
    return ctx.services.strategies.moveGoal(ctx.actor!, id, version, parentId ?? null, position);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Deletes a goal with its sub-goals and indicators.' })
  deleteGoal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.strategies.deleteGoal(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Submits the strategy for federal review, freezing a numbered revision.' })
  submitStrategy(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return ctx.services.strategies.submit(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Returns a submitted strategy for revision with a comment (reviewers, admins).' })
  requestChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Arg('pinAsRemark', () => Boolean, { nullable: true, description: 'Keep the comment as an open MAJOR remark; by default it is a cover note.' }) pinAsRemark?: boolean | null,
  ) {
    return ctx.services.strategies.requestChanges(ctx.actor!, id, comment, pinAsRemark ?? false);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Approves a submitted strategy; it becomes public (reviewers, admins).' })
  approveStrategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('remarks', () => RemarkDispositionEnum, { nullable: true, description: 'What happens to the open remarks: RESOLVE them or CARRY_OVER (the default).' }) remarks?: RemarkDisposition | null,
  ) {
    return ctx.services.strategies.approve(ctx.actor!, id, remarks ?? undefined);
  }

  @Authorized()
  @Mutation(() => CommentType)
  addComment(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('body', () => String) body: string,
    @Arg('goalId', () => ID, { nullable: true }) goalId?: string | null,
  ) {
    return ctx.services.strategies.addComment(ctx.actor!, strategyId, goalId ?? null, body);
  }
}
