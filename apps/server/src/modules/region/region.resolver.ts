import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { FEDERAL_DISTRICTS, findFederalDistrict, findRegion } from '@tsifra/domain/regions';
import { DomainError } from '@tsifra/domain/errors';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { GostechPlanType } from '../gostech/gostech.type';
import { StrategyType } from '../strategy/strategy.type';
import { RegionEntity } from './region.entity';
import { FederalDistrictType, RegionType, TileType } from './region.type';

@Resolver(() => RegionType)
export class RegionResolver {
  @Public()
  @Query(() => [RegionType], {
    description: 'All 85 regions, optionally of one federal district (code, English or Russian name).',
  })
  async regions(
    @Ctx() ctx: Context,
    @Arg('federalDistrict', () => String, {
      nullable: true,
      description:
        'Only regions of this federal district (its code, name or abbreviation, e.g. ЦФО); omit for all regions.',
    })
    federalDistrict?: string | null,
  ): Promise<RegionEntity[]> {
    let districtCode: string | undefined;
    if (federalDistrict != null) {
      const district = findFederalDistrict(federalDistrict);
      if (!district)
        throw new DomainError('BAD_USER_INPUT', `Unknown federal district "${federalDistrict}".`, 'federalDistrict');
      districtCode = district.code;
    }
    const regions = await ctx.db.dataSource.getRepository(RegionEntity).find({
      where: districtCode ? { federalDistrict: districtCode } : {},
      order: { subjectCode: 'ASC' },
    });
    for (const r of regions) ctx.loaders.regionById.prime(r.id, r);
    return regions;
  }

  @Public()
  @Query(() => RegionType, { nullable: true, description: 'A region by its ISO 3166-2:RU code, e.g. "RU-BEL".' })
  async region(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: 'The region’s code, e.g. RU-TUL.' }) code: string,
  ): Promise<RegionEntity | null> {
    const region = await ctx.db.dataSource.getRepository(RegionEntity).findOneBy({ code: code.trim().toUpperCase() });
    // Its strategy's access check and fields ask for the region by id: answer them from this row.
    if (region) ctx.loaders.regionById.prime(region.id, region);
    return region;
  }

  @Public()
  @Query(() => [FederalDistrictType], { description: 'The federal districts (федеральные округа), in order.' })
  federalDistricts(): FederalDistrictType[] {
    return FEDERAL_DISTRICTS.map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn }));
  }

  @FieldResolver(() => String, { description: 'The region’s federal district (федеральный округ) in Russian.' })
  federalDistrictName(@Root() region: RegionEntity): string {
    return findFederalDistrict(region.federalDistrict)?.name ?? region.federalDistrict;
  }

  @FieldResolver(() => String, { description: 'The region’s federal district in English.' })
  federalDistrictNameEn(@Root() region: RegionEntity): string {
    return findFederalDistrict(region.federalDistrict)?.nameEn ?? region.federalDistrict;
  }

  @FieldResolver(() => TileType, { description: 'The region’s place on the tile-grid map of Russia.' })
  tile(@Root() region: RegionEntity): TileType {
    const info = findRegion(region.code);
    return info ? { ...info.tile } : { row: 0, col: 0 };
  }

  @FieldResolver(() => StrategyType, {
    nullable: true,
    description: "The region's strategy; its status, revision and deadline are public.",
  })
  strategy(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.strategyByRegionId.load(region.id);
  }

  @FieldResolver(() => GostechPlanType, {
    nullable: true,
    description: 'The region’s plan for moving to GosTech (план перехода на ГосТех), or null when not started.',
  })
  gostechPlan(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.gostechPlanByRegionId.load(region.id);
  }
}
