import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** Initiatives (projects) under goals with their budget lines; when a personal API token was last used. */
export class InitiativesAndTokenUse1732400000300 implements MigrationInterface {
  name = 'InitiativesAndTokenUse1732400000300';

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

    await queryRunner.addColumn('sessions', new TableColumn(c.timestamp('last_used_at', true)));
    await queryRunner.createTable(
      new Table({
        name: 'initiatives',
        columns: [
          c.id(),
          c.ref('goal_id'),
          c.ref('strategy_id'),
          c.varchar('title', 500),
          c.varchar('kind', 32),
          c.varchar('template_code', 64, true),
          c.varchar('start_date', 10),
          c.varchar('end_date', 10),
          c.varchar('responsible', 500, true),
          c.integer('position'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_initiatives_goal', columnNames: ['goal_id'] }),
          new TableIndex({ name: 'IDX_initiatives_strategy', columnNames: ['strategy_id'] }),
        ],
        foreignKeys: [
          fk('FK_initiatives_goal', 'goal_id', 'goals', 'CASCADE'),
          fk('FK_initiatives_strategy', 'strategy_id', 'strategies', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'initiative_budgets',
        columns: [c.id(), c.ref('initiative_id'), c.integer('year'), c.varchar('source', 16), c.double('amount')],
        indices: [
          new TableIndex({
            name: 'UQ_initiative_budgets_line',
            columnNames: ['initiative_id', 'year', 'source'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_initiative_budgets_initiative', 'initiative_id', 'initiatives', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('initiative_budgets');
    await queryRunner.dropTable('initiatives');
    await queryRunner.dropColumn('sessions', 'last_used_at');
  }
}
