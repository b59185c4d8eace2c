import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import { contentEditRefusal, HIDDEN } from '@tsifra/domain/strategy/visibility';
import { claimVersion } from '../../db/optimistic-lock';
import { loadStrategy } from './strategy-document';
import { StrategyEntity } from './strategy.entity';

/**
 * Opens an edit of a strategy's content (its sectors, goals, initiatives): checks the actor may edit the content now
 * and claims the version: `UPDATE … WHERE version = ?` (TypeORM's @VersionColumn does not guard save()); a stale
 * version changes nothing and fails with CONFLICT. With `hidden`, a caller who may not even read the content gets that
 * error instead (a NOT_FOUND that reveals nothing).
 */
export async function beginStrategyEdit(
  m: EntityManager,
  actor: Actor,
  strategyId: string,
  version: number,
  hidden?: DomainError,
): Promise<StrategyEntity> {
  const { document: strategy, regionCode } = await loadStrategy(m, strategyId);
  const refusal = hidden
    ? contentEditRefusal(actor, regionCode, strategy.status)
    : canEditContent(actor, regionCode, strategy.status);
  if (refusal) throw refusal === HIDDEN ? hidden! : new DomainError(refusal.code, refusal.reason);
  await claimVersion(m, StrategyEntity, strategy, version, 'strategy');
  return strategy;
}
