import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A server-side session (web UI cookie) or a personal API token (Bearer).
 * Only the SHA-256 of the secret is stored, so a database leak does not leak sessions; revocation is immediate.
 */
@Entity('sessions')
@Index('UQ_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'varchar', length: 36 }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_sessions_user' })
  user?: Relation<UserEntity>;
  /** 'session' (cookie) or 'token' (personal API token). */
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) label: string | null;
  @Column() createdAt: Date;
  @Column() expiresAt: Date;
  @Column({ nullable: true, type: Date }) revokedAt: Date | null;
  /** When the secret was last presented; written at most once a minute per session (see AuthService.authenticate). */
  @Column({ nullable: true, type: Date }) lastUsedAt: Date | null;
}
