import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { RemarkDispositionEnum } from '../review/review.type';
import type { Context } from '../../graphql/context';
import { SectorRationaleInput } from './strategy-editor.types';
import type { StrategyEntity } from './strategy.entity';
import { StrategyType } from './strategy.type';

/** Thin: parse, authorize (signed in here; the service checks role and region), call one service method. */
@Resolver(() => StrategyType)
export class StrategyResolver {
  @Public()
  @Query(() => StrategyType, {
    nullable: true,
    description: 'A strategy by id. Its content is visible per the access rules (see Strategy.contentVisible).',
  })
  strategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The strategy’s id.' }) id: string,
  ): Promise<StrategyEntity | null> {
    return ctx.loaders.strategyById.load(id);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: "Creates the region's strategy draft (its own regional editor, or an admin).",
  })
  createStrategy(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, { description: 'The region’s code, e.g. RU-TUL.' }) regionCode: string,
  ) {
    return ctx.services.strategies.create(ctx.actor!, regionCode);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description:
      'Chooses the sectors the strategy covers (replaces the list, in order). `rationales` sets rationales of chosen sectors; a kept sector without one keeps its rationale.',
  })
  setStrategySectors(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy’s id.' }) strategyId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('sectorCodes', () => [String], { description: 'The sectors (отрасли) the strategy covers.' })
    sectorCodes: string[],
    @Arg('rationales', () => [SectorRationaleInput], {
      nullable: true,
      description: 'Why each sector was chosen, by sector code.',
    })
    rationales?: SectorRationaleInput[] | null,
  ) {
    return ctx.services.strategies.setSectors(ctx.actor!, strategyId, version, sectorCodes, rationales ?? []);
  }

  @Authorized()
  @Mutation(() => StrategyType, { description: 'Sets the rationale of one chosen sector (null or empty clears it).' })
  setSectorRationale(
    @Ctx() ctx: Context,
    @Arg('strategyId', () => ID, { description: 'The strategy’s id.' }) strategyId: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
    @Arg('sectorCode', () => String, { description: 'The chosen sector’s (отрасль) code.' }) sectorCode: string,
    @Arg('rationale', () => String, {
      nullable: true,
      description: 'Why the region chose the sector (обоснование выбора отрасли).',
    })
    rationale?: string | null,
  ) {
    return ctx.services.strategies.setSectorRationale(ctx.actor!, strategyId, version, sectorCode, rationale ?? null);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Submits the strategy for federal review, freezing a numbered revision.',
  })
  submitStrategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The strategy’s id.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The strategy’s version the caller read; a different current version answers CONFLICT.',
    })
    version: number,
  ) {
    return ctx.services.strategies.submit(ctx.actor!, id, version);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Returns a submitted strategy for revision with a comment (reviewers, admins).',
  })
  requestChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted strategy’s id.' }) id: string,
    @Arg('comment', () => String, { description: 'Why the strategy is returned (на доработку).' }) comment: string,
    @Arg('pinAsRemark', () => Boolean, {
      nullable: true,
      description: 'Keep the comment as an open MAJOR remark; by default it is a cover note.',
    })
    pinAsRemark?: boolean | null,
  ) {
    return ctx.services.strategies.requestChanges(ctx.actor!, id, comment, pinAsRemark ?? false);
  }

  @Authorized()
  @Mutation(() => StrategyType, {
    description: 'Approves a submitted strategy; it becomes public (reviewers, admins).',
  })
  approveStrategy(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The submitted strategy’s id.' }) id: string,
    @Arg('remarks', () => RemarkDispositionEnum, {
      nullable: true,
      description: 'What happens to the open remarks: RESOLVE them or CARRY_OVER (the default).',
    })
    remarks?: RemarkDisposition | null,
  ) {
    return ctx.services.strategies.approve(ctx.actor!, id, remarks ?? undefined);
  }
}
