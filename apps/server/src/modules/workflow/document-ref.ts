/**
 * A reference to a reviewed document: its type and id. Remarks key on it (comments.document_type/document_id);
 * the audit log and notifications still keep one column per type (strategy_id, plan_id), which
 * `documentColumns` fills, so a new document type adds a column there (or moves them onto this reference).
 */
export const DOCUMENT_TYPES = ['strategy', 'gostech_plan'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentRef {
  type: DocumentType;
  id: string;
}

/** The per-type columns of audit events and notifications for a document. */
export function documentColumns(ref: DocumentRef): { strategyId: string | null; planId: string | null } {
  return { strategyId: ref.type === 'strategy' ? ref.id : null, planId: ref.type === 'gostech_plan' ? ref.id : null };
}
