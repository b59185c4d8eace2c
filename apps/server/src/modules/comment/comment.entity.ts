import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { UserEntity } from '../user/user.entity';

/** A review comment on a strategy, optionally pinned to a goal. */
@Entity('comments')
@Index('IDX_comments_strategy', ['strategyId'])
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_comments_strategy' })
  strategy?: Relation<StrategyEntity>;
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
}
