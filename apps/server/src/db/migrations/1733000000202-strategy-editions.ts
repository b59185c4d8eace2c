import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * Strategy editions (issue 12): a region's strategy is a series of numbered editions, each a `strategies` row
 * (edition 1 is the first adopted one; an amendment drafts edition + 1 copied from the edition in force).
 * The one-strategy-per-region index becomes one row per (region, edition). An approved edition that a later
 * one replaced is stamped `superseded_at`; each edition records its adopting legal act. Goals get a lineage id
 * like indicators, so a goal carried into the next edition keeps its identity.
 */
export class StrategyEditions1733000000202 implements MigrationInterface {
  name = 'StrategyEditions1733000000202';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.dropIndex('strategies', 'UQ_strategies_region');
    await queryRunner.addColumns('strategies', [
      new TableColumn({ ...c.integer('edition'), default: 1 }),
      new TableColumn(c.ref('based_on_id', true)),
      new TableColumn(c.timestamp('superseded_at', true)),
      new TableColumn(c.text('base_snapshot', true)),
      new TableColumn(c.varchar('act_kind', 32, true)),
      new TableColumn(c.varchar('act_number', 64, true)),
      new TableColumn(c.varchar('act_date', 10, true)),
      new TableColumn(c.varchar('act_issuer', 300, true)),
    ]);
    await queryRunner.createIndex(
      'strategies',
      new TableIndex({ name: 'UQ_strategies_region_edition', columnNames: ['region_id', 'edition'], isUnique: true }),
    );
    await queryRunner.addColumn('goals', new TableColumn(c.ref('lineage_id', true)));
    await queryRunner.query('UPDATE goals SET lineage_id = id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('goals', 'lineage_id');
    await queryRunner.dropIndex('strategies', 'UQ_strategies_region_edition');
    for (const column of [
      'act_issuer',
      'act_date',
      'act_number',
      'act_kind',
      'base_snapshot',
      'superseded_at',
      'based_on_id',
      'edition',
    ])
      await queryRunner.dropColumn('strategies', column);
    await queryRunner.createIndex(
      'strategies',
      new TableIndex({ name: 'UQ_strategies_region', columnNames: ['region_id'], isUnique: true }),
    );
  }
}
