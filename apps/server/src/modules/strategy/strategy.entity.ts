import type { StrategyStatus } from '@tsifra/domain/strategy/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/**
 * One edition of a region's digital transformation strategy: the aggregate root for its sectors, goals and
 * comments. Edition 1 is the first adopted one; an amendment is a new row with edition + 1 (see edition.service.ts).
 */
@Entity('strategies')
@Index('UQ_strategies_region_edition', ['regionId', 'edition'], { unique: true })
export class StrategyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_strategies_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 32 }) status: StrategyStatus;
  /** Optimistic-lock counter: every content change bumps it; writers must name the version they saw. */
  @Column({ type: 'integer' }) version: number;
  /** Number of the last submitted revision, 0 before the first submission. */
  @Column({ type: 'integer' }) revision: number;
  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ nullable: true, type: Date }) submittedAt: Date | null;
  /** Set when a reviewer approves (approval is final). */
  @Column({ nullable: true, type: Date }) approvedAt: Date | null;
  /** 1 for the first edition; an amendment drafts the edition in force + 1. */
  @Column({ type: 'integer', default: 1 }) edition: number;
  /** The edition an amendment was copied from (null for edition 1). */
  @Column({ type: 'varchar', length: 36, nullable: true }) basedOnId?: string | null;
  /** When a later approved edition replaced this one (null: in force, or not yet approved). */
  @Column({ nullable: true, type: Date }) supersededAt?: Date | null;
  /** An amendment's starting content (the edition in force, in the amendment's ids): what its diff compares with. */
  @Column({ type: 'text', nullable: true, select: false }) baseSnapshot?: string | null;
  /** The adopting legal act: 'POSTANOVLENIE' (постановление) or 'RASPORYAZHENIE' (распоряжение). */
  @Column({ type: 'varchar', length: 32, nullable: true }) actKind?: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) actNumber?: string | null;
  /** ISO date (YYYY-MM-DD) the act was signed. */
  @Column({ type: 'varchar', length: 10, nullable: true }) actDate?: string | null;
  /** The issuing body, in the genitive as it follows the kind: «Правительства Ханты-Мансийского автономного округа – Югры». */
  @Column({ type: 'varchar', length: 300, nullable: true }) actIssuer?: string | null;
  @Column() createdAt: Date;
  @Column() updatedAt: Date;
}
