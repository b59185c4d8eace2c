import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GostechPlanEntity } from '../gostech/gostech-plan.entity';
import { MaturityReportEntity } from '../rating/maturity-report.entity';
import { UserEntity } from '../user/user.entity';

/** An in-app notification for one user (a new remark, a decision, a new submission). */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: Relation<UserEntity>;
  /** NotificationKind. */
  @Column({ type: 'varchar', length: 32 }) kind: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) strategyId: string | null;
  /** Set on PLAN_* notifications: the GosTech plan concerned. */
  @Column({ type: 'varchar', length: 36, nullable: true }) planId: string | null;
  @ManyToOne(() => GostechPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_notifications_plan' })
  plan?: Relation<GostechPlanEntity>;
  /** Set on MATURITY_* decisions: the quarterly maturity return concerned. */
  @Column({ type: 'varchar', length: 36, nullable: true }) reportId?: string | null;
  @ManyToOne(() => MaturityReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_notifications_report' })
  report?: Relation<MaturityReportEntity>;
  @Column({ type: 'varchar', length: 36, nullable: true }) commentId: string | null;
  @Column({ type: 'integer', nullable: true }) revision: number | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) actorId: string | null;
  /** A short excerpt (the remark's first characters), for the list. */
  @Column({ type: 'varchar', length: 300, nullable: true }) excerpt: string | null;
  @Column() createdAt: Date;
  @Column({ nullable: true, type: Date }) readAt: Date | null;
}
