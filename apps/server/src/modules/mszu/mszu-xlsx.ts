import ExcelJS from 'exceljs';
import { DomainError } from '@tsifra/domain/errors';
import { primitiveOf } from '../gostech/gostech-xlsx';

/** A column of an МСЗУ workbook: its Russian header and the field it fills. */
export interface SheetColumn<K extends string> {
  key: K;
  header: string;
  width?: number;
}

export type Cell = string | number | null;
export interface SheetRow<K extends string> {
  row: number;
  cells: Record<K, Cell>;
}

/** Base64 of an upload: at most ~1 MB, the JSON body limit of /graphql. */
export const MAX_UPLOAD_BASE64 = 1_000_000;
export const MAX_ROWS = 2000;

const iso = (d: Date) => d.toISOString().slice(0, 10);

function cellOf(value: ExcelJS.CellValue): Cell {
  const v = primitiveOf(value);
  if (v == null) return null;
  if (v instanceof Date) return iso(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return v;
}

function decode(file: string): Buffer {
  if (file.length > MAX_UPLOAD_BASE64)
    throw new DomainError('BAD_USER_INPUT', 'The file is too large.', 'file', [
      { field: 'file', rule: 'file_too_large', message: 'The file is too large.' },
    ]);
  return Buffer.from(file, 'base64');
}

/** Reads the first sheet: headers in row 1 (matched by text, any order); a missing header is a row-1 error. */
export async function readSheet<K extends string>(
  file: string,
  columns: readonly SheetColumn<K>[],
): Promise<{ rows: SheetRow<K>[]; missing: string[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(decode(file) as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError('BAD_USER_INPUT', 'The file is not an XLSX workbook.', 'file', [
      { field: 'file', rule: 'not_xlsx', message: 'The file is not an XLSX workbook.' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missing: columns.map((c) => c.header) };
  const header = sheet.getRow(1);
  const index = new Map<string, number>();
  for (let c = 1; c <= header.cellCount; c += 1) {
    const text = cellOf(header.getCell(c).value);
    if (typeof text === 'string') index.set(text.toLowerCase(), c);
  }
  const missing = columns.filter((c) => !index.has(c.header.toLowerCase())).map((c) => c.header);
  const rows: SheetRow<K>[] = [];
  if (missing.length) return { rows, missing };
  for (let r = 2; r <= sheet.rowCount && rows.length < MAX_ROWS; r += 1) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells = Object.fromEntries(
      columns.map((c) => [c.key, cellOf(row.getCell(index.get(c.header.toLowerCase())!).value)]),
    ) as Record<K, Cell>;
    if (Object.values(cells).every((v) => v == null)) continue;
    rows.push({ row: r, cells });
  }
  return { rows, missing };
}

export async function writeSheet<K extends string>(
  name: string,
  columns: readonly SheetColumn<K>[],
  rows: readonly Record<K, Cell>[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsifra';
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export const text = (v: Cell): string => (v == null ? '' : String(v).trim());

export const STATUS_COLUMNS = [
  { key: 'code', header: 'Код услуги', width: 14 },
  { key: 'name', header: 'Наименование', width: 60 },
  { key: 'queue', header: 'Очередь', width: 9 },
  { key: 'step', header: 'Шаг', width: 16 },
  { key: 'on', header: 'Дата', width: 12 },
  { key: 'reason', header: 'Причина', width: 30 },
] as const satisfies readonly SheetColumn<string>[];
export type StatusKey = (typeof STATUS_COLUMNS)[number]['key'];

export const CATALOGUE_COLUMNS = [
  { key: 'code', header: 'Код', width: 14 },
  { key: 'name', header: 'Наименование', width: 60 },
  { key: 'level', header: 'Уровень', width: 20 },
  { key: 'queue', header: 'Очередь', width: 9 },
  { key: 'epguId', header: 'Идентификатор ЕПГУ', width: 20 },
] as const satisfies readonly SheetColumn<string>[];
export type CatalogueKey = (typeof CATALOGUE_COLUMNS)[number]['key'];

export const headerOf = (columns: readonly SheetColumn<string>[], key: string): string =>
  columns.find((c) => c.key === key)?.header ?? '';
