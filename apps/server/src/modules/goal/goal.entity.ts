import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SectorEntity } from '../sector/sector.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import type { Horizon } from '@tsifra/domain/horizons';

/** A goal (цель) or, on the 2021 horizon, a task (задача); goals nest 2030 → 2024 → 2021. */
@Entity('goals')
@Index('IDX_goals_strategy', ['strategyId'])
@Index('IDX_goals_parent', ['parentId'])
export class GoalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_goals_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'varchar', length: 36 }) sectorId: string;
  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'FK_goals_sector' })
  sector?: Relation<SectorEntity>;
  @Column({ type: 'varchar', length: 36, nullable: true }) parentId: string | null;
  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_goals_parent' })
  parent?: Relation<GoalEntity>;
  @Column({ type: 'varchar', length: 8 }) horizon: Horizon;
  @Column({ type: 'varchar', length: 500 }) title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** Order among siblings. */
  @Column({ type: 'integer' }) position: number;
  /** Stable identity across editions: the first edition's goal id; null means the row's own id. */
  @Column({ type: 'varchar', length: 36, nullable: true }) lineageId?: string | null;
  @Column() createdAt: Date;
  @Column() updatedAt: Date;
}
