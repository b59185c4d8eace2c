import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import { StrategyEntity } from '../strategy/strategy.entity';

/** An initiative (проект): a federal template solution or the region's own project delivering a goal. */
@Entity('initiatives')
@Index('IDX_initiatives_goal', ['goalId'])
@Index('IDX_initiatives_strategy', ['strategyId'])
export class InitiativeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) goalId: string;
  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'FK_initiatives_goal' })
  goal?: Relation<GoalEntity>;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_initiatives_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'varchar', length: 500 }) title: string;
  /** 'FEDERAL_TEMPLATE' or 'REGIONAL'. */
  @Column({ type: 'varchar', length: 32 }) kind: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) templateCode: string | null;
  /** ISO dates (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10 }) startDate: string;
  @Column({ type: 'varchar', length: 10 }) endDate: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) responsible: string | null;
  /** Order within the goal. */
  @Column({ type: 'integer' }) position: number;
}
