import type { Actor } from '../roles';
import { canEditContent, canReadContent, type StrategyStatus, type TransitionRefusal } from './workflow';

/**
 * One answer for "hidden" and "missing" (issue 17). A piece of a document's content — a goal, indicator,
 * initiative, information system, comment or remark — that a caller may not even read must answer exactly
 * like an id that does not exist, or the answers tell the caller what exists. `HIDDEN` asks the caller to
 * throw its own "not found" error, the very one it throws for an unknown id. The document itself (a
 * strategy, a GosTech plan) stays visible — its status is public — so acting on it keeps FORBIDDEN.
 */
export const HIDDEN = 'HIDDEN' as const;

/** Whether a content item of a document in `status` of `regionCode` exists for `actor` (null = anonymous). */
export function contentExistsFor(actor: Actor | null, regionCode: string, status: StrategyStatus): boolean {
  return canReadContent(actor, regionCode, status);
}

/**
 * The refusal for editing a content item reached by its own id: HIDDEN when the caller cannot read it;
 * otherwise canEditContent's answer (FORBIDDEN for a reviewer, INVALID_TRANSITION when frozen, null when allowed).
 */
export function contentEditRefusal(
  actor: Actor,
  regionCode: string,
  status: StrategyStatus,
  document = 'strategy',
): TransitionRefusal | typeof HIDDEN | null {
  if (!contentExistsFor(actor, regionCode, status)) return HIDDEN;
  return canEditContent(actor, regionCode, status, document);
}
