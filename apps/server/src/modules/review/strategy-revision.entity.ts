import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { StrategyEntity } from '../strategy/strategy.entity';
import { UserEntity } from '../user/user.entity';

/** An immutable, numbered revision frozen by a submission: the full content as JSON text. Never updated. */
@Entity('strategy_revisions')
@Index('UQ_strategy_revisions_number', ['strategyId', 'number'], { unique: true })
export class StrategyRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_strategy_revisions_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'integer' }) number: number;
  /** StrategySnapshot (@tsifra/domain/strategy/snapshot) as JSON. */
  @Column({ type: 'text' }) snapshot: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) submittedById: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'FK_strategy_revisions_submitted_by' })
  submittedBy?: Relation<UserEntity>;
  @Column() submittedAt: Date;
  /** The deadline in force at submission (ISO date). */
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ type: 'boolean' }) late: boolean;
  @Column({ type: 'integer' }) daysLate: number;
}
