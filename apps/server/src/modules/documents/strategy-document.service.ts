import { DomainError } from '@tsifra/domain/errors';
import { buildStrategyDocument, type StrategyDocument } from '@tsifra/domain/documents/strategy-document';
import type { Actor } from '@tsifra/domain/roles';
import { parseSnapshot, type StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import { canReadContent, type StrategyStatus } from '@tsifra/domain/strategy/workflow';
import type { BudgetSource } from '@tsifra/domain/strategy/initiatives';
import type { Database } from '../../db/data-source';
import { InitiativeBudgetEntity } from '../initiative/initiative-budget.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { RegionEntity } from '../region/region.entity';
import { buildSnapshot } from '../review/snapshot.service';
import { StrategyRevisionEntity } from '../review/strategy-revision.entity';
import { StrategyEntity } from '../strategy/strategy.entity';

const STATUS_WORDS: Readonly<Record<StrategyStatus, string>> = {
  DRAFT: 'черновик',
  SUBMITTED: 'на рассмотрении',
  CHANGES_REQUESTED: 'возвращена на доработку',
  APPROVED: 'утверждена',
};

/**
 * A strategy's content as the caller may see it: the current content, or a frozen revision (`revision`).
 * Content follows the API's rule (canReadContent): an approved strategy is public, a draft only for its own
 * region, reviewers and admins; a strategy the caller may not read answers exactly like a missing one.
 */
export async function loadStrategyContent(
  db: Database,
  actor: Actor | null,
  strategyId: string,
  revision?: number,
): Promise<{ snapshot: StrategySnapshot; versionLabel: string; region: RegionEntity }> {
  const m = db.dataSource.manager;
  const notFound = () =>
    new DomainError('NOT_FOUND', 'No such strategy or revision.', revision == null ? 'id' : 'revision');
  const strategy = await m.getRepository(StrategyEntity).findOne({ where: { id: strategyId } });
  if (!strategy) throw notFound();
  const region = await m.getRepository(RegionEntity).findOneOrFail({ where: { id: strategy.regionId } });
  const status = strategy.status as StrategyStatus;
  if (!canReadContent(actor, region.code, status)) throw notFound();

  if (revision == null) {
    const snapshot = await buildSnapshot(m, strategy.id);
    return {
      snapshot,
      region,
      versionLabel: `Состояние: ${STATUS_WORDS[status]}${strategy.revision ? `, ревизия ${strategy.revision}` : ''}`,
    };
  }
  const frozen = await m.getRepository(StrategyRevisionEntity).findOne({ where: { strategyId, number: revision } });
  if (!frozen) throw notFound();
  return {
    snapshot: parseSnapshot(frozen.snapshot),
    region,
    versionLabel: `Ревизия ${revision} от ${frozen.submittedAt.toISOString().slice(0, 10).split('-').reverse().join('.')}`,
  };
}

/** The document of a strategy as the caller may see it (see loadStrategyContent). */
export async function loadStrategyDocument(
  db: Database,
  actor: Actor | null,
  strategyId: string,
  revision?: number,
): Promise<{ document: StrategyDocument; regionCode: string }> {
  const m = db.dataSource.manager;
  const { snapshot, versionLabel, region } = await loadStrategyContent(db, actor, strategyId, revision);
  const initiativeIds = snapshot.initiatives.map((n) => n.id);
  const budgets = initiativeIds.length
    ? await m
        .getRepository(InitiativeBudgetEntity)
        .createQueryBuilder('b')
        .innerJoin(InitiativeEntity, 'n', 'n.id = b.initiative_id')
        .where('n.strategy_id = :strategyId', { strategyId })
        .getMany()
    : [];
  const document = buildStrategyDocument({
    regionName: region.name,
    snapshot,
    versionLabel,
    budgets: budgets
      .filter((b) => initiativeIds.includes(b.initiativeId))
      .map((b) => ({
        initiativeId: b.initiativeId,
        year: b.year,
        source: b.source as BudgetSource,
        amount: Number(b.amount),
      })),
  });
  return { document, regionCode: region.code };
}
