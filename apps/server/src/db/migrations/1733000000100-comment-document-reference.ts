import { type MigrationInterface, type QueryRunner, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * Remarks on any reviewed document, not only strategies: a comment names its document by one column per
 * type, as audit events and notifications do (`documentColumns` in modules/workflow/document-ref.ts) —
 * strategy_id (now nullable) or plan_id (a GosTech plan; deleting the plan deletes its remarks).
 * Every existing row is a strategy comment, so nothing needs back-filling.
 */
export class CommentDocumentReference1733000000100 implements MigrationInterface {
  name = 'CommentDocumentReference1733000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.addColumn('comments', new TableColumn(c.ref('plan_id', true)));
    await queryRunner.changeColumn('comments', 'strategy_id', new TableColumn(c.ref('strategy_id', true)));
    await queryRunner.createForeignKey(
      'comments',
      new TableForeignKey({ name: 'FK_comments_plan', columnNames: ['plan_id'], referencedTableName: 'gostech_plans', referencedColumnNames: ['id'], onDelete: 'CASCADE' }),
    );
    await queryRunner.createIndex('comments', new TableIndex({ name: 'IDX_comments_plan', columnNames: ['plan_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('comments', 'IDX_comments_plan');
    await queryRunner.dropForeignKey('comments', 'FK_comments_plan');
    await queryRunner.query(`DELETE FROM comments WHERE strategy_id IS NULL`);
    await queryRunner.changeColumn('comments', 'strategy_id', new TableColumn(portableColumns(queryRunner).ref('strategy_id')));
    await queryRunner.dropColumn('comments', 'plan_id');
  }
}
