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
    await setStrategyNullable(queryRunner, true);
    await queryRunner.createForeignKey(
      'comments',
      new TableForeignKey({
        name: 'FK_comments_plan',
        columnNames: ['plan_id'],
        referencedTableName: 'gostech_plans',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
    await queryRunner.createIndex('comments', new TableIndex({ name: 'IDX_comments_plan', columnNames: ['plan_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('comments', 'IDX_comments_plan');
    await queryRunner.dropForeignKey('comments', 'FK_comments_plan');
    await queryRunner.query(`DELETE FROM comments WHERE strategy_id IS NULL`);
    await setStrategyNullable(queryRunner, false);
    await queryRunner.dropColumn('comments', 'plan_id');
  }
}

/** Changes only strategy_id's nullability (from the live column, so PostgreSQL alters it in place and keeps its index and foreign key). */
async function setStrategyNullable(queryRunner: QueryRunner, nullable: boolean): Promise<void> {
  const table = (await queryRunner.getTable('comments'))!;
  const column = table.findColumnByName('strategy_id')!;
  const changed = column.clone();
  changed.isNullable = nullable;
  await queryRunner.changeColumn(table, column, changed);
}
