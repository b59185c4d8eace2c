import { randomUUID } from 'node:crypto';
import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * GosTech plan-schedules (issue 5): the inventory's details on information systems (operator stays in
 * `owner`), a decision with its feasibility assessments, stages with planned and actual dates,
 * dependencies, links to the strategy's initiatives; plan revisions frozen on submission; audit entries
 * that belong to a plan. The old `planned_migration_date` becomes the PRODUCTION stage's planned start.
 */
export class GostechPlanSchedules1732400000800 implements MigrationInterface {
  name = 'GostechPlanSchedules1732400000800';

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
    const withDefault = (options: ReturnType<typeof c.integer>, value: number | boolean) =>
      new TableColumn({ ...options, default: value });
    // Booleans: PostgreSQL takes `false`; SQLite stores and reports the entity's `default: false` as 0.
    const isPostgres = queryRunner.connection.driver.options.type === 'postgres';
    const no = isPostgres ? false : 0;

    await queryRunner.addColumns('gostech_plans', [
      withDefault(c.integer('revision'), 0),
      new TableColumn(c.timestamp('submitted_at', true)),
      new TableColumn(c.text('review_comment', true)),
    ]);

    await queryRunner.addColumns('information_systems', [
      new TableColumn(c.varchar('short_name', 100, true)),
      new TableColumn(c.ref('sector_id', true)),
      new TableColumn(c.text('purpose', true)),
      withDefault(c.boolean('is_state_system'), no),
      withDefault(c.boolean('processes_personal_data'), no),
      new TableColumn(c.varchar('hosting', 200, true)),
      new TableColumn({ ...c.double('annual_cost'), isNullable: true }),
      new TableColumn(c.varchar('decision', 32, true)),
      new TableColumn(c.text('economic_assessment', true)),
      new TableColumn(c.text('technological_assessment', true)),
    ]);
    await queryRunner.createForeignKey(
      'information_systems',
      fk('FK_information_systems_sector', 'sector_id', 'sectors', 'RESTRICT'),
    );

    await queryRunner.createTable(
      new Table({
        name: 'gostech_system_stages',
        columns: [
          c.id(),
          c.ref('system_id'),
          c.varchar('stage', 32),
          c.varchar('planned_start', 10, true),
          c.varchar('planned_end', 10, true),
          c.varchar('actual_start', 10, true),
          c.varchar('actual_end', 10, true),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_gostech_system_stages_stage',
            columnNames: ['system_id', 'stage'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_gostech_system_stages_system', 'system_id', 'information_systems', 'CASCADE')],
      }),
    );
    // Carry the old single date over as the PRODUCTION stage's planned start, then drop the old columns.
    const old: { id: string; planned_migration_date: string | null }[] = await queryRunner.query(
      'SELECT id, planned_migration_date FROM information_systems WHERE planned_migration_date IS NOT NULL',
    );
    for (const row of old) {
      await queryRunner.manager
        .createQueryBuilder()
        .insert()
        .into('gostech_system_stages')
        .values({ id: randomUUID(), system_id: row.id, stage: 'PRODUCTION', planned_start: row.planned_migration_date })
        .execute();
    }
    await queryRunner.dropColumn('information_systems', 'planned_migration_date');
    await queryRunner.dropColumn('information_systems', 'stage');

    await queryRunner.createTable(
      new Table({
        name: 'gostech_system_dependencies',
        columns: [c.id(), c.ref('system_id'), c.ref('depends_on_id')],
        indices: [
          new TableIndex({
            name: 'UQ_gostech_system_dependencies_pair',
            columnNames: ['system_id', 'depends_on_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_gostech_system_dependencies_target', columnNames: ['depends_on_id'] }),
        ],
        foreignKeys: [
          fk('FK_gostech_system_dependencies_system', 'system_id', 'information_systems', 'CASCADE'),
          fk('FK_gostech_system_dependencies_target', 'depends_on_id', 'information_systems', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'gostech_system_initiatives',
        columns: [c.id(), c.ref('system_id'), c.ref('initiative_id')],
        indices: [
          new TableIndex({
            name: 'UQ_gostech_system_initiatives_pair',
            columnNames: ['system_id', 'initiative_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_gostech_system_initiatives_initiative', columnNames: ['initiative_id'] }),
        ],
        foreignKeys: [
          fk('FK_gostech_system_initiatives_system', 'system_id', 'information_systems', 'CASCADE'),
          fk('FK_gostech_system_initiatives_initiative', 'initiative_id', 'initiatives', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'gostech_plan_revisions',
        columns: [
          c.id(),
          c.ref('plan_id'),
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
            name: 'UQ_gostech_plan_revisions_number',
            columnNames: ['plan_id', 'number'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          fk('FK_gostech_plan_revisions_plan', 'plan_id', 'gostech_plans', 'CASCADE'),
          fk('FK_gostech_plan_revisions_submitted_by', 'submitted_by_id', 'users', 'RESTRICT'),
        ],
      }),
    );
    // The audit log is shared: entries about a GosTech plan carry its id (no FK: the log outlives what it names).
    await queryRunner.addColumn('audit_events', new TableColumn(c.ref('plan_id', true)));
    await queryRunner.createIndex(
      'audit_events',
      new TableIndex({ name: 'IDX_audit_events_plan', columnNames: ['plan_id', 'created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.dropIndex('audit_events', 'IDX_audit_events_plan');
    await queryRunner.dropColumn('audit_events', 'plan_id');
    await queryRunner.dropTable('gostech_plan_revisions');
    await queryRunner.dropTable('gostech_system_initiatives');
    await queryRunner.dropTable('gostech_system_dependencies');
    await queryRunner.addColumns('information_systems', [
      new TableColumn(c.varchar('planned_migration_date', 10, true)),
      new TableColumn({ ...c.varchar('stage', 32), default: "'ASSESSMENT'" }),
    ]);
    await queryRunner.query(
      "UPDATE information_systems SET planned_migration_date = (SELECT s.planned_start FROM gostech_system_stages s WHERE s.system_id = information_systems.id AND s.stage = 'PRODUCTION')",
    );
    await queryRunner.dropTable('gostech_system_stages');
    await queryRunner.dropForeignKey('information_systems', 'FK_information_systems_sector');
    for (const column of [
      'technological_assessment',
      'economic_assessment',
      'decision',
      'annual_cost',
      'hosting',
      'processes_personal_data',
      'is_state_system',
      'purpose',
      'sector_id',
      'short_name',
    ]) {
      await queryRunner.dropColumn('information_systems', column);
    }
    for (const column of ['review_comment', 'submitted_at', 'revision'])
      await queryRunner.dropColumn('gostech_plans', column);
  }
}
