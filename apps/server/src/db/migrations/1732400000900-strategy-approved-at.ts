import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { portableColumns } from '../portable-columns';

/**
 * When a strategy was approved, as its own column: the public page said "approved on" from `updated_at`,
 * which any later touch would move. Approved strategies get the time of their last approval in the audit
 * log, or `updated_at` where the log has none (seeded data).
 */
export class StrategyApprovedAt1732400000900 implements MigrationInterface {
  name = 'StrategyApprovedAt1732400000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.addColumn('strategies', new TableColumn(c.timestamp('approved_at', true)));
    await queryRunner.query(
      `UPDATE strategies SET approved_at = (SELECT MAX(a.created_at) FROM audit_events a WHERE a.strategy_id = strategies.id AND a.action = 'strategy.approve') WHERE status = 'APPROVED'`,
    );
    await queryRunner.query(
      `UPDATE strategies SET approved_at = updated_at WHERE status = 'APPROVED' AND approved_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('strategies', 'approved_at');
  }
}
