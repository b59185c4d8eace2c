import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * State that several server processes must share (issue 16):
 * - `rate_limits`: rate-limiter-flexible's PostgreSQL store (key, points, expire in epoch ms), the columns its own
 *   CREATE TABLE would make; we create it here so the library runs with `tableCreated: true` and the schema has
 *   one history. SQLite (one process) keeps its limits in memory and leaves the table empty.
 * - `job_runs`: when each scheduled job last started and finished, so a job due once runs once across processes.
 */
export class SharedLimitsAndJobRuns1733000000500 implements MigrationInterface {
  name = 'SharedLimitsAndJobRuns1733000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'rate_limits',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'points', type: 'integer', default: 0 },
          { name: 'expire', type: 'bigint', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_runs',
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          c.timestamp('last_started_at', true),
          c.timestamp('last_finished_at', true),
          c.text('last_error', true),
          c.integer('run_count'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('job_runs');
    await queryRunner.dropTable('rate_limits');
  }
}
