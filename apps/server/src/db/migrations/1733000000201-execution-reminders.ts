import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** Which actuals reminder (region, year, stage) was sent, so the reminder job sends each one once. */
export class ExecutionReminders1733000000201 implements MigrationInterface {
  name = 'ExecutionReminders1733000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'execution_reminders',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('period', 16),
          c.varchar('stage_key', 32),
          c.timestamp('sent_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_execution_reminders_stage',
            columnNames: ['region_id', 'period', 'stage_key'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('execution_reminders');
  }
}
