import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * Carrying out the strategy: reported actuals with their history, keyed by a stable indicator lineage
 * (`indicators.lineage_id`, back-filled with the row's own id), and execution settings held as data.
 * Actuals that lived in `indicator_values` (kind ACTUAL, only ever written by the seed) move to the new table.
 */
export class IndicatorActuals1733000000200 implements MigrationInterface {
  name = 'IndicatorActuals1733000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.addColumn('indicators', new TableColumn(c.ref('lineage_id', true)));
    await queryRunner.query('UPDATE indicators SET lineage_id = id');
    await queryRunner.createIndex(
      'indicators',
      new TableIndex({ name: 'IDX_indicators_lineage', columnNames: ['lineage_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_actuals',
        columns: [
          c.id(),
          c.ref('lineage_id'),
          c.ref('indicator_id'),
          c.integer('year'),
          c.double('value'),
          c.integer('version'),
          c.text('note', true),
          c.varchar('source', 500, true),
          c.ref('reported_by_id', true),
          c.timestamp('reported_at'),
          c.timestamp('superseded_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_indicator_actuals_version',
            columnNames: ['lineage_id', 'year', 'version'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'execution_settings',
        columns: [{ ...c.varchar('key', 64), isPrimary: true }, c.text('value'), c.timestamp('updated_at')],
      }),
    );
    await queryRunner.query(
      `INSERT INTO indicator_actuals (id, lineage_id, indicator_id, year, value, version, reported_at) SELECT id, indicator_id, indicator_id, year, value, 1, CURRENT_TIMESTAMP FROM indicator_values WHERE kind = 'ACTUAL'`,
    );
    await queryRunner.query(`DELETE FROM indicator_values WHERE kind = 'ACTUAL'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('execution_settings');
    await queryRunner.dropTable('indicator_actuals');
    await queryRunner.dropIndex('indicators', 'IDX_indicators_lineage');
    await queryRunner.dropColumn('indicators', 'lineage_id');
  }
}
