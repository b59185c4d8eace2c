import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IndicatorEntity } from './indicator.entity';

/** A target (plan) or actual value of an indicator for one year. */
@Entity('indicator_values')
@Index('UQ_indicator_values_year', ['indicatorId', 'kind', 'year'], { unique: true })
export class IndicatorValueEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) indicatorId: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_indicator_values_indicator' })
  indicator?: Relation<IndicatorEntity>;
  /** 'TARGET' or 'ACTUAL'. */
  @Column({ type: 'varchar', length: 8 }) kind: string;
  @Column({ type: 'integer' }) year: number;
  @Column({ type: 'double precision' }) value: number;
}
