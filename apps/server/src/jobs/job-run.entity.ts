import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last run of one scheduled job (one row per job name); claimed under a lock so a due job runs once. */
@Entity('job_runs')
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) name: string;
  @Column({ nullable: true, type: Date }) lastStartedAt: Date | null;
  @Column({ nullable: true, type: Date }) lastFinishedAt: Date | null;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'integer' }) runCount: number;
}
