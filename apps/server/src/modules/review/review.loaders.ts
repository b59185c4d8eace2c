import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { appendAll, findByKeys, groupByKeys, indexByKeys } from '../../db/batch';
import { toDate } from '../../db/raw-values';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { StrategyRevisionEntity } from './strategy-revision.entity';

/** A revision without its snapshot (lists and overview never read the content). */
export type RevisionSummary = Omit<StrategyRevisionEntity, 'snapshot'>;

export type { RemarkCounts } from '../comment/comment.loaders';

const CHUNK = 5000;
async function inChunks<T>(keys: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(keys)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) appendAll(out, await run(unique.slice(i, i + CHUNK)));
  return out;
}

export function createReviewLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const revisions = dataSource.getRepository(StrategyRevisionEntity);
  return {
    revisionsByStrategyId: new DataLoader<string, RevisionSummary[]>(async (ids) => {
      const rows = await inChunks(ids, (chunk) =>
        revisions
          .createQueryBuilder('r')
          .select([
            'r.id',
            'r.strategyId',
            'r.number',
            'r.submittedById',
            'r.submittedAt',
            'r.deadline',
            'r.late',
            'r.daysLate',
          ])
          .where('r.strategy_id IN (:...chunk)', { chunk })
          .orderBy('r.number', 'ASC')
          .getMany(),
      );
      return groupByKeys(ids, rows, (r) => r.strategyId);
    }, options),
    /** Whole revisions, snapshot included. */
    revisionById: new DataLoader<string, StrategyRevisionEntity | null>(
      async (ids) => indexByKeys(ids, await findByKeys(revisions, 'id', ids), (r) => r.id),
      options,
    ),
    lastAuditAtByStrategyId: new DataLoader<string, Date | null>(async (ids) => {
      const rows = await inChunks(ids, (chunk) =>
        dataSource
          .getRepository(AuditEventEntity)
          .createQueryBuilder('e')
          .select('e.strategy_id', 'strategyId')
          .addSelect('MAX(e.created_at)', 'last')
          .where('e.strategy_id IN (:...chunk)', { chunk })
          .groupBy('e.strategy_id')
          .getRawMany<{ strategyId: string; last: string | Date }>(),
      );
      const byId = new Map(rows.map((r) => [r.strategyId, r.last]));
      return ids.map((id) => toDate(byId.get(id)));
    }, options),
  };
}
