import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** The МСЗУ tracker (issue 13): queues, the service catalogue, dated status steps per region, monthly reports, reminders sent, settings. */
export class MszuTracker1733000000300 implements MigrationInterface {
  name = 'MszuTracker1733000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const fk = (name: string, column: string, table: string) =>
      new TableForeignKey({
        name,
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });
    await queryRunner.createTable(
      new Table({
        name: 'mszu_queues',
        columns: [c.id(), c.integer('number'), c.varchar('opens_on', 10), c.varchar('due_on', 10)],
        indices: [new TableIndex({ name: 'UQ_mszu_queues_number', columnNames: ['number'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mszu_services',
        columns: [
          c.id(),
          c.varchar('code', 32),
          c.varchar('name', 500),
          c.varchar('level', 32),
          c.integer('queue'),
          c.varchar('epgu_id', 64, true),
          c.integer('position'),
        ],
        indices: [new TableIndex({ name: 'UQ_mszu_services_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mszu_status_steps',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.ref('service_id'),
          c.varchar('step', 20),
          c.varchar('effective_on', 10),
          c.integer('seq'),
          c.text('reason', true),
          c.ref('superseded_by_id', true),
          c.ref('recorded_by_id', true),
          c.timestamp('recorded_at'),
        ],
        indices: [
          new TableIndex({
            name: 'IDX_mszu_status_steps_region',
            columnNames: ['region_id', 'service_id', 'effective_on'],
          }),
          new TableIndex({ name: 'IDX_mszu_status_steps_date', columnNames: ['effective_on'] }),
        ],
        foreignKeys: [
          fk('FK_mszu_status_steps_region', 'region_id', 'regions'),
          fk('FK_mszu_status_steps_service', 'service_id', 'mszu_services'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mszu_reports',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('period', 7),
          c.ref('reported_by_id', true),
          c.timestamp('reported_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_mszu_reports_region_period',
            columnNames: ['region_id', 'period'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_mszu_reports_region', 'region_id', 'regions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mszu_reminders',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('period', 7),
          c.varchar('stage_key', 32),
          c.timestamp('sent_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_mszu_reminders_stage',
            columnNames: ['region_id', 'period', 'stage_key'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_mszu_reminders_region', 'region_id', 'regions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mszu_settings',
        columns: [
          c.id(),
          c.boolean('review_required'),
          c.integer('due_months_after_end'),
          c.integer('due_day'),
          c.integer('leader_above'),
          c.integer('laggard_at_most'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'mszu_settings',
      'mszu_reminders',
      'mszu_reports',
      'mszu_status_steps',
      'mszu_services',
      'mszu_queues',
    ])
      await queryRunner.dropTable(table);
  }
}
