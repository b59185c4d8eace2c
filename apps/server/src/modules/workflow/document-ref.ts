/**
 * A reference to a reviewed document: its type and id. Comments (remarks), the audit log and notifications
 * name it by one foreign-key column per type (strategy_id, plan_id, report_id), which `documentColumns` fills and
 * `documentRefOf` reads back; a new document type adds its column to those three tables in a migration.
 */
export const DOCUMENT_TYPES = ['strategy', 'gostech_plan', 'maturity_report'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentRef {
  type: DocumentType;
  id: string;
}

/** The per-type columns of audit events and notifications for a document. */
export function documentColumns(ref: DocumentRef): {
  strategyId: string | null;
  planId: string | null;
  reportId: string | null;
} {
  return {
    strategyId: ref.type === 'strategy' ? ref.id : null,
    planId: ref.type === 'gostech_plan' ? ref.id : null,
    reportId: ref.type === 'maturity_report' ? ref.id : null,
  };
}

/** The document a comment, audit event or notification row names. */
export function documentRefOf(row: {
  strategyId?: string | null;
  planId?: string | null;
  reportId?: string | null;
}): DocumentRef {
  if (row.strategyId) return { type: 'strategy', id: row.strategyId };
  if (row.planId) return { type: 'gostech_plan', id: row.planId };
  if (row.reportId) return { type: 'maturity_report', id: row.reportId };
  throw new Error('The row names no document.');
}
