import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit log: who did what to which entity, written in the same transaction as the
 * change. Append-only: nothing updates or deletes it (no foreign keys, so it outlives what it names).
 */
@Entity('audit_events')
@Index('IDX_audit_events_strategy', ['strategyId', 'createdAt'])
@Index('IDX_audit_events_plan', ['planId', 'createdAt'])
@Index('IDX_audit_events_report', ['reportId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) strategyId: string | null;
  /** The GosTech plan the change belongs to (issue 5); null otherwise. */
  @Column({ type: 'varchar', length: 36, nullable: true }) planId?: string | null;
  /** The quarterly maturity return the change belongs to; null otherwise. */
  @Column({ type: 'varchar', length: 36, nullable: true }) reportId?: string | null;
  /** 'strategy' | 'goal' | 'comment' | 'revision' | 'user' | 'initiative' | … */
  @Column({ type: 'varchar', length: 32 }) entity: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) entityId: string | null;
  /** Stable verb, e.g. 'strategy.submit', 'goal.update'. */
  @Column({ type: 'varchar', length: 64 }) action: string;
  /** The acting user; null for the system (seed, migrations). */
  @Column({ type: 'varchar', length: 36, nullable: true }) actorId: string | null;
  /** JSON object: what changed. */
  @Column({ type: 'text' }) details: string;
  @Column() createdAt: Date;
}
