import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Reference data: a sector (отрасль) a strategy can choose, seeded from @tsifra/domain/sectors. */
@Entity('sectors')
@Index('UQ_sectors_code', ['code'], { unique: true })
export class SectorEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 64 }) code: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 200 }) nameEn: string;
  @Column({ type: 'boolean' }) mainArea2021: boolean;
  @Column({ type: 'boolean' }) maturityKeySector: boolean;
  @Column({ type: 'integer' }) position: number;
}
