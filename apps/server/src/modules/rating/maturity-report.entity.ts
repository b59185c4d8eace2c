import type { ReviewStatus } from '@tsifra/domain/strategy/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A region's quarterly maturity return as a reviewed document (the shared workflow's columns). Its content
 * is the region-quarter's rows in `maturity_returns` (one per key sector); a submission freezes them.
 */
@Entity('maturity_reports')
@Index('UQ_maturity_reports_region_quarter', ['regionId', 'quarter'], { unique: true })
@Index('IDX_maturity_reports_quarter', ['quarter'])
export class MaturityReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_maturity_reports_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) quarter: string;
  /** The review workflow's status (@tsifra/domain/strategy/workflow). */
  @Column({ type: 'varchar', length: 32 }) status: ReviewStatus;
  /** Optimistic-lock counter: every value saved claims it. */
  @Column({ type: 'integer' }) version: number;
  /** Number of the last submitted revision; 0 before the first. */
  @Column({ type: 'integer' }) revision: number;
  /** The 8th of the month after the quarter. */
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ type: Date, nullable: true }) submittedAt: Date | null;
  /** The reviewer's note when the return was last sent back. */
  @Column({ type: 'text', nullable: true }) reviewComment: string | null;
  @Column({ type: Date, nullable: true }) approvedAt: Date | null;
  @Column({ type: Date }) createdAt: Date;
  @Column({ type: Date }) updatedAt: Date;
}

/** An immutable, numbered revision of a maturity return frozen by a submission (the values as JSON). */
@Entity('maturity_report_revisions')
@Index('UQ_maturity_report_revisions_number', ['reportId', 'number'], { unique: true })
export class MaturityReportRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) reportId: string;
  @ManyToOne(() => MaturityReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_maturity_report_revisions_report' })
  report?: Relation<MaturityReportEntity>;
  @Column({ type: 'integer' }) number: number;
  /** `{ format: 1, values: { education: 61, … } }`. */
  @Column({ type: 'text' }) snapshot: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) submittedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'FK_maturity_report_revisions_submitted_by' })
  submittedBy?: Relation<UserEntity>;
  @Column({ type: Date }) submittedAt: Date;
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ type: 'boolean' }) late: boolean;
  @Column({ type: 'integer' }) daysLate: number;
}
