import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { DEFAULT_REMARK_DISPOSITION, returnRemarkCount, type RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { checkTransition, type ReviewStatus } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { claimVersion } from '../../db/optimistic-lock';
import type { Clock } from '../../shared/clock';
import { recordAudit } from '../audit/audit';
import { notifyDecision } from '../notification/notify';
import { incompleteDetails, type DocumentAdapter, type ReviewedDocument } from './document-adapter';
import { documentColumns, type DocumentRef } from './document-ref';
import { countOpenRemarks, openRemarksOf, recordCoverNote } from '../comment/remarks';
import { setStatus } from '../comment/remark.service';

export interface TransitionOptions {
  /** The version the caller edited (submissions claim it); decisions claim the current one. */
  version?: number;
  /** The reviewer's cover note on a return (already checked with checkBody); null or absent otherwise. */
  note?: string | null;
  /** Keep the cover note as an open MAJOR remark instead of a plain comment. */
  pinNote?: boolean;
  /** At approval: resolve the open remarks (blockers included) or carry them over (the default). */
  remarks?: RemarkDisposition;
}

/** The audit verb of each move: '<entity>.<verb>'. */
const VERBS: Record<ReviewStatus, string> = {
  DRAFT: 'reopen',
  SUBMITTED: 'submit',
  CHANGES_REQUESTED: 'request_changes',
  APPROVED: 'approve',
};

/**
 * The one review workflow for every document type: checks the move against the domain's transition
 * table and guards, claims the version, freezes a revision on submission, keeps the reviewer's note,
 * writes the audit entry and tells the other side — all in one transaction.
 */
export class WorkflowService {
  constructor(
    private readonly db: Database,
    readonly clock: Clock,
  ) {}

  transition<D extends ReviewedDocument, C>(
    adapter: DocumentAdapter<D, C>,
    actor: Actor,
    id: string,
    to: ReviewStatus,
    options: TransitionOptions = {},
  ): Promise<D> {
    return this.db.write((m) => this.transitionIn(m, adapter, actor, id, to, options));
  }

  /** The same inside the caller's transaction. */
  async transitionIn<D extends ReviewedDocument, C>(
    m: EntityManager,
    adapter: DocumentAdapter<D, C>,
    actor: Actor,
    id: string,
    to: ReviewStatus,
    options: TransitionOptions = {},
  ): Promise<D> {
    const { document, regionCode } = await adapter.load(m, id, 'id');
    const ref: DocumentRef = { type: adapter.type, id: document.id };
    const note = options.note ?? null;
    // The completeness guard reads the content only for a submission; the freeze reuses what it read.
    const inspected = to === 'SUBMITTED' ? await adapter.inspect(m, document) : null;
    const problems = inspected?.problems ?? [];
    // Returning needs an open remark or the reviewer's note; approving needs no open blocker.
    const remarks = document.status === 'SUBMITTED' ? await countOpenRemarks(m, ref) : { open: 0, openBlockers: 0 };
    const resolving = to === 'APPROVED' && options.remarks === 'RESOLVE';
    const refusal = checkTransition(
      {
        status: document.status,
        regionCode,
        document: adapter.label,
        completenessProblems: problems.length,
        openRemarks: returnRemarkCount(remarks.open, note),
        openBlockers: resolving ? 0 : remarks.openBlockers,
      },
      to,
      actor,
    );
    if (refusal) {
      const field = refusal.rule === 'needs_open_remark' ? 'comment' : undefined;
      const details =
        refusal.rule === 'incomplete'
          ? incompleteDetails(adapter.label, problems)
          : [{ field: field ?? 'id', rule: refusal.rule, message: refusal.reason }];
      throw new DomainError(refusal.code, refusal.reason, field, details);
    }
    const from = document.status;
    if (resolving) await setStatus(m, actor, await openRemarksOf(m, ref), 'RESOLVED', 'approval');
    await claimVersion(m, adapter.entity, document, options.version ?? document.version, adapter.label);
    const now = this.clock.now();
    const patch = { status: to, ...adapter.decided?.(to, note, now) } as Partial<D>;
    const details: Record<string, unknown> = { from, to, revision: document.revision };
    if (to === 'SUBMITTED') {
      const frozen = await adapter.freeze(m, document, document.revision + 1, actor, now, inspected!.content);
      Object.assign(patch, { revision: frozen.number, submittedAt: now });
      Object.assign(details, {
        revision: frozen.number,
        deadline: frozen.deadline,
        late: frozen.late,
        daysLate: frozen.daysLate,
      });
    }
    await m.getRepository(adapter.entity).update({ id: document.id } as never, patch as never);
    await adapter.afterTransition?.(m, document, to, now);
    const commentId = note
      ? await recordCoverNote(m, ref, actor, note, document.revision, options.pinNote ?? false)
      : null;
    if (note) Object.assign(details, { comment: note, commentId });
    if (to === 'APPROVED') details.remarks = options.remarks ?? DEFAULT_REMARK_DISPOSITION;
    await recordAudit(m, actor, {
      ...documentColumns(ref),
      entity: adapter.auditEntity,
      entityId: document.id,
      action: `${adapter.auditEntity}.${VERBS[to]}`,
      details,
    });
    if (to !== 'DRAFT') {
      await notifyDecision(
        m,
        adapter.notificationKind(to),
        to,
        { ref, regionId: document.regionId },
        {
          actorId: actor.userId,
          revision: (patch.revision as number | undefined) ?? document.revision,
          commentId,
          text: note,
        },
      );
    }
    return Object.assign(document, patch);
  }
}
