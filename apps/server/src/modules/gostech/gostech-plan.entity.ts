import type { ReviewStatus } from '@tsifra/domain/strategy/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/** A region's plan-schedule for moving its information systems onto GosTech. */
@Entity('gostech_plans')
@Index('UQ_gostech_plans_region', ['regionId'], { unique: true })
export class GostechPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_gostech_plans_region' })
  region?: Relation<RegionEntity>;
  /** The review workflow's status (@tsifra/domain/strategy/workflow). */
  @Column({ type: 'varchar', length: 32 }) status: ReviewStatus;
  /** Optimistic-lock counter: every content write claims it. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  /** Number of the last submitted revision; 0 before the first. */
  @Column({ type: 'integer', default: 0 }) revision: number;
  @Column({ type: Date, nullable: true }) submittedAt: Date | null;
  /** The reviewer's comment when the plan was last returned for revision. */
  @Column({ type: 'text', nullable: true }) reviewComment: string | null;
  @Column() createdAt: Date;
  @Column() updatedAt: Date;
}
