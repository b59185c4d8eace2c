import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SectorEntity } from '../sector/sector.entity';
import { StrategyEntity } from './strategy.entity';

/** A sector chosen by a strategy, with the region's rationale. */
@Entity('strategy_sectors')
@Index('UQ_strategy_sectors_pair', ['strategyId', 'sectorId'], { unique: true })
export class StrategySectorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) strategyId: string;
  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'FK_strategy_sectors_strategy' })
  strategy?: Relation<StrategyEntity>;
  @Column({ type: 'varchar', length: 36 }) sectorId: string;
  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'FK_strategy_sectors_sector' })
  sector?: Relation<SectorEntity>;
  @Column({ type: 'text', nullable: true }) rationale: string | null;
  @Column({ type: 'integer' }) position: number;
}
