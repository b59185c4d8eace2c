import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Execution settings held as data an admin can change: the progress thresholds (`progress.thresholds`) and the
 * actuals due rule (`actuals.due-rule`), as JSON. Without a row the domain defaults apply (our assumptions).
 */
@Entity('execution_settings')
export class ExecutionSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) key: string;
  @Column({ type: 'text' }) value: string;
  @Column() updatedAt: Date;
}
