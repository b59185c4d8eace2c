import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

/** A rating methodology version. `parameters` holds the domain's ParameterDef[] as JSON; frozen once a publication uses it. */
@Entity('rating_methodologies')
@Index('UQ_rating_methodologies_code', ['code'], { unique: true })
export class RatingMethodologyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 40 }) code: string;
  @Column({ type: 'varchar', length: 7 }) validFrom: string;
  @Column({ type: 'varchar', length: 16 }) aggregation: string;
  @Column({ type: 'text' }) parameters: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: Date }) createdAt: Date;
}

/** One entered value: region × month × parameter. Every change is audited. */
@Entity('rating_inputs')
@Index('UQ_rating_inputs_cell', ['regionId', 'period', 'parameterCode'], { unique: true })
@Index('IDX_rating_inputs_period', ['period'])
export class RatingInputEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_rating_inputs_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'varchar', length: 40 }) parameterCode: string;
  @Column({ type: 'double precision' }) value: number;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'boolean' }) demo: boolean;
  @Column({ type: Date }) updatedAt: Date;
}

/** A quarterly maturity return: region × quarter × key sector, a value 0–100. */
@Entity('maturity_returns')
@Index('UQ_maturity_returns_cell', ['regionId', 'quarter', 'sector'], { unique: true })
@Index('IDX_maturity_returns_quarter', ['quarter'])
export class MaturityReturnEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_maturity_returns_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) quarter: string;
  @Column({ type: 'varchar', length: 40 }) sector: string;
  @Column({ type: 'double precision' }) value: number;
  @Column({ type: 'varchar', length: 10 }) reportedOn: string;
  @Column({ type: 'boolean' }) demo: boolean;
}

/** A published month's rating: version 1, 2, … per month; never changed after insert. */
@Entity('rating_publications')
@Index('UQ_rating_publications_version', ['period', 'version'], { unique: true })
export class RatingPublicationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'varchar', length: 36 }) methodologyId: string;
  @ManyToOne(() => RatingMethodologyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'methodology_id', foreignKeyConstraintName: 'FK_rating_publications_methodology' })
  methodology?: Relation<RatingMethodologyEntity>;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) publishedBy: string | null;
  @Column({ type: Date }) publishedAt: Date;
}

/** A frozen entry of a publication; `parameters` is the domain's ParameterPoints[] as JSON (the explanation). */
@Entity('rating_publication_entries')
@Index('UQ_rating_publication_entries_region', ['publicationId', 'regionId'], { unique: true })
@Index('IDX_rating_publication_entries_region', ['regionId'])
export class RatingPublicationEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) publicationId: string;
  @ManyToOne(() => RatingPublicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'publication_id', foreignKeyConstraintName: 'FK_rating_publication_entries_publication' })
  publication?: Relation<RatingPublicationEntity>;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_rating_publication_entries_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'integer' }) rank: number;
  @Column({ type: 'double precision' }) score: number;
  @Column({ type: 'text' }) parameters: string;
}

/** A maturity reminder already sent: region × quarter × stage key, so a job run twice sends it once. */
@Entity('maturity_reminders')
@Index('UQ_maturity_reminders_key', ['regionId', 'quarter', 'stageKey'], { unique: true })
export class MaturityReminderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_maturity_reminders_region' })
  region?: Relation<RegionEntity>;
  @Column({ type: 'varchar', length: 7 }) quarter: string;
  @Column({ type: 'varchar', length: 32 }) stageKey: string;
  @Column({ type: 'varchar', length: 10 }) sentOn: string;
}
