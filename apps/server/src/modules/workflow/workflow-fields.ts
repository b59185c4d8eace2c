import {
  availableTransitions,
  canReadContent,
  isContentEditable,
  nextStatuses,
  type ReviewStatus,
  type WorkflowSnapshot,
} from '@tsifra/domain/strategy/workflow';
import type { Context } from '../../graphql/context';
import type { AvailableTransitionType } from './workflow.type';

/** What a field resolver knows of any reviewed document. */
export interface ShownDocument {
  id: string;
  regionId: string;
  status: ReviewStatus;
}

/** How one document type reads its workflow facts through the request's loaders (batched; no query per row). */
export interface DocumentReader<D extends ShownDocument> {
  /** The name in refusal messages: 'strategy', 'GosTech plan'. */
  label: string;
  /** Completeness problems now (read only while the content is editable). */
  completenessCount(document: D, ctx: Context): Promise<number>;
  /** Open remarks and open blockers. */
  remarkCounts(document: D, ctx: Context): Promise<{ open: number; openBlockers: number }>;
}

export async function regionCodeOf(document: Pick<ShownDocument, 'regionId'>, ctx: Context): Promise<string> {
  return (await ctx.loaders.regionById.load(document.regionId))?.code ?? '';
}

/** Whether the caller may read the document's content (drafts: own region, reviewers, admins; approved: everyone). */
export async function contentVisible(document: ShownDocument, ctx: Context): Promise<boolean> {
  return canReadContent(ctx.actor, await regionCodeOf(document, ctx), document.status);
}

/**
 * The one workflow snapshot of a document for field resolvers: the same facts the service's `transition`
 * checks. `withRemarks: false` leaves the remark guards out (they are not read then).
 */
export async function workflowSnapshot<D extends ShownDocument>(
  reader: DocumentReader<D>,
  document: D,
  ctx: Context,
  withRemarks = true,
): Promise<WorkflowSnapshot> {
  const completenessProblems = isContentEditable(document.status) ? await reader.completenessCount(document, ctx) : 0;
  const snapshot: WorkflowSnapshot = {
    status: document.status,
    regionCode: await regionCodeOf(document, ctx),
    document: reader.label,
    completenessProblems,
  };
  if (withRemarks) Object.assign(snapshot, await reader.remarkCounts(document, ctx));
  return snapshot;
}

/** Every move the caller's role allows now, each with what blocks it (the `transitionChecks` field). */
export async function transitionChecks<D extends ShownDocument>(
  reader: DocumentReader<D>,
  document: D,
  ctx: Context,
): Promise<AvailableTransitionType[]> {
  if (!ctx.actor || !(await contentVisible(document, ctx))) return [];
  const snapshot = await workflowSnapshot(reader, document, ctx);
  return availableTransitions(snapshot, ctx.actor).map((t) => ({
    to: t.to,
    blockedBy: t.blockedBy?.rule ?? null,
    reason: t.blockedBy?.reason ?? null,
  }));
}

/**
 * The statuses the caller may move the document to now (the deprecated `availableTransitions` field). Only the
 * completeness guard is applied, as it always was: a return can bring its own remark, so it is offered.
 */
export async function nextMoves<D extends ShownDocument>(
  reader: DocumentReader<D>,
  document: D,
  ctx: Context,
): Promise<ReviewStatus[]> {
  if (!ctx.actor || !(await contentVisible(document, ctx))) return [];
  return nextStatuses(await workflowSnapshot(reader, document, ctx, false), ctx.actor);
}
