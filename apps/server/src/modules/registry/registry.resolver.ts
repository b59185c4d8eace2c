import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { controlCentreDeadline, deadlineStatus } from '@tsifra/domain/registry/registry';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import type { RegionEntity } from '../region/region.entity';
import { RegionType } from '../region/region.type';
import { FederalBodyEntity, type ControlCentreEntity, type DigitalHeadEntity } from './registry.entity';
import {
  ControlCentreInput,
  ControlCentreType,
  DigitalHeadInput,
  DigitalHeadType,
  FederalBodyType,
} from './registry.type';

function centre(e: ControlCentreEntity | null): ControlCentreType | null {
  return (
    e && {
      status: e.status,
      statusSince: e.statusSince,
      openedOn: e.openedOn,
      act: e.act,
      platforms: JSON.parse(e.platforms) as string[],
      version: e.version,
      deadlineStatus: controlCentreDeadline(e.status, e.openedOn),
    }
  );
}

/** The first appointment decides the deadline status (a later successor does not make a region late). */
function heads(rows: DigitalHeadEntity[]): DigitalHeadType[] {
  const first = rows.at(-1)?.appointedOn ?? null;
  return rows.map((h) => ({ ...h, deadlineStatus: deadlineStatus(first) }));
}

@Resolver()
export class RegistryResolver {
  @Public()
  @Query(() => [FederalBodyType], { description: 'Federal executive bodies (ФОИВ), reference data, by name.' })
  federalBodies(@Ctx() ctx: Context): Promise<FederalBodyEntity[]> {
    return ctx.db.dataSource.getRepository(FederalBodyEntity).find({ order: { name: 'ASC' } });
  }

  @Authorized()
  @Mutation(() => DigitalHeadType, {
    description:
      "Records a region's newly appointed РЦТ; the previous one moves to the history (own region's editor or an admin).",
  })
  async setDigitalHead(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('input', () => DigitalHeadInput, { description: 'The appointment.' }) input: DigitalHeadInput,
  ): Promise<DigitalHeadType> {
    const row = await ctx.services.registry.setDigitalHead(ctx.actor!, regionCode, input);
    return { ...row, deadlineStatus: deadlineStatus(row.appointedOn) };
  }

  @Authorized()
  @Mutation(() => ControlCentreType, { description: "Sets a region's ЦУР record (own region's editor or an admin)." })
  async setControlCentre(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'Region code.' }) regionCode: string,
    @Arg('input', () => ControlCentreInput, { description: 'The record.' }) input: ControlCentreInput,
  ): Promise<ControlCentreType> {
    return centre(await ctx.services.registry.setControlCentre(ctx.actor!, regionCode, input))!;
  }
}

@Resolver(() => FederalBodyType)
export class FederalBodyFieldsResolver {
  @FieldResolver(() => DigitalHeadType, { nullable: true, description: "The body's current РЦТ (CDTO)." })
  async digitalHead(@Root() b: FederalBodyEntity, @Ctx() ctx: Context): Promise<DigitalHeadType | null> {
    return heads(await ctx.loaders.digitalHeadsByFederalBodyId.load(b.id)).find((h) => h.until === null) ?? null;
  }
}

@Resolver(() => RegionType)
export class RegionRegistryFieldsResolver {
  @FieldResolver(() => DigitalHeadType, { nullable: true, description: 'The РЦТ now; null when none is appointed.' })
  async digitalHead(@Root() r: RegionEntity, @Ctx() ctx: Context): Promise<DigitalHeadType | null> {
    return heads(await ctx.loaders.digitalHeadsByRegionId.load(r.id)).find((h) => h.until === null) ?? null;
  }

  @FieldResolver(() => [DigitalHeadType], { description: 'Every РЦТ of the region, newest first.' })
  async digitalHeadHistory(@Root() r: RegionEntity, @Ctx() ctx: Context): Promise<DigitalHeadType[]> {
    return heads(await ctx.loaders.digitalHeadsByRegionId.load(r.id));
  }

  @FieldResolver(() => ControlCentreType, { nullable: true, description: 'The ЦУР; null when there is no record.' })
  async controlCentre(@Root() r: RegionEntity, @Ctx() ctx: Context): Promise<ControlCentreType | null> {
    return centre(await ctx.loaders.controlCentreByRegionId.load(r.id));
  }
}
