import ExcelJS from 'exceljs';
import { DomainError } from '@tsifra/domain/errors';
import {
  INVENTORY_COLUMNS,
  inventoryRowCells,
  mapHeaderRow,
  MAX_IMPORT_ROWS,
  type CellValue,
  type ColumnKey,
  type ImportRowError,
  type InventoryRowSource,
} from '@tsifra/domain/gostech/inventory-row';

/**
 * Reading and writing the inventory workbook with exceljs (never SheetJS `xlsx`: stack.md). What a cell
 * means is the domain's (inventory-row.ts); this file only moves cells in and out of the file.
 */

export const SHEET_NAME = 'Информационные системы';

/** Reduces an exceljs cell value (rich text, formula, hyperlink, error) to a primitive. */
export function primitiveOf(value: ExcelJS.CellValue): CellValue {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return primitiveOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return primitiveOf((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return String(value);
}

export interface ReadWorkbook {
  /** Data rows keyed by column, with their spreadsheet row numbers; blank rows are kept out. */
  rows: { row: number; cells: Partial<Record<ColumnKey, CellValue>> }[];
  errors: ImportRowError[];
}

/** Reads the first worksheet: row 1 holds the headers, data follows. A file that is not XLSX fails with BAD_USER_INPUT on `file`. */
export async function readInventoryWorkbook(data: Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'The file is not an XLSX workbook.', 'file', [
      { field: 'file', rule: 'not_xlsx', message: 'The file is not an XLSX workbook.' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return {
      rows: [],
      errors: [{ row: 1, field: '', column: '', rule: 'no_rows', message: 'The workbook has no worksheet.' }],
    };
  const header = sheet.getRow(1);
  const headerCells: CellValue[] = [];
  for (let c = 1; c <= Math.max(header.cellCount, 1); c += 1) headerCells.push(primitiveOf(header.getCell(c).value));
  const { columns, errors } = mapHeaderRow(headerCells, 1);
  const rows: ReadWorkbook['rows'] = [];
  if (errors.length) return { rows, errors };
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells: Partial<Record<ColumnKey, CellValue>> = {};
    columns.forEach((key, i) => {
      if (key) cells[key] = primitiveOf(row.getCell(i + 1).value);
    });
    if (Object.values(cells).every((v) => v == null || (typeof v === 'string' && v.trim() === ''))) continue;
    if (rows.length === MAX_IMPORT_ROWS) {
      errors.push({
        row: r,
        field: '',
        column: '',
        rule: 'too_many_rows',
        message: `An import takes at most ${MAX_IMPORT_ROWS} rows.`,
      });
      break;
    }
    rows.push({ row: r, cells });
  }
  if (!rows.length && !errors.length)
    errors.push({ row: 2, field: '', column: '', rule: 'no_rows', message: 'The sheet has headers but no systems.' });
  return { rows, errors };
}

const DATE_FORMAT = 'dd.mm.yyyy';

/** Writes the plan's systems as a workbook: Russian headers, one row per system, real date cells. */
export async function writeInventoryWorkbook(systems: readonly InventoryRowSource[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsifra';
  workbook.title = title;
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INVENTORY_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.kind === 'date' ? 14 : c.kind === 'boolean' ? 8 : 28,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const system of systems) {
    const cells = inventoryRowCells(system);
    const values: Record<string, ExcelJS.CellValue> = {};
    for (const c of INVENTORY_COLUMNS) {
      const v = cells[c.key];
      values[c.key] = c.kind === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;
    }
    sheet.addRow(values);
  }
  INVENTORY_COLUMNS.forEach((c, i) => {
    if (c.kind === 'date') sheet.getColumn(i + 1).numFmt = DATE_FORMAT;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
