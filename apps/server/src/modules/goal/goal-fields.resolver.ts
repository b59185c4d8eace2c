import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CURSOR_DESCRIPTION, encodeCursor, PageArgs, pageOf } from '../../graphql/pagination';
import { GOAL_LIST_DESCRIPTION, goalCursorKey, readGoalPage } from './goal-pages';
import { SectorType } from '../sector/sector.type';
import type { GoalRow, IndicatorRow, IndicatorTargetRow } from './goal.loaders';
import { GoalType, IndicatorType, IndicatorValueType } from './goal.type';

/** Goals are only reachable through a strategy whose content the caller may read, so no check repeats here. */
@Resolver(() => GoalType)
export class GoalFieldsResolver {
  @FieldResolver(() => SectorType, { description: 'The sector (отрасль) the goal belongs to.' })
  async sector(@Root() goal: GoalRow, @Ctx() ctx: Context) {
    return ctx.loaders.sectorById.load(goal.sectorId);
  }

  @FieldResolver(() => GoalType, {
    nullable: true,
    description: 'The goal this one serves (2030 → 2024 → 2021), or null for a 2030 goal.',
  })
  async parent(@Root() goal: GoalRow, @Ctx() ctx: Context): Promise<GoalRow | null> {
    if (!goal.parentId) return null;
    return (await ctx.loaders.goalIndexByStrategyId.load(goal.strategyId)).byId.get(goal.parentId) ?? null;
  }

  // children, indicators, targets and actuals are deliberately not `async`: once the strategy is loaded they
  // answer with plain values, and graphql-js then completes them without a promise per field.
  @FieldResolver(() => [GoalType], { description: GOAL_LIST_DESCRIPTION })
  children(@Root() goal: GoalRow, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs): MaybePromise<GoalRow[]> {
    const page = readGoalPage(args);
    const children = ctx.loaders.childrenOfGoal.load(goal);
    if (!page) return children;
    return children instanceof Promise
      ? children.then((list) => pageOf(list, page, goalCursorKey))
      : pageOf(children, page, goalCursorKey);
  }

  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() goal: GoalRow): string {
    return encodeCursor('Goal', goal.position, goal.id);
  }

  @FieldResolver(() => [IndicatorType], { description: 'The indicators (показатели) that measure the goal.' })
  indicators(@Root() goal: GoalRow, @Ctx() ctx: Context): MaybePromise<IndicatorRow[]> {
    return ctx.loaders.indicatorsOfGoal.load(goal);
  }
}

type MaybePromise<T> = T | Promise<T>;

@Resolver(() => IndicatorType)
export class IndicatorFieldsResolver {
  @FieldResolver(() => [IndicatorValueType], { description: 'Planned values by year.' })
  targets(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): MaybePromise<IndicatorTargetRow[]> {
    return ctx.loaders.targetsOfIndicator.load(indicator);
  }

  @FieldResolver(() => [IndicatorValueType], {
    description:
      'Reached values by year: the current reported actuals (history in actualHistory), following the indicator across editions.',
  })
  actuals(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): MaybePromise<IndicatorValueType[]> {
    return ctx.loaders.currentActualsOf(indicator);
  }
}
