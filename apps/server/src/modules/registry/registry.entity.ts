import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/** A head of digital transformation (РЦТ) of a region or of a federal body; the current one has no `until`. */
@Entity('digital_heads')
@Index('IDX_digital_heads_region', ['regionId'])
@Index('IDX_digital_heads_federal_body', ['federalBodyId'])
export class DigitalHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) regionId: string | null;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_digital_heads_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 36, nullable: true }) federalBodyId: string | null;
  @ManyToOne(() => FederalBodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'federal_body_id', foreignKeyConstraintName: 'FK_digital_heads_federal_body' })
  federalBody?: Relation<FederalBodyEntity>;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 300 }) position: string;
  @Column({ type: 'varchar', length: 10 }) appointedOn: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) until: string | null;
  @Column({ type: 'text', nullable: true }) act: string | null;
}

/** A region's control centre (ЦУР). `platforms` is a JSON array of names. */
@Entity('control_centres')
@Index('UQ_control_centres_region', ['regionId'], { unique: true })
export class ControlCentreEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_control_centres_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 16 }) status: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) statusSince: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) openedOn: string | null;
  @Column({ type: 'text', nullable: true }) act: string | null;
  @Column({ type: 'text' }) platforms: string;
  @Column({ type: 'integer' }) version: number;
}

/** Reference data: a federal executive body (ФОИВ). */
@Entity('federal_bodies')
@Index('UQ_federal_bodies_code', ['code'], { unique: true })
export class FederalBodyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 300 }) name: string;
  @Column({ type: 'varchar', length: 300 }) nameEn: string;
}
