import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { StrategyStatus } from '@tsifra/domain/strategy/workflow';
import { UserEntity } from '../user/user.entity';
import { documentColumns, type DocumentRef } from '../workflow/document-ref';
import { NotificationEntity } from './notification.entity';

export const NOTIFICATION_KINDS = [
  'SUBMITTED',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REMARK_ADDED',
  'REPLY_ADDED',
  'REMARK_RESOLVED',
  'REMARK_REOPENED',
  // Decisions on a region's GosTech plan-schedule.
  'PLAN_SUBMITTED',
  'PLAN_CHANGES_REQUESTED',
  'PLAN_APPROVED',
  // Reminders of actuals due or overdue (execution.jobs.ts).
  'ACTUALS_DUE',
  'ACTUALS_OVERDUE',
  // МСЗУ monthly report reminders to a region (before the due date, and overdue).
  'MSZU_REPORT_DUE',
  'MSZU_REPORT_OVERDUE',
  // A region's quarterly maturity return is due soon or overdue (rating/maturity.jobs.ts).
  'MATURITY_RETURN_DUE',
  // Decisions on a region's quarterly maturity return (rating/maturity-report-document.ts).
  'MATURITY_SUBMITTED',
  'MATURITY_CHANGES_REQUESTED',
  'MATURITY_APPROVED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who gets a notification: the region's users, the reviewers, or named users. The actor never notifies themself. */
export type Audience = { regionId: string } | { reviewers: true } | { userIds: string[] };

export interface NotificationDraft {
  kind: NotificationKind;
  /** The document concerned: a strategy, or (PLAN_* kinds) a GosTech plan. */
  strategyId?: string | null;
  planId?: string | null;
  reportId?: string | null;
  actorId: string | null;
  commentId?: string | null;
  revision?: number | null;
  /** The text the notification quotes; cut to 280 characters. */
  text?: string | null;
}

const EXCERPT = 280;

/** Writes one notification per recipient inside the caller's transaction (one SELECT, one INSERT). */
export async function notify(m: EntityManager, audience: Audience, draft: NotificationDraft): Promise<number> {
  const users = m.getRepository(UserEntity);
  const where =
    'regionId' in audience
      ? { regionId: audience.regionId, active: true }
      : 'reviewers' in audience
        ? { role: 'FEDERAL_REVIEWER', active: true }
        : { id: In(audience.userIds.length ? audience.userIds : ['-']), active: true };
  const recipients = (await users.find({ where, select: { id: true } })).filter((u) => u.id !== draft.actorId);
  if (!recipients.length) return 0;
  const now = new Date();
  const excerpt = draft.text
    ? draft.text.length > EXCERPT
      ? `${draft.text.slice(0, EXCERPT - 1)}…`
      : draft.text
    : null;
  await m.getRepository(NotificationEntity).insert(
    recipients.map((u) => ({
      id: randomUUID(),
      userId: u.id,
      kind: draft.kind,
      strategyId: draft.strategyId ?? null,
      planId: draft.planId ?? null,
      reportId: draft.reportId ?? null,
      commentId: draft.commentId ?? null,
      revision: draft.revision ?? null,
      actorId: draft.actorId,
      excerpt,
      createdAt: now,
      readAt: null,
    })),
  );
  return recipients.length;
}

/**
 * A workflow decision on a reviewed document, told to the other side: a submission to the reviewers,
 * a return (quoting the reviewer) or an approval to the region. The document's adapter names the kind.
 */
export async function notifyDecision(
  m: EntityManager,
  kind: NotificationKind,
  to: Exclude<StrategyStatus, 'DRAFT'>,
  document: { ref: DocumentRef; regionId: string },
  draft: { actorId: string; revision: number; commentId?: string | null; text?: string | null },
): Promise<void> {
  const audience: Audience = to === 'SUBMITTED' ? { reviewers: true } : { regionId: document.regionId };
  await notify(m, audience, {
    kind,
    ...documentColumns(document.ref),
    actorId: draft.actorId,
    revision: draft.revision,
    commentId: draft.commentId ?? null,
    text: to === 'SUBMITTED' ? null : (draft.text ?? null),
  });
}
