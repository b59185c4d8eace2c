import { completenessProblems, type StrategyOutline } from '@tsifra/domain/strategy/completeness';
import type { Context } from '../../graphql/context';
import type { DocumentReader } from '../workflow/workflow-fields';
import { toOutline } from './strategy-outline';
import type { StrategyEntity } from './strategy.entity';

/** The same outline through the request's loaders (batched across strategies; no query per goal). */
export async function outlineFromLoaders(strategy: StrategyEntity, ctx: Context): Promise<StrategyOutline> {
  const [chosen, goals] = await Promise.all([
    ctx.loaders.sectorsByStrategyId.load(strategy.id),
    ctx.loaders.goalsByStrategyId.load(strategy.id),
  ]);
  const sectorIds = [...new Set([...chosen.map((c) => c.sectorId), ...goals.map((g) => g.sectorId)])];
  const sectors = await Promise.all(sectorIds.map((id) => ctx.loaders.sectorById.load(id)));
  const sectorCodeById = new Map(sectors.filter((s) => s != null).map((s) => [s.id, s.code]));
  const { byGoal, targetsByIndicator } = await ctx.loaders.indicatorsByStrategyId.load(strategy.id);
  const indicators = [...byGoal.values()].flat();
  return toOutline({
    sectorCodes: chosen.map((c) => sectorCodeById.get(c.sectorId) ?? ''),
    sectorCodeById,
    goals,
    indicatorsByGoal: byGoal,
    targetsByIndicator: new Map(indicators.map((ind) => [ind.id, targetsByIndicator.get(ind.id) ?? []])),
  });
}

/** A strategy's workflow facts through the request's loaders. */
export const strategyReader: DocumentReader<StrategyEntity> = {
  label: 'strategy',
  completenessCount: async (strategy, ctx) => completenessProblems(await outlineFromLoaders(strategy, ctx)).length,
  remarkCounts: (strategy, ctx) => ctx.loaders.remarkCountsByStrategyId.load(strategy.id),
};
