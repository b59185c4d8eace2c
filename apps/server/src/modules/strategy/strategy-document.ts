import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import { completenessProblems } from '@tsifra/domain/strategy/completeness';
import { RegionEntity } from '../region/region.entity';
import { freezeRevision } from '../review/snapshot.service';
import type { DocumentAdapter } from '../workflow/document-adapter';
import { supersedeEarlier } from './edition-force';
import { loadOutline } from './strategy-outline';
import { StrategyEntity } from './strategy.entity';

/** The answer for an unknown goal id — and, so that ids reveal nothing, for a goal the caller may not read (issue 17). */
export const noSuchGoal = (field: string) => new DomainError('NOT_FOUND', 'No such goal.', field);

/** Loads a strategy with its region's code (NOT_FOUND on `field`). */
export async function loadStrategy(
  m: EntityManager,
  id: string,
  field = 'strategyId',
): Promise<{ document: StrategyEntity; regionCode: string }> {
  const document = await m.getRepository(StrategyEntity).findOneBy({ id });
  if (!document) throw new DomainError('NOT_FOUND', 'No such strategy.', field);
  const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: document.regionId });
  return { document, regionCode: region.code };
}

/** A regional strategy in the shared review workflow. */
export const strategyDocument: DocumentAdapter<StrategyEntity> = {
  type: 'strategy',
  label: 'strategy',
  entity: StrategyEntity,
  auditEntity: 'strategy',
  load: loadStrategy,
  async inspect(m, strategy) {
    const problems = completenessProblems(await loadOutline(m, strategy.id)).map(
      ({ kind: _kind, rule, message, ...where }) => ({
        rule,
        message,
        params: Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Record<
          string,
          string | number
        >,
      }),
    );
    return { problems: problems.map((p) => ({ field: 'id', ...p })), content: null };
  },
  async freeze(m, strategy, number, actor, now) {
    return freezeRevision(m, strategy, number, actor.userId, now);
  },
  decided: (to, _note, now) => (to === 'APPROVED' ? { approvedAt: now } : {}),
  afterTransition: (m, strategy, to, now) =>
    to === 'APPROVED' ? supersedeEarlier(m, strategy, now) : Promise.resolve(),
  notificationKind: (to) => to,
};
