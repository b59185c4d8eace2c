import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StrategyEntity } from '../strategy/strategy.entity';
import { GoalEntity } from './goal.entity';

/** A measurable indicator (показатель) of a goal. strategyId is kept for whole-strategy reads in one statement. */
@Entity('indicators')
@Index('IDX_indicators_goal', ['goalId'])
@Index('IDX_indicators_strategy', ['strategyId'])
@Index('IDX_indicators_lineage', ['lineageId'])
export class IndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) goalId: string;
  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'FK_indicators_goal' })
  goal?: Relation<GoalEntity>;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_indicators_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'varchar', length: 500 }) name: string;
  @Column({ type: 'varchar', length: 32 }) unit: string;
  /** 'INCREASE', 'DECREASE', or null when not stated (then targets are not compared with the baseline). */
  @Column({ type: 'varchar', length: 16, nullable: true }) direction: string | null;
  @Column({ type: 'integer' }) baselineYear: number;
  @Column({ type: 'double precision' }) baselineValue: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) responsible: string | null;
  @Column({ type: 'integer' }) position: number;
  /** Stable identity across editions (actuals are keyed by it); null means the row's own id. */
  @Column({ type: 'varchar', length: 36, nullable: true }) lineageId?: string | null;
}
