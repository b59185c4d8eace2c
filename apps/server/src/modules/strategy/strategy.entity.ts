import type { StrategyStatus } from '@tsifra/domain/strategy/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/** A region's digital transformation strategy: the aggregate root for its sectors, goals and comments. */
@Entity('strategies')
@Index('UQ_strategies_region', ['regionId'], { unique: true })
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
  @Column() createdAt: Date;
  @Column() updatedAt: Date;
}
