/**
 * The columns of a region's inventory spreadsheet: their keys, Russian headers (written on export)
 * and English aliases (accepted on import), kinds, and the reading of a header row into keys.
 */

import { GOSTECH_STAGES, STAGE_LABELS, type GostechStage } from './decisions-and-stages';
import { cellText, normalizeText, type CellValue } from './inventory-cells';
import type { ImportRowError } from './inventory-import-errors';
import { STAGE_DATE_KEYS, type StageDateKey } from './information-system';

export type ColumnKind = 'text' | 'boolean' | 'number' | 'date' | 'list';
export type StageColumnKey = `${GostechStage}.${StageDateKey}`;
export type ColumnKey =
  | 'name'
  | 'shortName'
  | 'operator'
  | 'sector'
  | 'purpose'
  | 'isStateSystem'
  | 'processesPersonalData'
  | 'hosting'
  | 'annualCost'
  | 'decision'
  | 'economicAssessment'
  | 'technologicalAssessment'
  | StageColumnKey
  | 'dependsOn';

export interface InventoryColumn {
  key: ColumnKey;
  /** The Russian header written on export. */
  header: string;
  /** The English header, accepted on import. */
  headerEn: string;
  kind: ColumnKind;
  required?: boolean;
}

const DATE_HEADERS: Record<StageDateKey, { ru: string; en: string }> = {
  plannedStart: { ru: 'план, начало', en: 'planned start' },
  plannedEnd: { ru: 'план, окончание', en: 'planned end' },
  actualStart: { ru: 'факт, начало', en: 'actual start' },
  actualEnd: { ru: 'факт, окончание', en: 'actual end' },
};

/** The columns in export order. */
export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  { key: 'name', header: 'Наименование ИС', headerEn: 'Name', kind: 'text', required: true },
  { key: 'shortName', header: 'Краткое наименование', headerEn: 'Short name', kind: 'text' },
  { key: 'operator', header: 'Оператор ИС', headerEn: 'Operator', kind: 'text', required: true },
  { key: 'sector', header: 'Отрасль', headerEn: 'Sector', kind: 'text' },
  { key: 'purpose', header: 'Назначение', headerEn: 'Purpose', kind: 'text' },
  { key: 'isStateSystem', header: 'ГИС', headerEn: 'State system', kind: 'boolean' },
  { key: 'processesPersonalData', header: 'Обработка ПДн', headerEn: 'Personal data', kind: 'boolean' },
  { key: 'hosting', header: 'Размещение', headerEn: 'Hosting', kind: 'text' },
  { key: 'annualCost', header: 'Годовая стоимость эксплуатации, руб.', headerEn: 'Annual cost, RUB', kind: 'number' },
  { key: 'decision', header: 'Решение', headerEn: 'Decision', kind: 'text' },
  { key: 'economicAssessment', header: 'Экономическое обоснование', headerEn: 'Economic assessment', kind: 'text' },
  {
    key: 'technologicalAssessment',
    header: 'Технологическое обоснование',
    headerEn: 'Technological assessment',
    kind: 'text',
  },
  ...GOSTECH_STAGES.flatMap((stage) =>
    STAGE_DATE_KEYS.map((key): InventoryColumn => ({
      key: `${stage}.${key}`,
      header: `${STAGE_LABELS[stage].name}: ${DATE_HEADERS[key].ru}`,
      headerEn: `${STAGE_LABELS[stage].nameEn}: ${DATE_HEADERS[key].en}`,
      kind: 'date',
    })),
  ),
  { key: 'dependsOn', header: 'Зависит от', headerEn: 'Depends on', kind: 'list' },
];

const COLUMN_BY_KEY = new Map(INVENTORY_COLUMNS.map((c) => [c.key, c]));
const COLUMN_ORDER = new Map<string, number>([
  ['', -1],
  ...INVENTORY_COLUMNS.map((c, i): [string, number] => [c.key, i]),
]);

/** The column of a key (its headers and kind). */
export function inventoryColumn(key: ColumnKey): InventoryColumn {
  return COLUMN_BY_KEY.get(key)!;
}

/** Whether a key names a column. */
export function isColumnKey(key: string): key is ColumnKey {
  return COLUMN_BY_KEY.has(key as ColumnKey);
}

/** Compares two errors' fields by their columns' export order (the whole row, `''`, first). */
export function byColumnOrder(x: { field: string }, y: { field: string }): number {
  return COLUMN_ORDER.get(x.field)! - COLUMN_ORDER.get(y.field)!;
}

/** An import problem of one row, against a column (or the whole row for `''`). */
export function columnError(row: number, key: ColumnKey | '', rule: string, message: string): ImportRowError {
  return { row, field: key, column: key ? inventoryColumn(key).header : '', rule, message };
}

const HEADER_LOOKUP = new Map<string, ColumnKey>();
for (const c of INVENTORY_COLUMNS) {
  for (const alias of [c.header, c.headerEn, c.key]) HEADER_LOOKUP.set(normalizeText(alias), c.key);
}

/**
 * Maps a header row to column keys (null for a column Tsifra does not know). Reports required
 * columns that are missing and columns given twice, against `rowNumber` (the header's row).
 */
export function mapHeaderRow(
  cells: readonly CellValue[],
  rowNumber = 1,
): { columns: (ColumnKey | null)[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const seen = new Set<ColumnKey>();
  const columns = cells.map((cell): ColumnKey | null => {
    const key = HEADER_LOOKUP.get(normalizeText(cellText(cell)));
    if (!key) return null;
    if (seen.has(key)) {
      errors.push({
        row: rowNumber,
        field: key,
        column: inventoryColumn(key).header,
        rule: 'duplicate_column',
        message: `The column «${inventoryColumn(key).header}» appears twice.`,
      });
      return null;
    }
    seen.add(key);
    return key;
  });
  for (const c of INVENTORY_COLUMNS) {
    if (c.required && !seen.has(c.key)) {
      errors.push({
        row: rowNumber,
        field: c.key,
        column: c.header,
        rule: 'missing_column',
        message: `The required column «${c.header}» (${c.headerEn}) is missing.`,
      });
    }
  }
  return { columns, errors };
}
