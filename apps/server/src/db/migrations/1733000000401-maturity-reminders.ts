import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** Maturity return reminders already sent (region × quarter × stage), so the reminder job is idempotent. */
export class MaturityReminders1733000000401 implements MigrationInterface {
  name = 'MaturityReminders1733000000401';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'maturity_reminders',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('quarter', 7),
          c.varchar('stage_key', 32),
          c.varchar('sent_on', 10),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_maturity_reminders_key',
            columnNames: ['region_id', 'quarter', 'stage_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_maturity_reminders_region',
            columnNames: ['region_id'],
            referencedTableName: 'regions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('maturity_reminders');
  }
}
