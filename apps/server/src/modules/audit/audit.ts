import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@tsifra/domain/roles';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  /** The strategy the change belongs to; null for changes outside any strategy (users, tokens). */
  strategyId: string | null;
  /** The GosTech plan the change belongs to, if any (then `strategyId` is null). */
  planId?: string | null;
  /** The quarterly maturity return the change belongs to, if any. */
  reportId?: string | null;
  /** What kind of thing changed: 'strategy', 'goal', 'comment', 'revision', 'user', 'initiative', … */
  entity: string;
  entityId?: string | null;
  /** A stable verb, '<entity>.<verb>': 'goal.update', 'strategy.submit'. */
  action: string;
  /** What changed (before/after values, ids, the new status); stored as JSON. */
  details?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Call it with the transaction's manager inside the same
 * `db.write()` as the change it records, so a rolled-back change leaves no entry and a committed one
 * always has one. `actor` null means the system.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: Pick<Actor, 'userId'> | null,
  record: AuditRecord,
): Promise<AuditEventEntity> {
  const event: AuditEventEntity = {
    id: randomUUID(),
    strategyId: record.strategyId,
    planId: record.planId ?? null,
    reportId: record.reportId ?? null,
    entity: record.entity,
    entityId: record.entityId ?? null,
    action: record.action,
    actorId: actor?.userId ?? null,
    details: JSON.stringify(record.details ?? {}),
    createdAt: new Date(),
  };
  await manager.getRepository(AuditEventEntity).insert(event);
  return event;
}
