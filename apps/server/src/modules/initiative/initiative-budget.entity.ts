import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';

/** One budget line of an initiative: a year, a source and an amount in million roubles. */
@Entity('initiative_budgets')
@Index('UQ_initiative_budgets_line', ['initiativeId', 'year', 'source'], { unique: true })
export class InitiativeBudgetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) initiativeId: string;
  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_initiative_budgets_initiative' })
  initiative?: Relation<InitiativeEntity>;
  @Column({ type: 'integer' }) year: number;
  /** 'FEDERAL', 'REGIONAL' or 'EXTRA_BUDGETARY'. */
  @Column({ type: 'varchar', length: 16 }) source: string;
  /** Million roubles. */
  @Column({ type: 'double precision' }) amount: number;
}
