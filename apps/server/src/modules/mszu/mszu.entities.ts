import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/** A queue of МСЗУ services: its number, the day it opened and the day its services were due online (data, not constants). */
@Entity('mszu_queues')
@Index('UQ_mszu_queues_number', ['number'], { unique: true })
export class MszuQueueEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'integer' }) number: number;
  @Column({ type: 'varchar', length: 10 }) opensOn: string;
  @Column({ type: 'varchar', length: 10 }) dueOn: string;
}

/** A catalogue entry (admin-managed). `queue` is a queue number. */
@Entity('mszu_services')
@Index('UQ_mszu_services_code', ['code'], { unique: true })
export class MszuServiceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 500 }) name: string;
  /** ServiceLevel (@tsifra/domain/mszu/catalogue). */
  @Column({ type: 'varchar', length: 32 }) level: string;
  @Column({ type: 'integer' }) queue: number;
  @Column({ type: 'varchar', length: 64, nullable: true }) epguId: string | null;
  @Column({ type: 'integer' }) position: number;
}

/**
 * One dated step in a region's history for a service. Entries are never edited: a correction writes a new
 * entry with a reason and points the replaced one at it (`supersededById`), so nothing changes silently.
 */
@Entity('mszu_status_steps')
@Index('IDX_mszu_status_steps_region', ['regionId', 'serviceId', 'effectiveOn'])
@Index('IDX_mszu_status_steps_date', ['effectiveOn'])
export class MszuStatusStepEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_mszu_status_steps_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 36 }) serviceId: string;
  @ManyToOne(() => MszuServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'FK_mszu_status_steps_service' })
  service?: Relation<MszuServiceEntity>;
  /** MszuStep (@tsifra/domain/mszu/steps). */
  @Column({ type: 'varchar', length: 20 }) step: string;
  @Column({ type: 'varchar', length: 10 }) effectiveOn: string;
  /** Order of entries of the same region, service and day: the higher one wins. */
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) supersededById: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) recordedById: string | null;
  @Column() recordedAt: Date;
}

/** A region's monthly report marked as made (for on-time vs late and reminders). */
@Entity('mszu_reports')
@Index('UQ_mszu_reports_region_period', ['regionId', 'period'], { unique: true })
export class MszuReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_mszu_reports_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) reportedById: string | null;
  @Column() reportedAt: Date;
}

/** The federal office's settings, one row (id 'default'): the due rule, thresholds, whether reports go through review. */
@Entity('mszu_settings')
export class MszuSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'boolean' }) reviewRequired: boolean;
  @Column({ type: 'integer' }) dueMonthsAfterEnd: number;
  @Column({ type: 'integer' }) dueDay: number;
  @Column({ type: 'integer' }) leaderAbove: number;
  @Column({ type: 'integer' }) laggardAtMost: number;
}

/** A reminder sent to a region about a month's report, once per stage (the job is idempotent). */
@Entity('mszu_reminders')
@Index('UQ_mszu_reminders_stage', ['regionId', 'period', 'stageKey'], { unique: true })
export class MszuReminderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_mszu_reminders_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'varchar', length: 32 }) stageKey: string;
  @Column() sentAt: Date;
}
