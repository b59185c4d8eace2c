import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { rollUp } from '@tsifra/domain/execution/progress';
import { yearPeriod } from '@tsifra/domain/period';
import { dueDate, timeliness } from '@tsifra/domain/reporting-calendar';
import type { Context } from '../../graphql/context';
import type { GoalRow, IndicatorRow } from '../goal/goal.loaders';
import { GoalType, IndicatorType } from '../goal/goal.type';
import type { StrategyEntity } from '../strategy/strategy.entity';
import { contentVisible } from '../workflow/workflow-fields';
import { StrategyType } from '../strategy/strategy.type';
import { ActualReportType, ProgressType, SectorProgressType } from './execution.types';
import { readYear } from './execution.resolver';
import { toProgressType } from './progress-view';

const YEAR_DESCRIPTION = 'The year (2010–2030).';

/** Indicators and goals are only reachable through a strategy whose content the caller may read. */
@Resolver(() => IndicatorType)
export class IndicatorExecutionResolver {
  @FieldResolver(() => [ActualReportType], {
    description:
      'Every reported actual, corrections included, by year then newest version first; with timeliness against the reporting calendar.',
  })
  async actualHistory(@Root() indicator: IndicatorRow, @Ctx() ctx: Context): Promise<ActualReportType[]> {
    const [actuals, settings] = await Promise.all([
      ctx.loaders.actualsByStrategyId.load(indicator.strategyId),
      ctx.loaders.executionSettings(),
    ]);
    const rows = actuals.historyByIndicator.get(indicator.id) ?? [];
    const users = await ctx.loaders.userById.loadMany([
      ...new Set(rows.flatMap((r) => (r.reportedById ? [r.reportedById] : []))),
    ]);
    const nameOf = new Map(users.flatMap((u) => (u && !(u instanceof Error) ? [[u.id, u.name] as const] : [])));
    return rows.map((r) => {
      const due = dueDate(settings.actualsDue, yearPeriod(r.year));
      const first = rows.filter((x) => x.year === r.year).reduce((a, b) => (a.version < b.version ? a : b));
      const t = timeliness(due, first.reportedAt.toISOString());
      return {
        id: r.id,
        year: r.year,
        value: r.value,
        version: r.version,
        current: r.supersededAt === null,
        note: r.note,
        source: r.source,
        reportedByName: r.reportedById ? (nameOf.get(r.reportedById) ?? null) : null,
        reportedAt: r.reportedAt.toISOString(),
        supersededAt: r.supersededAt ? r.supersededAt.toISOString() : null,
        dueDate: due,
        onTime: t.onTime,
        daysLate: t.daysLate,
      };
    });
  }

  @FieldResolver(() => ProgressType, {
    description: 'Achievement and status of the indicator for a year (see Progress).',
  })
  async progress(
    @Root() indicator: IndicatorRow,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: YEAR_DESCRIPTION }) year: number,
  ): Promise<ProgressType> {
    const p = await ctx.loaders.progressOfStrategy.load(`${indicator.strategyId}:${readYear(year)}`);
    return toProgressType(p.indicators.get(indicator.id) ?? rollUp([]));
  }
}

@Resolver(() => GoalType)
export class GoalExecutionResolver {
  @FieldResolver(() => ProgressType, {
    description: 'The goal’s progress for a year: roll-up of its own indicators and its child goals.',
  })
  async progress(
    @Root() goal: GoalRow,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: YEAR_DESCRIPTION }) year: number,
  ): Promise<ProgressType> {
    const p = await ctx.loaders.progressOfStrategy.load(`${goal.strategyId}:${readYear(year)}`);
    return toProgressType(p.goals.get(goal.id) ?? rollUp([]));
  }
}

@Resolver(() => StrategyType)
export class StrategyExecutionResolver {
  @FieldResolver(() => ProgressType, {
    description:
      'The strategy’s progress for a year: roll-up of its sectors. NO_DATA when the content is not visible to the caller.',
  })
  async progress(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: YEAR_DESCRIPTION }) year: number,
  ): Promise<ProgressType> {
    readYear(year);
    if (!(await contentVisible(strategy, ctx))) return toProgressType(rollUp([]));
    return toProgressType((await ctx.loaders.progressOfStrategy.load(`${strategy.id}:${year}`)).strategy);
  }

  @FieldResolver(() => [SectorProgressType], {
    description:
      'Progress per sector for a year (roll-up of each sector’s root goals); empty when the content is not visible.',
  })
  async sectorProgress(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: YEAR_DESCRIPTION }) year: number,
  ): Promise<SectorProgressType[]> {
    readYear(year);
    if (!(await contentVisible(strategy, ctx))) return [];
    const p = await ctx.loaders.progressOfStrategy.load(`${strategy.id}:${year}`);
    const ids = [...p.sectors.keys()];
    const sectors = await ctx.loaders.sectorById.loadMany(ids);
    return ids.flatMap((id, n) => {
      const sector = sectors[n];
      return sector && !(sector instanceof Error) ? [{ sector, progress: toProgressType(p.sectors.get(id)!) }] : [];
    });
  }

  @FieldResolver(() => String, {
    description:
      'ISO date the actuals for a year are due (reporting calendar held as data; default 1 February of the next year — our assumption).',
  })
  async actualsDueDate(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: YEAR_DESCRIPTION }) year: number,
  ): Promise<string> {
    return dueDate((await ctx.loaders.executionSettings()).actualsDue, yearPeriod(readYear(year)));
  }
}
