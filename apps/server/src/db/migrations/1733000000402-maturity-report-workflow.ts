import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * The quarterly maturity return as a reviewed document (issue 14): one per region and quarter, in the shared
 * workflow, with revisions frozen on submission; remarks, audit events and notifications name it by a
 * report_id column (documentColumns). Existing maturity values have no document and keep counting.
 */
export class MaturityReportWorkflow1733000000402 implements MigrationInterface {
  name = 'MaturityReportWorkflow1733000000402';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const fk = (name: string, column: string, table: string, onDelete: string) =>
      new TableForeignKey({
        name,
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    await queryRunner.createTable(
      new Table({
        name: 'maturity_reports',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('quarter', 7),
          c.varchar('status', 32),
          c.integer('version'),
          c.integer('revision'),
          c.varchar('deadline', 10),
          c.timestamp('submitted_at', true),
          c.text('review_comment', true),
          c.timestamp('approved_at', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_maturity_reports_region_quarter',
            columnNames: ['region_id', 'quarter'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_maturity_reports_quarter', columnNames: ['quarter'] }),
        ],
        foreignKeys: [fk('FK_maturity_reports_region', 'region_id', 'regions', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'maturity_report_revisions',
        columns: [
          c.id(),
          c.ref('report_id'),
          c.integer('number'),
          c.text('snapshot'),
          c.ref('submitted_by_id', true),
          c.timestamp('submitted_at'),
          c.varchar('deadline', 10),
          c.boolean('late'),
          c.integer('days_late'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_maturity_report_revisions_number',
            columnNames: ['report_id', 'number'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          fk('FK_maturity_report_revisions_report', 'report_id', 'maturity_reports', 'CASCADE'),
          fk('FK_maturity_report_revisions_submitted_by', 'submitted_by_id', 'users', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.addColumn('comments', new TableColumn(c.ref('report_id', true)));
    await queryRunner.createForeignKey(
      'comments',
      fk('FK_comments_report', 'report_id', 'maturity_reports', 'CASCADE'),
    );
    await queryRunner.createIndex(
      'comments',
      new TableIndex({ name: 'IDX_comments_report', columnNames: ['report_id'] }),
    );
    await queryRunner.addColumn('notifications', new TableColumn(c.ref('report_id', true)));
    await queryRunner.createForeignKey(
      'notifications',
      fk('FK_notifications_report', 'report_id', 'maturity_reports', 'CASCADE'),
    );
    await queryRunner.addColumn('audit_events', new TableColumn(c.ref('report_id', true)));
    await queryRunner.createIndex(
      'audit_events',
      new TableIndex({ name: 'IDX_audit_events_report', columnNames: ['report_id', 'created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_events', 'IDX_audit_events_report');
    await queryRunner.dropColumn('audit_events', 'report_id');
    await queryRunner.dropForeignKey('notifications', 'FK_notifications_report');
    await queryRunner.dropColumn('notifications', 'report_id');
    await queryRunner.dropIndex('comments', 'IDX_comments_report');
    await queryRunner.dropForeignKey('comments', 'FK_comments_report');
    await queryRunner.query(`DELETE FROM comments WHERE report_id IS NOT NULL`);
    await queryRunner.dropColumn('comments', 'report_id');
    await queryRunner.dropTable('maturity_report_revisions');
    await queryRunner.dropTable('maturity_reports');
  }
}
