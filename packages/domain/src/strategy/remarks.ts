/**
 * What review remarks mean, for every reviewed document (strategy, GosTech plan, …):
 *
 * - A **remark** has a severity (BLOCKER, MAJOR, MINOR), is pinned to a submitted revision (and, in a
 *   strategy, to a goal, an indicator or one of its values) and stays OPEN until a reviewer resolves it.
 *   Replies join its thread; they are never remarks themselves.
 * - The **cover note** is what the reviewer writes when returning a document: a message to the editor
 *   kept with the decision (a plain comment and the decision's audit entry), not a remark. A reviewer who
 *   wants it tracked pins it as a remark (`pinNote`). Returning needs an open remark or a cover note.
 * - At **approval** the reviewer says what happens to the remarks still open: RESOLVE them (each is marked
 *   resolved, blockers included, so the approval can go ahead) or CARRY_OVER them to the next edition
 *   (they stay open on the record; the default). An approved document counts no open remarks either way.
 */
import type { ReviewStatus } from './workflow';

export const REMARK_DISPOSITIONS = ['RESOLVE', 'CARRY_OVER'] as const;
export type RemarkDisposition = (typeof REMARK_DISPOSITIONS)[number];
export const DEFAULT_REMARK_DISPOSITION: RemarkDisposition = 'CARRY_OVER';

export interface RemarkCounts {
  open: number;
  openBlockers: number;
}

/** The remarks that count as open for a document in this status: none once it is approved (they were resolved or carried over). */
export function openRemarkCounts(status: ReviewStatus, counts: RemarkCounts): RemarkCounts {
  return status === 'APPROVED' ? { open: 0, openBlockers: 0 } : counts;
}

/** Whether a return may go ahead: it needs an open remark or a cover note (the return guard's input). */
export function returnRemarkCount(openRemarks: number, coverNote: string | null | undefined): number {
  return openRemarks + (coverNote && coverNote.trim() ? 1 : 0);
}
