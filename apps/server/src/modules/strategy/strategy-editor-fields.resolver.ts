import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { completenessProblems, type CompletenessProblem } from '@tsifra/domain/strategy/completeness';
import type { StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { Context } from '../../graphql/context';
import { StrategyStatusEnum } from '../../graphql/enums';
import type { SectorEntity } from '../sector/sector.entity';
import { CompletenessProblemType, SectorChoiceType } from './strategy-editor.types';
import { contentVisible, nextMoves } from '../workflow/workflow-fields';
import { outlineFromLoaders, strategyReader } from './strategy-reader';
import type { StrategyEntity } from './strategy.entity';
import { StrategyType } from './strategy.type';

/** The editor's view of a strategy: sector choices with rationales, the completeness panel, the workflow buttons. */
@Resolver(() => StrategyType)
export class StrategyEditorFieldsResolver {
  @FieldResolver(() => [SectorChoiceType], {
    description: 'Chosen sectors with their rationales, in order. Empty when the content is hidden.',
  })
  async sectorChoices(
    @Root() strategy: StrategyEntity,
    @Ctx() ctx: Context,
  ): Promise<{ sector: SectorEntity; rationale: string | null; position: number }[]> {
    if (!(await contentVisible(strategy, ctx))) return [];
    const chosen = await ctx.loaders.sectorsByStrategyId.load(strategy.id);
    const sectors = await Promise.all(chosen.map((c) => ctx.loaders.sectorById.load(c.sectorId)));
    return chosen.flatMap((c, i) =>
      sectors[i] ? [{ sector: sectors[i], rationale: c.rationale, position: c.position }] : [],
    );
  }

  @FieldResolver(() => [CompletenessProblemType], {
    description: 'What keeps the strategy from being submitted; empty when complete. Empty when the content is hidden.',
  })
  async completeness(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<CompletenessProblem[]> {
    if (!(await contentVisible(strategy, ctx))) return [];
    return completenessProblems(await outlineFromLoaders(strategy, ctx));
  }

  @FieldResolver(() => [StrategyStatusEnum], {
    description: 'The statuses the caller may move the strategy to now (guards such as completeness included).',
    deprecationReason: 'Use transitionChecks: every move the role allows, with what blocks it now.',
  })
  availableTransitions(@Root() strategy: StrategyEntity, @Ctx() ctx: Context): Promise<StrategyStatus[]> {
    return nextMoves(strategyReader, strategy, ctx);
  }
}
