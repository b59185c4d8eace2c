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
  @Query(() => [RegionType], { description: 'All 85 regions, optionally of one federal district (code, English or Russian name).' })
  async regions(@Ctx() ctx: Context, @Arg('federalDistrict', () => String, { nullable: true }) federalDistrict?: string | null): Promise<RegionEntity[]> {
    let districtCode: string | undefined;
    if (federalDistrict != null) {
      const district = findFederalDistrict(federalDistrict);
      if (!district) throw new DomainError('BAD_USER_INPUT', `Unknown federal district "${federalDistrict}".`, 'federalDistrict');
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
  async region(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<RegionEntity | null> {
    return ctx.db.dataSource.getRepository(RegionEntity).findOneBy({ code: code.trim().toUpperCase() });
  }

  @Public()
  @Query(() => [FederalDistrictType])
  federalDistricts(): FederalDistrictType[] {
    return FEDERAL_DISTRICTS.map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn }));
  }

  @FieldResolver(() => String)
  federalDistrictName(@Root() region: RegionEntity): string {
    return findFederalDistrict(region.federalDistrict)?.name ?? region.federalDistrict;
  }

  @FieldResolver(() => String)
  federalDistrictNameEn(@Root() region: RegionEntity): string {
    return findFederalDistrict(region.federalDistrict)?.nameEn ?? region.federalDistrict;
  }

  @FieldResolver(() => TileType)
  tile(@Root() region: RegionEntity): TileType {
    const info = findRegion(region.code);
    return info ? { ...info.tile } : { row: 0, col: 0 };
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: "The region's strategy; its status, revision and deadline are public." })
  strategy(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.strategyByRegionId.load(region.id);
  }

  @FieldResolver(() => GostechPlanType, { nullable: true })
  gostechPlan(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.gostechPlanByRegionId.load(region.id);
  }
}
