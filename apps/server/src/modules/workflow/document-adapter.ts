import type { EntityManager, EntityTarget } from 'typeorm';
import type { FieldError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import type { ReviewStatus } from '@tsifra/domain/strategy/workflow';
import type { NotificationKind } from '../notification/notify';
import type { DocumentType } from './document-ref';

/** The columns every reviewed document has (a strategy, a GosTech plan, and the types to come). */
export interface ReviewedDocument {
  id: string;
  regionId: string;
  status: ReviewStatus;
  version: number;
  /** Number of the last submitted revision; 0 before the first. */
  revision: number;
  /** ISO date the submission is due. */
  deadline: string;
  submittedAt: Date | null;
  updatedAt: Date;
}

/** What a submission froze: the revision's number and how late it came. */
export interface FrozenRevision {
  number: number;
  deadline: string;
  late: boolean;
  daysLate: number;
}

/**
 * What one document type tells the shared workflow (`transition` in workflow.service.ts). Everything
 * else — the transition table, the guards, the version claim, the cover note, the audit entry and the
 * notification — is the same for every type. See docs/conventions.md, "Adding a document type".
 *
 * `C` is whatever the completeness check read and the freeze can reuse (so a submission reads the content once).
 */
export interface DocumentAdapter<D extends ReviewedDocument = ReviewedDocument, C = unknown> {
  readonly type: DocumentType;
  /** The name in refusal and conflict messages: 'strategy', 'GosTech plan'. */
  readonly label: string;
  readonly entity: EntityTarget<D>;
  /** The audit log's entity and action prefix: 'strategy' gives 'strategy.submit'. */
  readonly auditEntity: string;
  /** Loads the document inside the transaction (NOT_FOUND on `field` when missing) with its region's code. */
  load(m: EntityManager, id: string, field: string): Promise<{ document: D; regionCode: string }>;
  /** Reads the content for the completeness guard: the problems as `incomplete` details (empty = complete). */
  inspect(m: EntityManager, document: D): Promise<{ problems: FieldError[]; content: C }>;
  /** Freezes the content as revision `number` (an immutable row) inside the submitting transaction. */
  freeze(m: EntityManager, document: D, number: number, actor: Actor, now: Date, content: C): Promise<FrozenRevision>;
  /** Extra columns a decision sets (e.g. approvedAt, the plan's reviewComment). */
  decided?(to: ReviewStatus, note: string | null, now: Date): Partial<D>;
  /** What else a move changes, inside the same transaction (e.g. an approved amendment puts its edition in force). */
  afterTransition?(m: EntityManager, document: D, to: ReviewStatus, now: Date): Promise<void>;
  /** The notification kind for a decision ('SUBMITTED', 'PLAN_SUBMITTED', …). */
  notificationKind(to: Exclude<ReviewStatus, 'DRAFT'>): NotificationKind;
}

/** The `incomplete` refusal's details: its head, then one entry per problem (its rule, its place in params). */
export function incompleteDetails(label: string, problems: Omit<FieldError, 'field'>[]): FieldError[] {
  return [
    {
      field: 'id',
      rule: 'incomplete',
      message: `The ${label} is incomplete: ${problems.length} problem(s) remain.`,
      params: { count: problems.length },
    },
    ...problems.map((p) => ({ field: 'id', ...p })),
  ];
}
