import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GostechPlanEntity } from './gostech-plan.entity';

/** A regional information system in a GosTech plan. */
@Entity('information_systems')
@Index('IDX_information_systems_plan', ['planId'])
export class InformationSystemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) planId: string;
  @ManyToOne(() => GostechPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_information_systems_plan' })
  plan?: Relation<GostechPlanEntity>;
  @Column({ type: 'varchar', length: 500 }) name: string;
  @Column({ type: 'varchar', length: 500 }) owner: string;
  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'varchar', length: 10, nullable: true }) plannedMigrationDate: string | null;
  @Column({ type: 'varchar', length: 32 }) stage: string;
  @Column({ type: 'integer' }) position: number;
}
