import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import { GostechPlanEntity } from '../gostech/gostech-plan.entity';
import { MaturityReportEntity } from '../rating/maturity-report.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { UserEntity } from '../user/user.entity';

/**
 * A comment on a strategy, optionally pinned to a goal. A comment with a `severity` is a review
 * remark: pinned to a submitted revision (and within it to a goal, an indicator or one target year),
 * open until a reviewer resolves it. Replies point at their remark through `parentId`.
 */
@Entity('comments')
@Index('IDX_comments_strategy', ['strategyId'])
@Index('IDX_comments_parent', ['parentId'])
@Index('IDX_comments_plan', ['planId'])
@Index('IDX_comments_report', ['reportId'])
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** The document commented on is a strategy or (planId) a GosTech plan: one column per type, see documentColumns. */
  @Column({ type: 'varchar', length: 36, nullable: true }) strategyId: string | null;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_comments_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'varchar', length: 36, nullable: true }) planId?: string | null;
  @ManyToOne(() => GostechPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_comments_plan' })
  plan?: Relation<GostechPlanEntity>;
  /** Set on remarks about a quarterly maturity return. */
  @Column({ type: 'varchar', length: 36, nullable: true }) reportId?: string | null;
  @ManyToOne(() => MaturityReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_comments_report' })
  report?: Relation<MaturityReportEntity>;
  /** The live goal (null once it is deleted). */
  @Column({ type: 'varchar', length: 36, nullable: true }) goalId: string | null;
  @ManyToOne(() => GoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'FK_comments_goal' })
  goal?: Relation<GoalEntity>;
  @Column({ type: 'varchar', length: 36 }) authorId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_comments_author' })
  author?: Relation<UserEntity>;
  @Column({ type: 'text' }) body: string;
  @Column() createdAt: Date;
  /** Remarks: 'BLOCKER' | 'MAJOR' | 'MINOR'; null for plain comments and replies. */
  @Column({ type: 'varchar', length: 16, nullable: true }) severity?: string | null;
  /** Remarks: 'OPEN' | 'RESOLVED'; null for plain comments and replies. */
  @Column({ type: 'varchar', length: 16, nullable: true }) status?: string | null;
  /** Replies: the remark (or comment) answered. */
  @Column({ type: 'varchar', length: 36, nullable: true }) parentId?: string | null;
  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_comments_parent' })
  parent?: Relation<CommentEntity>;
  /** The revision the remark was made on. */
  @Column({ type: 'integer', nullable: true }) revision?: number | null;
  /** The pinned goal's id as in that revision (kept when the live goal is deleted later). */
  @Column({ type: 'varchar', length: 36, nullable: true }) pinnedGoalId?: string | null;
  /** The pinned indicator's id as in that revision (no foreign key: indicators are re-created on edit). */
  @Column({ type: 'varchar', length: 36, nullable: true }) indicatorId?: string | null;
  /** The pinned target year of that indicator. */
  @Column({ type: 'integer', nullable: true }) year?: number | null;
  @Column({ nullable: true, type: Date }) resolvedAt?: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) resolvedById?: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'FK_comments_resolved_by' })
  resolvedBy?: Relation<UserEntity>;
}
