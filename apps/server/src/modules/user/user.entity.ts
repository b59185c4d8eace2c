import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegionEntity } from '../region/region.entity';

@Entity('users')
@Index('UQ_users_email', ['email'], { unique: true })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 320 }) email: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 32 }) role: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) regionId: string | null;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'FK_users_region' })
  region?: Relation<RegionEntity>;
  /** Argon2id hash (PHC string). */
  @Column({ type: 'varchar', length: 255 }) passwordHash: string;
  @Column({ type: 'boolean' }) active: boolean;
  @Column() createdAt: Date;
}
