import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { appendAll, findByKeys, groupByKeys } from '../../db/batch';
import type { DocumentType } from '../workflow/document-ref';
import { CommentEntity } from './comment.entity';

export interface RemarkCounts {
  open: number;
  openBlockers: number;
}

/** The comments column that names a document of this type. */
export const COMMENT_COLUMN: Record<DocumentType, 'strategy_id' | 'plan_id' | 'report_id'> = {
  strategy: 'strategy_id',
  gostech_plan: 'plan_id',
  maturity_report: 'report_id',
};

const CHUNK = 5000;

/** Open top-level remarks (and blockers) per document, one statement per 5 000 documents. */
function remarkCounts(dataSource: DataSource, type: DocumentType, options: LoaderOptions) {
  const column = COMMENT_COLUMN[type];
  return new DataLoader<string, RemarkCounts>(async (ids) => {
    const unique = [...new Set(ids)];
    const rows: { documentId: string; open: string | number; blockers: string | number }[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      appendAll(
        rows,
        await dataSource
          .getRepository(CommentEntity)
          .createQueryBuilder('c')
          .select(`c.${column}`, 'documentId')
          .addSelect('COUNT(*)', 'open')
          .addSelect("SUM(CASE WHEN c.severity = 'BLOCKER' THEN 1 ELSE 0 END)", 'blockers')
          .where(`c.${column} IN (:...chunk)`, { chunk: unique.slice(i, i + CHUNK) })
          .andWhere("c.status = 'OPEN' AND c.severity IS NOT NULL AND c.parent_id IS NULL")
          .groupBy(`c.${column}`)
          .getRawMany(),
      );
    }
    const byId = new Map(rows.map((r) => [r.documentId, { open: Number(r.open), openBlockers: Number(r.blockers) }]));
    return ids.map((id) => byId.get(id) ?? { open: 0, openBlockers: 0 });
  }, options);
}

/** Comments and remark counts of reviewed documents, batched per request. */
export function createCommentLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const comments = dataSource.getRepository(CommentEntity);
  return {
    commentsByPlanId: new DataLoader<string, CommentEntity[]>(
      async (ids) =>
        groupByKeys(ids, await findByKeys(comments, 'planId', ids, { createdAt: 'ASC' }), (c) => c.planId!),
      options,
    ),
    remarkCountsByStrategyId: remarkCounts(dataSource, 'strategy', options),
    remarkCountsByPlanId: remarkCounts(dataSource, 'gostech_plan', options),
    remarkCountsByReportId: remarkCounts(dataSource, 'maturity_report', options),
  };
}
