import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SectorEntity } from '../sector/sector.entity';
import { GostechPlanEntity } from './gostech-plan.entity';

/** A regional information system in a GosTech plan: the inventory entry and the decision about it. */
@Entity('information_systems')
@Index('IDX_information_systems_plan', ['planId'])
export class InformationSystemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) planId: string;
  @ManyToOne(() => GostechPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_information_systems_plan' })
  plan?: Relation<GostechPlanEntity>;
  @Column({ type: 'varchar', length: 500 }) name: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) shortName: string | null;
  /** The operator (regional body); the contract calls it `owner`. */
  @Column({ type: 'varchar', length: 500 }) owner: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) sectorId: string | null;
  @ManyToOne(() => SectorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_id', foreignKeyConstraintName: 'FK_information_systems_sector' })
  sector?: Relation<SectorEntity>;
  @Column({ type: 'text', nullable: true }) purpose: string | null;
  @Column({ type: 'boolean', default: false }) isStateSystem: boolean;
  @Column({ type: 'boolean', default: false }) processesPersonalData: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) hosting: string | null;
  /** Roubles a year. */
  @Column({ type: 'double precision', nullable: true }) annualCost: number | null;
  /** GostechDecision (@tsifra/domain/gostech/plan) or null while undecided. */
  @Column({ type: 'varchar', length: 32, nullable: true }) decision: string | null;
  @Column({ type: 'text', nullable: true }) economicAssessment: string | null;
  @Column({ type: 'text', nullable: true }) technologicalAssessment: string | null;
  @Column({ type: 'integer' }) position: number;
}
