import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A sent actuals reminder: one per (region, period, stage key), so a job run twice sends it once. */
@Entity('execution_reminders')
@Index('UQ_execution_reminders_stage', ['regionId', 'period', 'stageKey'], { unique: true })
export class ExecutionReminderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) regionId: string;
  @Column({ type: 'varchar', length: 16 }) period: string;
  @Column({ type: 'varchar', length: 32 }) stageKey: string;
  @Column() sentAt: Date;
}
