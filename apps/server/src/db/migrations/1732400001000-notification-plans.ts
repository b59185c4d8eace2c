import { type MigrationInterface, type QueryRunner, TableColumn, TableForeignKey } from 'typeorm';
import { portableColumns } from '../portable-columns';

/** Notifications about GosTech plans (submitted, returned, approved): the plan they concern. */
export class NotificationPlans1732400001000 implements MigrationInterface {
  name = 'NotificationPlans1732400001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = portableColumns(queryRunner);
    await queryRunner.addColumn('notifications', new TableColumn(c.ref('plan_id', true)));
    await queryRunner.createForeignKey(
      'notifications',
      new TableForeignKey({
        name: 'FK_notifications_plan',
        columnNames: ['plan_id'],
        referencedTableName: 'gostech_plans',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('notifications', 'FK_notifications_plan');
    await queryRunner.dropColumn('notifications', 'plan_id');
  }
}
