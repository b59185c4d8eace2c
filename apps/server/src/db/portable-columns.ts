import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that run unchanged on SQLite and PostgreSQL.
 * Types come from the driver's own mapping (the same one entities use), so the migrated
 * schema matches the entities on both databases (checked by the schema drift test).
 */
export function portableColumns(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const dateType = driver.normalizeType({ type: Date });
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
    ref: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable: nullable,
    }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
    integer: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
    double: (name: string): TableColumnOptions => ({ name, type: 'double precision' }),
    boolean: (name: string): TableColumnOptions => ({ name, type: 'boolean' }),
    timestamp: (name: string, nullable = false): TableColumnOptions => ({ name, type: dateType, isNullable: nullable }),
  };
}
