import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { adoptedBy, type LegalActKind } from '@tsifra/domain/documents/official-title';
import { editionInForce } from '@tsifra/domain/strategy/editions';
import type { Context } from '../../graphql/context';
import type { RegionEntity } from '../region/region.entity';
import { RegionType } from '../region/region.type';
import type { StrategyEntity } from './strategy.entity';
import { StrategyType } from './strategy.type';
import { LegalActInput, LegalActType } from './edition.types';

/** Editions and amendments (issue 12): thin — parse, call one service method; reads through the request's loaders. */
@Resolver(() => StrategyType)
export class EditionResolver {
  @Authorized()
  @Mutation(() => StrategyType, {
    description:
      'Starts an amendment of the approved edition in force (the region’s editor or an admin): a new DRAFT edition (edition + 1) copied from it, goals and indicators keeping their identity. The edition in force stays in force until the amendment is approved. Only one amendment may be open (BAD_USER_INPUT amendment_open on `id`). Returns the new draft edition.',
  })
  amendStrategy(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The edition in force.' }) id: string) {
    return ctx.services.editions.amend(ctx.actor!, id);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description:
      'Records (or corrects) the legal act that adopted an approved edition (the region’s editor or an admin); shown on the public page.',
  })
  setLegalAct(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The approved edition.' }) strategyId: string,
    @Arg('input', () => LegalActInput, { description: 'The act.' }) input: LegalActInput,
  ) {
    return ctx.services.editions.setLegalAct(ctx.actor!, strategyId, input);
  }

  @FieldResolver(() => Int, {
    description: '1 = the first adopted edition; an amendment drafts the edition in force + 1.',
  })
  edition(@Root() strategy: StrategyEntity): number {
    return strategy.edition ?? 1;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether this is the approved edition in force (approved, and no later edition approved since).',
  })
  inForce(@Root() strategy: StrategyEntity): boolean {
    return strategy.status === 'APPROVED' && !strategy.supersededAt;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'ISO timestamp when a later approved edition replaced this one; null otherwise.',
  })
  supersededAt(@Root() strategy: StrategyEntity): string | null {
    return strategy.supersededAt ? new Date(strategy.supersededAt).toISOString() : null;
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: 'The edition an amendment was copied from.' })
  basedOn(@Root() strategy: StrategyEntity, @Ctx() ctx: Context) {
    return strategy.basedOnId ? ctx.loaders.strategyById.load(strategy.basedOnId) : null;
  }

  @FieldResolver(() => StrategyType, {
    nullable: true,
    description: 'The amendment in work after this edition (a later edition not yet approved), or null.',
  })
  async openAmendment(@Root() strategy: StrategyEntity, @Ctx() ctx: Context) {
    const editions = await ctx.loaders.editionsByRegionId.load(strategy.regionId);
    const latest = editions.at(-1);
    return latest && latest.edition > (strategy.edition ?? 1) && latest.status !== 'APPROVED' ? latest : null;
  }

  @FieldResolver(() => LegalActType, {
    nullable: true,
    description: 'The act that adopted this edition, once the region entered it (public, as the approved content is).',
  })
  legalAct(@Root() strategy: StrategyEntity): LegalActType | null {
    if (!strategy.actKind || !strategy.actNumber || !strategy.actDate || !strategy.actIssuer) return null;
    const act = {
      kind: strategy.actKind as LegalActKind,
      number: strategy.actNumber,
      date: strategy.actDate,
      issuer: strategy.actIssuer,
    };
    return { ...act, text: adoptedBy(act) };
  }
}

@Resolver(() => RegionType)
export class RegionEditionsResolver {
  @FieldResolver(() => StrategyType, {
    nullable: true,
    description:
      'The approved edition in force; null before the first approval. Region.strategy stays the latest edition (an amendment in work).',
  })
  async strategyInForce(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return editionInForce(await ctx.loaders.editionsByRegionId.load(region.id));
  }

  @FieldResolver(() => [StrategyType], {
    description: 'Every edition of the region’s strategy, oldest first (status and number are public).',
  })
  strategyEditions(@Root() region: RegionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.editionsByRegionId.load(region.id);
  }
}
