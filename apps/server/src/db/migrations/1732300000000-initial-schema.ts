import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** The walking skeleton's schema: reference data, users and sessions, strategies with goals and indicators, GosTech plans. */
export class InitialSchema1732300000000 implements MigrationInterface {
  name = 'InitialSchema1732300000000';

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
    const index = (name: string, columnNames: string[], isUnique = false) =>
      new TableIndex({ name, columnNames, isUnique });

    await queryRunner.createTable(
      new Table({
        name: 'regions',
        columns: [
          c.id(),
          c.varchar('code', 8),
          c.varchar('subject_code', 2),
          c.varchar('name', 200),
          c.varchar('name_en', 200),
          c.varchar('federal_district', 32),
        ],
        indices: [index('UQ_regions_code', ['code'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sectors',
        columns: [
          c.id(),
          c.varchar('code', 64),
          c.varchar('name', 200),
          c.varchar('name_en', 200),
          c.boolean('main_area2021'),
          c.boolean('maturity_key_sector'),
          c.integer('position'),
        ],
        indices: [index('UQ_sectors_code', ['code'], true)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', 320),
          c.varchar('name', 200),
          c.varchar('role', 32),
          c.ref('region_id', true),
          c.varchar('password_hash', 255),
          c.boolean('active'),
          c.timestamp('created_at'),
        ],
        indices: [index('UQ_users_email', ['email'], true)],
        foreignKeys: [fk('FK_users_region', 'region_id', 'regions', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          c.varchar('token_hash', 64),
          c.ref('user_id'),
          c.varchar('kind', 16),
          c.varchar('label', 200, true),
          c.timestamp('created_at'),
          c.timestamp('expires_at'),
          c.timestamp('revoked_at', true),
        ],
        indices: [index('UQ_sessions_token_hash', ['token_hash'], true), index('IDX_sessions_user', ['user_id'])],
        foreignKeys: [fk('FK_sessions_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'strategies',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('status', 32),
          c.integer('version'),
          c.integer('revision'),
          c.varchar('deadline', 10),
          c.timestamp('submitted_at', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [index('UQ_strategies_region', ['region_id'], true)],
        foreignKeys: [fk('FK_strategies_region', 'region_id', 'regions', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'strategy_sectors',
        columns: [c.id(), c.ref('strategy_id'), c.ref('sector_id'), c.text('rationale', true), c.integer('position')],
        indices: [index('UQ_strategy_sectors_pair', ['strategy_id', 'sector_id'], true)],
        foreignKeys: [
          fk('FK_strategy_sectors_strategy', 'strategy_id', 'strategies', 'CASCADE'),
          fk('FK_strategy_sectors_sector', 'sector_id', 'sectors', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'goals',
        columns: [
          c.id(),
          c.ref('strategy_id'),
          c.ref('sector_id'),
          c.ref('parent_id', true),
          c.varchar('horizon', 8),
          c.varchar('title', 500),
          c.text('description', true),
          c.integer('position'),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [index('IDX_goals_strategy', ['strategy_id']), index('IDX_goals_parent', ['parent_id'])],
        foreignKeys: [
          fk('FK_goals_strategy', 'strategy_id', 'strategies', 'CASCADE'),
          fk('FK_goals_sector', 'sector_id', 'sectors', 'RESTRICT'),
          fk('FK_goals_parent', 'parent_id', 'goals', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicators',
        columns: [
          c.id(),
          c.ref('goal_id'),
          c.ref('strategy_id'),
          c.varchar('name', 500),
          c.varchar('unit', 32),
          c.varchar('direction', 16, true),
          c.integer('baseline_year'),
          c.double('baseline_value'),
          c.varchar('responsible', 500, true),
          c.integer('position'),
        ],
        indices: [index('IDX_indicators_goal', ['goal_id']), index('IDX_indicators_strategy', ['strategy_id'])],
        foreignKeys: [
          fk('FK_indicators_goal', 'goal_id', 'goals', 'CASCADE'),
          fk('FK_indicators_strategy', 'strategy_id', 'strategies', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicator_values',
        columns: [c.id(), c.ref('indicator_id'), c.varchar('kind', 8), c.integer('year'), c.double('value')],
        indices: [index('UQ_indicator_values_year', ['indicator_id', 'kind', 'year'], true)],
        foreignKeys: [fk('FK_indicator_values_indicator', 'indicator_id', 'indicators', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comments',
        columns: [
          c.id(),
          c.ref('strategy_id'),
          c.ref('goal_id', true),
          c.ref('author_id'),
          c.text('body'),
          c.timestamp('created_at'),
        ],
        indices: [index('IDX_comments_strategy', ['strategy_id'])],
        foreignKeys: [
          fk('FK_comments_strategy', 'strategy_id', 'strategies', 'CASCADE'),
          fk('FK_comments_goal', 'goal_id', 'goals', 'SET NULL'),
          fk('FK_comments_author', 'author_id', 'users', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'gostech_plans',
        columns: [
          c.id(),
          c.ref('region_id'),
          c.varchar('status', 32),
          c.integer('version'),
          c.varchar('deadline', 10),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [index('UQ_gostech_plans_region', ['region_id'], true)],
        foreignKeys: [fk('FK_gostech_plans_region', 'region_id', 'regions', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'information_systems',
        columns: [
          c.id(),
          c.ref('plan_id'),
          c.varchar('name', 500),
          c.varchar('owner', 500),
          c.varchar('planned_migration_date', 10, true),
          c.varchar('stage', 32),
          c.integer('position'),
        ],
        indices: [index('IDX_information_systems_plan', ['plan_id'])],
        foreignKeys: [fk('FK_information_systems_plan', 'plan_id', 'gostech_plans', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'information_systems',
      'gostech_plans',
      'comments',
      'indicator_values',
      'indicators',
      'goals',
      'strategy_sectors',
      'strategies',
      'sessions',
      'users',
      'sectors',
      'regions',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
