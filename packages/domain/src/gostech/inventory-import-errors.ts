/**
 * The problems an inventory import reports, row by row and column by column.
 */

import { joinPath } from '../errors';

/** One problem of an import: the spreadsheet row (1-based, as Excel numbers it), the column and why. */
export interface ImportRowError {
  row: number;
  /** The column key (`name`, `PILOT.plannedEnd`, …), or `''` for the whole row. */
  field: string;
  /** The column's Russian header, for people. */
  column: string;
  rule: string;
  message: string;
}

/** Every `rule` an import can report besides validateInformationSystem's (see SYSTEM_RULES). */
export const IMPORT_RULES = [
  'missing_column',
  'duplicate_column',
  'no_rows',
  'too_many_rows',
  'invalid_boolean',
  'invalid_number',
  'duplicate_system',
  'unknown_dependency',
  'dependency_cycle',
] as const;

/** Joins a row error into a field path for GraphQL details (`rows[12].PILOT.plannedEnd`). */
export function importErrorPath(e: ImportRowError): string {
  return joinPath(`rows[${e.row}]`, e.field);
}
