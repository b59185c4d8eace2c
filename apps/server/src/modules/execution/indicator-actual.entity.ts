import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One reported actual of an indicator for a year, as one version in its history. Keyed by the indicator's
 * lineage (stable across editions), so an indicator copied into a later edition keeps its actuals. A
 * correction adds version + 1 and stamps the earlier row `superseded_at`; nothing is ever overwritten.
 */
@Entity('indicator_actuals')
@Index('UQ_indicator_actuals_version', ['lineageId', 'year', 'version'], { unique: true })
export class IndicatorActualEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** The indicator's `lineage_id`, or its id when it has none. */
  @Column({ type: 'varchar', length: 36 }) lineageId: string;
  /** The indicator row the report was made on (of the edition then in force). */
  @Column({ type: 'varchar', length: 36 }) indicatorId: string;
  @Column({ type: 'integer' }) year: number;
  @Column({ type: 'double precision' }) value: number;
  /** 1 for the first report of (lineage, year), +1 for each correction. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) source: string | null;
  /** Null for values carried over from before this table (seed, migration). */
  @Column({ type: 'varchar', length: 36, nullable: true }) reportedById: string | null;
  @Column() reportedAt: Date;
  /** When a correction replaced this value; null for the current one. */
  @Column({ nullable: true, type: Date }) supersededAt: Date | null;
}
