import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InformationSystemEntity } from './information-system.entity';

/** Planned and actual dates (ISO, YYYY-MM-DD) of one migration stage of a system. */
@Entity('gostech_system_stages')
@Index('UQ_gostech_system_stages_stage', ['systemId', 'stage'], { unique: true })
export class GostechStageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) systemId: string;
  @ManyToOne(() => InformationSystemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id', foreignKeyConstraintName: 'FK_gostech_system_stages_system' })
  system?: Relation<InformationSystemEntity>;
  /** GostechStage. */
  @Column({ type: 'varchar', length: 32 }) stage: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) plannedStart: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) plannedEnd: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) actualStart: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) actualEnd: string | null;
}
