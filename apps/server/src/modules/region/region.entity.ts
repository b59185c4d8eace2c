import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Reference data: one of the 85 federal subjects, seeded from @tsifra/domain/regions. */
@Entity('regions')
@Index('UQ_regions_code', ['code'], { unique: true })
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 8 }) code: string;
  @Column({ type: 'varchar', length: 2 }) subjectCode: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 200 }) nameEn: string;
  @Column({ type: 'varchar', length: 32 }) federalDistrict: string;
}
