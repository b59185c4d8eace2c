import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * Review: frozen strategy revisions; comments become remarks (severity, status, thread, pin to a
 * revision's goal, indicator or target year); the append-only audit log; in-app notifications.
 */
export class RevisionsRemarksAuditNotifications1732400000500 implements MigrationInterface {
  name = 'RevisionsRemarksAuditNotifications1732400000500';

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
    const nullableInt = (name: string) => new TableColumn({ ...c.integer(name), isNullable: true });

    await queryRunner.createTable(
      new Table({
        name: 'strategy_revisions',
        columns: [
          c.id(),
          c.ref('strategy_id'),
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
            name: 'UQ_strategy_revisions_number',
            columnNames: ['strategy_id', 'number'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          fk('FK_strategy_revisions_strategy', 'strategy_id', 'strategies', 'CASCADE'),
          fk('FK_strategy_revisions_submitted_by', 'submitted_by_id', 'users', 'RESTRICT'),
        ],
      }),
    );

    await queryRunner.addColumns('comments', [
      new TableColumn(c.varchar('severity', 16, true)),
      new TableColumn(c.varchar('status', 16, true)),
      new TableColumn(c.ref('parent_id', true)),
      nullableInt('revision'),
      new TableColumn(c.ref('pinned_goal_id', true)),
      new TableColumn(c.ref('indicator_id', true)),
      nullableInt('year'),
      new TableColumn(c.timestamp('resolved_at', true)),
      new TableColumn(c.ref('resolved_by_id', true)),
    ]);
    await queryRunner.createForeignKeys('comments', [
      fk('FK_comments_parent', 'parent_id', 'comments', 'CASCADE'),
      fk('FK_comments_resolved_by', 'resolved_by_id', 'users', 'RESTRICT'),
    ]);
    await queryRunner.createIndex(
      'comments',
      new TableIndex({ name: 'IDX_comments_parent', columnNames: ['parent_id'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          c.id(),
          c.ref('strategy_id', true),
          c.varchar('entity', 32),
          c.ref('entity_id', true),
          c.varchar('action', 64),
          c.ref('actor_id', true),
          c.text('details'),
          c.timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_audit_events_strategy', columnNames: ['strategy_id', 'created_at'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.ref('user_id'),
          c.varchar('kind', 32),
          c.ref('strategy_id', true),
          c.ref('comment_id', true),
          nullableInt('revision'),
          c.ref('actor_id', true),
          c.varchar('excerpt', 300, true),
          c.timestamp('created_at'),
          c.timestamp('read_at', true),
        ],
        indices: [new TableIndex({ name: 'IDX_notifications_user', columnNames: ['user_id', 'created_at'] })],
        foreignKeys: [fk('FK_notifications_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
    await queryRunner.dropTable('audit_events');
    await queryRunner.dropIndex('comments', 'IDX_comments_parent');
    await queryRunner.dropForeignKey('comments', 'FK_comments_resolved_by');
    await queryRunner.dropForeignKey('comments', 'FK_comments_parent');
    for (const column of [
      'resolved_by_id',
      'resolved_at',
      'year',
      'indicator_id',
      'pinned_goal_id',
      'revision',
      'parent_id',
      'status',
      'severity',
    ]) {
      await queryRunner.dropColumn('comments', column);
    }
    await queryRunner.dropTable('strategy_revisions');
  }
}
