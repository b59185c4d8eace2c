import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { stepAt, type MszuStep } from '@tsifra/domain/mszu/steps';
import { formatPeriod, periodEnd } from '@tsifra/domain/period';
import type { Context } from '../../graphql/context';
import { RegionEntity } from '../region/region.entity';
import { RegionType } from '../region/region.type';
import { monthArg } from './mszu-read';
import { entryOf } from './mszu.resolver';
import { MszuRegionMonthType, MszuRegionServiceType } from './mszu.type';

@Resolver(() => MszuRegionMonthType)
export class MszuRegionMonthFieldsResolver {
  @FieldResolver(() => RegionType, { description: 'The region.' })
  region(@Root() row: MszuRegionMonthType, @Ctx() ctx: Context) {
    return ctx.loaders.regionById.load(row.regionId);
  }
}

/** Region.mszu and Region.mszuServices, through per-request loaders. */
@Resolver(() => RegionType)
export class RegionMszuFieldsResolver {
  @FieldResolver(() => MszuRegionMonthType, {
    description: 'The region’s МСЗУ picture at the end of a month ("YYYY-MM"), derived from its step histories.',
  })
  mszu(
    @Root() region: RegionEntity,
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month, "YYYY-MM".' }) period: string,
  ) {
    return ctx.loaders.mszuRegionMonth.load(`${formatPeriod(monthArg(period))}|${region.id}`);
  }

  @FieldResolver(() => [MszuRegionServiceType], {
    description:
      'Every catalogue service with the region’s step at the end of a month (default: today) and its full history, corrections included.',
  })
  async mszuServices(
    @Root() region: RegionEntity,
    @Ctx() ctx: Context,
    @Arg('period', () => String, { nullable: true, description: 'The month, "YYYY-MM".' }) period?: string | null,
  ): Promise<MszuRegionServiceType[]> {
    const date = period ? periodEnd(monthArg(period)) : ctx.services.mszu.today();
    const [c, entries] = await Promise.all([
      ctx.loaders.mszuCatalogue(),
      ctx.loaders.mszuStepsByRegionId.load(region.id),
    ]);
    const byService = new Map<string, typeof entries>();
    for (const e of entries) (byService.get(e.serviceId) ?? byService.set(e.serviceId, []).get(e.serviceId)!).push(e);
    return c.services.map((s) => {
      const all = byService.get(s.id) ?? [];
      const live = all
        .filter((e) => !e.supersededById)
        .map((e) => ({ step: e.step as MszuStep, on: e.effectiveOn, seq: e.seq }));
      const inForce = live
        .filter((e) => e.on <= date)
        .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.seq - a.seq))[0];
      return { service: s, step: stepAt(live, date), since: inForce?.on ?? null, history: all.map(entryOf) };
    });
  }
}
