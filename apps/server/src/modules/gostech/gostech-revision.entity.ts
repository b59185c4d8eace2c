import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { GostechPlanEntity } from './gostech-plan.entity';

/** An immutable, numbered revision of a GosTech plan frozen by a submission (the systems as JSON). Never updated. */
@Entity('gostech_plan_revisions')
@Index('UQ_gostech_plan_revisions_number', ['planId', 'number'], { unique: true })
export class GostechPlanRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) planId: string;
  @ManyToOne(() => GostechPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_gostech_plan_revisions_plan' })
  plan?: Relation<GostechPlanEntity>;
  @Column({ type: 'integer' }) number: number;
  /** The plan's systems with stages and dependencies, as JSON. */
  @Column({ type: 'text' }) snapshot: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) submittedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'FK_gostech_plan_revisions_submitted_by' })
  submittedBy?: Relation<UserEntity>;
  @Column() submittedAt: Date;
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ type: 'boolean' }) late: boolean;
  @Column({ type: 'integer' }) daysLate: number;
}
