import ExcelJS from 'exceljs';
import { DomainError } from '@tsifra/domain/errors';

/** Years the workbook carries plan and actual columns for. */
export const XLSX_YEARS = [2021, 2022, 2023, 2024] as const;
const FIXED = ['ID', 'Цель', 'Показатель', 'Единица', 'Базовый год', 'Базовое значение'] as const;
const planHeader = (y: number) => `План ${y}`;
const actualHeader = (y: number) => `Факт ${y}`;

export interface WorkbookIndicator {
  id: string;
  goal: string;
  name: string;
  unit: string;
  baselineYear: number;
  baselineValue: number;
  plan: Map<number, number>;
  actual: Map<number, number>;
}

/** The region's indicators with targets and current actuals; the editor fills in a year's «Факт» column and uploads it back. */
export async function writeActualsWorkbook(indicators: readonly WorkbookIndicator[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Показатели');
  sheet.addRow([...FIXED, ...XLSX_YEARS.flatMap((y) => [planHeader(y), actualHeader(y)])]);
  for (const i of indicators) {
    sheet.addRow([
      i.id,
      i.goal,
      i.name,
      i.unit,
      i.baselineYear,
      i.baselineValue,
      ...XLSX_YEARS.flatMap((y) => [i.plan.get(y) ?? null, i.actual.get(y) ?? null]),
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).hidden = false;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ImportedActual {
  row: number;
  column: string;
  indicatorId: string;
  year: number;
  value: number;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
  rule: string;
}

/** Reads every filled «Факт YYYY» cell; a cell that is not a number is a row error, never skipped silently. */
export async function readActualsWorkbook(data: Buffer): Promise<{ cells: ImportedActual[]; errors: RowError[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'The file is not an XLSX workbook.', 'file', [
      { field: 'file', rule: 'not_xlsx', message: 'The file is not an XLSX workbook.' },
    ]);
  }
  const sheet = wb.worksheets[0];
  const errors: RowError[] = [];
  const cells: ImportedActual[] = [];
  if (!sheet)
    return { cells, errors: [{ row: 1, column: '', message: 'The workbook has no worksheet.', rule: 'no_rows' }] };
  const header = sheet.getRow(1);
  const idCol = [...Array(header.cellCount).keys()]
    .map((k) => k + 1)
    .find((c) => String(header.getCell(c).value ?? '').trim() === 'ID');
  if (!idCol)
    return {
      cells,
      errors: [{ row: 1, column: 'ID', message: 'The header row has no «ID» column.', rule: 'missing_column' }],
    };
  const actualCols: { col: number; year: number; name: string }[] = [];
  for (let c = 1; c <= header.cellCount; c++) {
    const m = /^Факт (\d{4})$/.exec(String(header.getCell(c).value ?? '').trim());
    if (m) actualCols.push({ col: c, year: Number(m[1]), name: m[0] });
  }
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const id = String(row.getCell(idCol).value ?? '').trim();
    if (!id) {
      errors.push({ row: r, column: 'ID', message: 'The row has no indicator ID.', rule: 'missing_id' });
      continue;
    }
    for (const a of actualCols) {
      const raw = row.getCell(a.col).value;
      if (raw === null || raw === undefined || String(raw).trim() === '') continue;
      const value = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.').trim());
      if (!Number.isFinite(value))
        errors.push({ row: r, column: a.name, message: `Not a number: «${String(raw)}».`, rule: 'actual_not_finite' });
      else cells.push({ row: r, column: a.name, indicatorId: id, year: a.year, value });
    }
  }
  return { cells, errors };
}
