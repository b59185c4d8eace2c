import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { DEMO_MATURITY_METHODOLOGY, MATURITY_KEY_SECTORS, maturityFormula } from '@tsifra/domain/rating/maturity';
import type { ParameterDef } from '@tsifra/domain/rating/methodology';
import { parsePeriodOf } from '@tsifra/domain/period';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { maturityIndexByRegion } from './rating-compute';
import { draftView, publishedRating, regionHistory, type PublishedRating } from './rating-read';
import { RatingPublicationEntity, RatingMethodologyEntity } from './rating.entity';
import { MaturityReturnInput, RatingInputInput, RatingMethodologyInput } from './rating.inputs';
import {
  MaturityIndexRowType,
  MaturityMethodologyType,
  MaturityReturnType,
  RatingHistoryPointType,
  RatingInputType,
  RatingMethodologyType,
  RatingPublicationSummaryType,
  RatingType,
} from './rating.type';

function monthArg(period: string, field = 'period'): void {
  if (!parsePeriodOf('MONTH', period))
    throw new DomainError('BAD_USER_INPUT', `Expected a month such as 2021-09, got "${period}".`, field);
}

function toParameters(input: RatingMethodologyInput): ParameterDef[] {
  return input.parameters.map((p) => ({
    code: p.code.trim(),
    name: p.name,
    nameEn: p.nameEn,
    unit: p.unit,
    maxPoints: p.maxPoints,
    derivation: p.derivation as ParameterDef['derivation'],
    source: p.source as ParameterDef['source'],
    ...(p.derivation === 'COMPUTED' && p.scaleFrom != null && p.scaleTo != null
      ? { scale: { kind: 'LINEAR' as const, from: p.scaleFrom, to: p.scaleTo } }
      : {}),
  }));
}

@Resolver()
export class RatingResolver {
  @Public()
  @Query(() => [RatingMethodologyType], { description: 'Every rating methodology version, oldest first.' })
  async ratingMethodologies(@Ctx() ctx: Context): Promise<RatingMethodologyEntity[]> {
    const rows = await ctx.db.dataSource
      .getRepository(RatingMethodologyEntity)
      .find({ order: { validFrom: 'ASC', code: 'ASC' } });
    for (const r of rows) ctx.loaders.ratingMethodologyById.prime(r.id, r);
    return rows;
  }

  @Public()
  @Query(() => RatingType, {
    nullable: true,
    description: 'The latest publication for that month (or the given version); null when none.',
  })
  async rating(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month, e.g. 2021-11.' }) period: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: 'A specific publication version; the latest when omitted.',
    })
    version?: number | null,
  ): Promise<RatingType | null> {
    monthArg(period);
    return withRegions(ctx, await publishedRating(ctx.db.dataSource.manager, period, version));
  }

  @Public()
  @Query(() => [RatingPublicationSummaryType], {
    description: 'Every publication version of a month (all stay readable), newest first.',
  })
  async ratingPublications(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month.' }) period: string,
  ): Promise<RatingPublicationSummaryType[]> {
    monthArg(period);
    const rows = await ctx.db.dataSource
      .getRepository(RatingPublicationEntity)
      .find({ where: { period }, order: { version: 'DESC' } });
    const meths = await ctx.loaders.ratingMethodologyById.loadMany(rows.map((r) => r.methodologyId));
    return rows.map((r, i) => ({
      id: r.id,
      period: r.period,
      version: r.version,
      publishedAt: r.publishedAt.toISOString(),
      reason: r.reason,
      methodologyCode: (meths[i] as RatingMethodologyEntity).code,
    }));
  }

  @Public()
  @Query(() => [String], { description: 'Months that have at least one publication, oldest first.' })
  async ratingPeriods(@Ctx() ctx: Context): Promise<string[]> {
    const rows: { period: string }[] = await ctx.db.dataSource
      .getRepository(RatingPublicationEntity)
      .createQueryBuilder('p')
      .select('DISTINCT p.period', 'period')
      .orderBy('period', 'ASC')
      .getRawMany();
    return rows.map((r) => r.period);
  }

  @Authorized()
  @Query(() => RatingType, {
    nullable: true,
    description:
      'NOT PUBLISHED: the month computed from the current inputs, under the methodology in force or under any version given (as-of recomputation). Signed-in users.',
  })
  async ratingDraft(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month.' }) period: string,
    @Arg('methodologyCode', () => String, {
      nullable: true,
      description: 'Compute under this version instead of the one in force.',
    })
    methodologyCode?: string | null,
  ): Promise<RatingType | null> {
    monthArg(period);
    return draftView(ctx.db.dataSource.manager, period, methodologyCode);
  }

  @Public()
  @Query(() => [RatingHistoryPointType], {
    description: "A region's rank and score in each month's latest publication, oldest first.",
  })
  async ratingHistory(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'Region code, e.g. RU-TUL.' }) regionCode: string,
    @Arg('months', () => Int, {
      nullable: true,
      defaultValue: 24,
      description: 'How many of the latest published months (max 120).',
    })
    months: number,
  ): Promise<RatingHistoryPointType[]> {
    const history = await regionHistory(
      ctx.db.dataSource.manager,
      regionCode.trim().toUpperCase(),
      Math.min(Math.max(months, 1), 120),
    );
    if (!history) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'regionCode');
    return history;
  }

  @Public()
  @Query(() => MaturityMethodologyType, { description: 'The maturity index methodology (DEMO weights).' })
  maturityMethodology(): MaturityMethodologyType {
    const m = DEMO_MATURITY_METHODOLOGY;
    return {
      code: m.code,
      validFrom: m.validFrom,
      formula: maturityFormula(m),
      demoWeights: true,
      components: MATURITY_KEY_SECTORS.map((sector) => ({
        sector,
        value: null,
        weight: m.weights[sector],
        contribution: 0,
      })),
    };
  }

  @Public()
  @Query(() => [MaturityIndexRowType], {
    description: 'The maturity index of every region for a quarter, by region code.',
  })
  async maturityIndex(
    @Ctx() ctx: Context,
    @Arg('quarter', () => String, { description: 'The quarter, e.g. 2021-Q3.' }) quarter: string,
  ): Promise<MaturityIndexRowType[]> {
    if (!parsePeriodOf('QUARTER', quarter))
      throw new DomainError('BAD_USER_INPUT', `Expected a quarter such as 2021-Q3, got "${quarter}".`, 'quarter');
    const byRegion = await maturityIndexByRegion(ctx.db.dataSource.manager, quarter);
    return [...byRegion].map(([regionId, r]) => ({
      regionId,
      quarter,
      index: r.index,
      components: r.components,
      missing: r.missing,
    }));
  }

  @Authorized('ADMIN')
  @Mutation(() => RatingInputType, {
    description: 'Enters or corrects a monthly rating input (admins). Published ratings never change; the draft does.',
  })
  setRatingInput(
    @Ctx() ctx: Context,
    @Arg('input', () => RatingInputInput, { description: 'The input.' }) input: RatingInputInput,
  ) {
    return ctx.services.ratings.setInput(ctx.actor!, input);
  }

  @Authorized()
  @Mutation(() => MaturityReturnType, {
    description:
      "Enters one key sector's value into the region's quarterly maturity return (own region's editor or an admin; while the return is a draft or returned).",
  })
  async submitMaturityReturn(
    @Ctx() ctx: Context,
    @Arg('input', () => MaturityReturnInput, { description: 'The return.' }) input: MaturityReturnInput,
  ) {
    const { regionCode, quarter, sector, value } = input;
    const saved = await ctx.services.maturityReports.save(
      ctx.actor!,
      { regionCode, quarter, values: [{ sector, value }] },
      'input',
    );
    return saved.rows[0];
  }

  @Authorized('ADMIN')
  @Mutation(() => RatingMethodologyType, { description: 'Creates a methodology version (admins).' })
  createRatingMethodology(
    @Ctx() ctx: Context,
    @Arg('input', () => RatingMethodologyInput, { description: 'The version.' }) input: RatingMethodologyInput,
  ) {
    return ctx.services.ratings.createMethodology(ctx.actor!, { ...input, parameters: toParameters(input) });
  }

  @Authorized('ADMIN')
  @Mutation(() => RatingMethodologyType, {
    description:
      'Edits a methodology version that no publication uses; one in use is refused (field error methodology_in_use).',
  })
  updateRatingMethodology(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: 'Version code.' }) code: string,
    @Arg('version', () => Int, { description: 'The edit counter you loaded.' }) version: number,
    @Arg('input', () => RatingMethodologyInput, { description: 'New content.' }) input: RatingMethodologyInput,
  ) {
    return ctx.services.ratings.updateMethodology(ctx.actor!, code, version, {
      ...input,
      parameters: toParameters(input),
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => RatingType, {
    description:
      "Publishes the month's current draft as a new frozen version; a re-publication needs a reason (admins).",
  })
  async publishRating(
    @Ctx() ctx: Context,
    @Arg('period', () => String, { description: 'The month.' }) period: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (required for a re-publication).' })
    reason?: string | null,
  ): Promise<RatingType> {
    const pub = await ctx.services.ratings.publish(ctx.actor!, period, reason);
    return withRegions(ctx, await publishedRating(ctx.db.dataSource.manager, pub.period, pub.version))!;
  }
}

/** The rating, its regions handed to the region loader (they came with the entries, in the same statement). */
function withRegions(ctx: Context, read: PublishedRating | null): RatingType | null {
  if (!read) return null;
  for (const r of read.regions) ctx.loaders.regionById.prime(r.id, r);
  return read.rating;
}
