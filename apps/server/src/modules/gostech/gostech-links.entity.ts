import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InformationSystemEntity } from './information-system.entity';

/** `systemId` needs `dependsOnId` first (both in the same plan; no cycles). */
@Entity('gostech_system_dependencies')
@Index('UQ_gostech_system_dependencies_pair', ['systemId', 'dependsOnId'], { unique: true })
@Index('IDX_gostech_system_dependencies_target', ['dependsOnId'])
export class GostechDependencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) systemId: string;
  @ManyToOne(() => InformationSystemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id', foreignKeyConstraintName: 'FK_gostech_system_dependencies_system' })
  system?: Relation<InformationSystemEntity>;
  @Column({ type: 'varchar', length: 36 }) dependsOnId: string;
  @ManyToOne(() => InformationSystemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id', foreignKeyConstraintName: 'FK_gostech_system_dependencies_target' })
  dependsOn?: Relation<InformationSystemEntity>;
}

/** A system serves an initiative of its region's strategy. */
@Entity('gostech_system_initiatives')
@Index('UQ_gostech_system_initiatives_pair', ['systemId', 'initiativeId'], { unique: true })
@Index('IDX_gostech_system_initiatives_initiative', ['initiativeId'])
export class GostechSystemInitiativeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) systemId: string;
  @ManyToOne(() => InformationSystemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id', foreignKeyConstraintName: 'FK_gostech_system_initiatives_system' })
  system?: Relation<InformationSystemEntity>;
  @Column({ type: 'varchar', length: 36 }) initiativeId: string;
  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_gostech_system_initiatives_initiative' })
  initiative?: Relation<InitiativeEntity>;
}
