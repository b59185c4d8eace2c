import { IsNull, LessThan, type EntityManager } from 'typeorm';
import { editionInForce, latestEdition } from '@tsifra/domain/strategy/editions';
import { StrategyEntity } from './strategy.entity';

/**
 * On approval of edition N: the region's earlier approved editions leave force (stamped `superseded_at`), so
 * edition N is the one in force. Inside the approving transaction (the strategy's workflow adapter calls it).
 */
export async function supersedeEarlier(
  m: EntityManager,
  document: Pick<StrategyEntity, 'regionId' | 'edition'>,
  now: Date,
): Promise<void> {
  if (document.edition <= 1) return;
  await m
    .getRepository(StrategyEntity)
    .update(
      { regionId: document.regionId, edition: LessThan(document.edition), status: 'APPROVED', supersededAt: IsNull() },
      { supersededAt: now },
    );
}

/** Per region, the edition national views show: the one in force, else the latest (before the first approval). */
export function shownEditionByRegion<E extends Pick<StrategyEntity, 'regionId' | 'edition' | 'status'>>(
  strategies: readonly E[],
): Map<string, E> {
  const groups = new Map<string, E[]>();
  for (const s of strategies) groups.set(s.regionId, [...(groups.get(s.regionId) ?? []), s]);
  return new Map(
    [...groups].map(([regionId, editions]) => [regionId, (editionInForce(editions) ?? latestEdition(editions))!]),
  );
}
