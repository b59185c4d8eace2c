import { IsNull } from 'typeorm';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { PROGRESS_RULES_VERSION, rollUp } from '@tsifra/domain/execution/progress';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { IndicatorType } from '../goal/goal.type';
import { RegionEntity } from '../region/region.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { ExecutionSettingsType, RegionProgressType } from './execution.types';
import { toProgressType } from './progress-view';
import { readSettings, type ExecutionSettings } from './execution.loaders';
import { isProgressYear } from '@tsifra/domain/execution/settings';

const settingsView = (s: ExecutionSettings) => ({
  thresholds: s.thresholds,
  rulesVersion: PROGRESS_RULES_VERSION,
  actualsDueMonthsAfterEnd: s.actualsDue.monthsAfterEnd,
  actualsDueDay: s.actualsDue.day,
});

@InputType('ProgressThresholdsInput', {
  description: 'New thresholds; give them a new version so earlier figures stay explainable.',
})
class ProgressThresholdsInput {
  @Field(() => String, { description: 'A new version stamp.' }) version: string;
  @Field(() => Float, { description: 'At or above: ACHIEVED.' }) achieved: number;
  @Field(() => Float, { description: 'At or above: ON_TRACK.' }) onTrack: number;
  @Field(() => Float, { description: 'At or above: AT_RISK.' }) atRisk: number;
}

@InputType('ActualsDueRuleInput', {
  description: 'When actuals for year Y are due: `day` of the month `monthsAfterEnd` months after December of Y.',
})
class ActualsDueRuleInput {
  @Field(() => Int, { description: 'Months after the end of the year (0–24).' }) monthsAfterEnd: number;
  @Field(() => Int, { description: 'Day of the month (1–28).' }) day: number;
}

/** Checks a year argument of the progress reads. */
export function readYear(year: number): number {
  if (!isProgressYear(year))
    throw new DomainError('BAD_USER_INPUT', 'The year must be within 2010–2030.', 'year', [
      { field: 'year', rule: 'progress_year_range', message: 'The year must be within 2010–2030.' },
    ]);
  return year;
}

/** Thin: parse, authorize, call one service method; reads go through the per-request loaders. */
@Resolver()
export class ExecutionResolver {
  @Authorized()
  @Mutation(() => IndicatorType, {
    description:
      'Reports (or corrects) an indicator’s actual for a year on an approved strategy: the region’s own editor or an admin. A correction keeps the earlier value in `actualHistory`. Pass `expectedVersion` (the current report’s version, 0 when none) to have a stale correction refused with CONFLICT.',
  })
  reportActual(
    @Ctx() ctx: Context,
    @Arg('indicatorId', () => ID, { description: 'The indicator.' }) indicatorId: string,
    @Arg('year', () => Int, { description: 'The year the actual is for (baseline year … 2030).' }) year: number,
    @Arg('value', () => Float, { description: 'The reached value, in the indicator’s unit.' }) value: number,
    @Arg('note', () => String, { nullable: true, description: 'An optional note.' }) note?: string | null,
    @Arg('source', () => String, { nullable: true, description: 'Optional: where the figure comes from.' })
    source?: string | null,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version of the current actual the caller saw (0: none); stale → CONFLICT.',
    })
    expectedVersion?: number | null,
  ) {
    return ctx.services.execution.reportActual(ctx.actor!, { indicatorId, year, value, note, source, expectedVersion });
  }

  @Authorized('ADMIN')
  @Mutation(() => ExecutionSettingsType, {
    description: 'Changes the progress thresholds and/or the actuals due rule (admins).',
  })
  async setExecutionSettings(
    @Ctx() ctx: Context,
    @Arg('thresholds', () => ProgressThresholdsInput, {
      nullable: true,
      description: 'New thresholds, with a new version.',
    })
    thresholds?: ProgressThresholdsInput | null,
    @Arg('actualsDue', () => ActualsDueRuleInput, { nullable: true, description: 'A new due rule for actuals.' })
    actualsDue?: ActualsDueRuleInput | null,
  ) {
    await ctx.services.execution.setSettings(ctx.actor!, { thresholds, actualsDue });
    return settingsView(await readSettings(ctx.db.dataSource));
  }

  @Public()
  @Query(() => ExecutionSettingsType, {
    description: 'The thresholds, rules version and actuals due rule progress uses now.',
  })
  async executionSettings(@Ctx() ctx: Context) {
    return settingsView(await ctx.loaders.executionSettings());
  }

  @Public()
  @Query(() => [RegionProgressType], {
    description:
      'The federal progress view: all 85 regions with the progress of their approved strategy for a year, whole and per sector. A constant number of SQL statements whatever the number of regions, indicators and years.',
  })
  async progressOverview(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year (2010–2030).' }) year: number,
  ) {
    readYear(year);
    const ds = ctx.db.dataSource;
    const [regions, strategies] = await Promise.all([
      ds.getRepository(RegionEntity).find({ order: { code: 'ASC' } }),
      ds.getRepository(StrategyEntity).find({ where: { status: 'APPROVED', supersededAt: IsNull() } }),
    ]);
    const byRegion = new Map(strategies.map((s) => [s.regionId, s]));
    const progress = await ctx.loaders.federalProgressOfStrategy.loadMany(strategies.map((s) => `${s.id}:${year}`));
    const progressOf = new Map(strategies.map((s, n) => [s.id, progress[n]]));
    const sectorIds = [...new Set(progress.flatMap((p) => (p instanceof Error ? [] : [...p.sectors.keys()])))];
    const sectors = await ctx.loaders.sectorById.loadMany(sectorIds);
    const sectorById = new Map(sectorIds.map((id, n) => [id, sectors[n]]));
    const thresholds = (await ctx.loaders.executionSettings()).thresholds;
    return regions.map((region) => {
      const strategy = byRegion.get(region.id) ?? null;
      const p = strategy ? progressOf.get(strategy.id) : undefined;
      if (!strategy || !p || p instanceof Error)
        return { region, strategy, progress: toProgressType(rollUp([], thresholds)), sectors: [] };
      return {
        region,
        strategy,
        progress: toProgressType(p.strategy),
        sectors: [...p.sectors.entries()]
          .map(([id, sp]) => ({ sector: sectorById.get(id), progress: toProgressType(sp) }))
          .filter((s) => s.sector && !(s.sector instanceof Error)),
      };
    });
  }
}
