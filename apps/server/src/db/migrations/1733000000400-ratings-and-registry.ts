import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * Ratings (issue 14): methodology versions, monthly inputs, quarterly maturity returns, frozen publications
 * with their entries; the registry of РЦТ (regions and federal bodies) and ЦУР.
 */
export class RatingsAndRegistry1733000000400 implements MigrationInterface {
  name = 'RatingsAndRegistry1733000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    const fk = (name: string, column: string, table: string, onDelete = 'CASCADE') =>
      new TableForeignKey({
        name,
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });
    const idx = (name: string, columnNames: string[], isUnique = false) =>
      new TableIndex({ name, columnNames, isUnique });

    await queryRunner.createTable(
      new Table({
        name: 'rating_methodologies',
        columns: [
          c.id(),
          c.varchar('code', 40),
          c.varchar('valid_from', 7),
          c.varchar('aggregation', 16),
          c.text('parameters'),
          c.text('description', true),
          c.integer('version'),
          c.timestamp('created_at'),
        ],
        indices: [idx('UQ_rating_methodologies_code', ['code'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rating_inputs',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('period', 7),
          c.varchar('parameter_code', 40),
          c.double('value'),
          c.text('note', true),
          c.boolean('demo'),
          c.timestamp('updated_at'),
        ],
        indices: [
          idx('UQ_rating_inputs_cell', ['region_id', 'period', 'parameter_code'], true),
          idx('IDX_rating_inputs_period', ['period']),
        ],
        foreignKeys: [fk('FK_rating_inputs_region', 'region_id', 'regions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'maturity_returns',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('quarter', 7),
          c.varchar('sector', 40),
          c.double('value'),
          c.varchar('reported_on', 10),
          c.boolean('demo'),
        ],
        indices: [
          idx('UQ_maturity_returns_cell', ['region_id', 'quarter', 'sector'], true),
          idx('IDX_maturity_returns_quarter', ['quarter']),
        ],
        foreignKeys: [fk('FK_maturity_returns_region', 'region_id', 'regions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rating_publications',
        columns: [
          c.id(),
          c.varchar('period', 7),
          c.ref('methodology_id'),
          c.integer('version'),
          c.text('reason', true),
          c.ref('published_by', true),
          c.timestamp('published_at'),
        ],
        indices: [idx('UQ_rating_publications_version', ['period', 'version'], true)],
        foreignKeys: [fk('FK_rating_publications_methodology', 'methodology_id', 'rating_methodologies', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rating_publication_entries',
        columns: [
          c.id(),
          c.ref('publication_id'),
          c.ref('region_id'),
          c.integer('rank'),
          c.double('score'),
          c.text('parameters'),
        ],
        indices: [
          idx('UQ_rating_publication_entries_region', ['publication_id', 'region_id'], true),
          idx('IDX_rating_publication_entries_region', ['region_id']),
        ],
        foreignKeys: [
          fk('FK_rating_publication_entries_publication', 'publication_id', 'rating_publications'),
          fk('FK_rating_publication_entries_region', 'region_id', 'regions'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'federal_bodies',
        columns: [c.id(), c.varchar('code', 40), c.varchar('name', 300), c.varchar('name_en', 300)],
        indices: [idx('UQ_federal_bodies_code', ['code'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'digital_heads',
        columns: [
          c.id(),
          c.ref('region_id', true),
          c.ref('federal_body_id', true),
          c.varchar('name', 200),
          c.varchar('position', 300),
          c.varchar('appointed_on', 10),
          c.varchar('until', 10, true),
          c.text('act', true),
        ],
        indices: [
          idx('IDX_digital_heads_region', ['region_id']),
          idx('IDX_digital_heads_federal_body', ['federal_body_id']),
        ],
        foreignKeys: [
          fk('FK_digital_heads_region', 'region_id', 'regions'),
          fk('FK_digital_heads_federal_body', 'federal_body_id', 'federal_bodies'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'control_centres',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('status', 16),
          c.varchar('status_since', 10, true),
          c.varchar('opened_on', 10, true),
          c.text('act', true),
          c.text('platforms'),
          c.integer('version'),
        ],
        indices: [idx('UQ_control_centres_region', ['region_id'], true)],
        foreignKeys: [fk('FK_control_centres_region', 'region_id', 'regions')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of [
      'control_centres',
      'digital_heads',
      'federal_bodies',
      'rating_publication_entries',
      'rating_publications',
      'maturity_returns',
      'rating_inputs',
      'rating_methodologies',
    ])
      await queryRunner.dropTable(t);
  }
}
