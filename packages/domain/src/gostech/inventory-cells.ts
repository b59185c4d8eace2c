/**
 * Reading one spreadsheet cell of an inventory import: the primitive a reader hands over, its text,
 * and yes/no, number and date cells as Russian and English spreadsheets write them.
 */

/** A cell as the reader hands it over: already reduced to a primitive (formulas to their result). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** Lower case, `ё` → `е`, runs of spaces (non-breaking too) collapsed, trimmed: how headers and names are compared. */
export const normalizeText = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** ISO date of a Date, by its UTC calendar day (spreadsheet readers give dates as UTC midnight). */
function isoOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A cell as trimmed text (`''` when empty; dates as ISO, booleans as `да`/`нет`). */
export function cellText(cell: CellValue): string {
  if (cell == null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOfDate(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return String(cell).trim();
}

const TRUE_WORDS = new Set(['да', 'yes', 'true', '1', '+', 'д', 'y']);
const FALSE_WORDS = new Set(['нет', 'no', 'false', '0', '-', 'н', 'n', '']);

/** A yes/no cell; null when it is neither. */
export function parseBoolean(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const t = normalizeText(cellText(cell));
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}

/** A number cell (spaces as thousands separators, a decimal comma); null when empty. */
export function parseNumber(cell: CellValue): number | null | 'invalid' {
  if (typeof cell === 'number') return cell;
  const t = cellText(cell)
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(t) ? n : 'invalid';
}

/** Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date cell as ISO text: a Date, `YYYY-MM-DD`, `DD.MM.YYYY` or an Excel serial number; anything else is kept as typed (the validator flags it). */
export function parseDateCell(cell: CellValue): string | null {
  if (cell == null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid date' : isoOfDate(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return String(cell);
    return isoOfDate(new Date(EXCEL_EPOCH_MS + cell * 86_400_000));
  }
  const t = cellText(cell);
  if (t === '') return null;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (ru) return `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(T00:00(:00(\.0+)?)?Z?)?$/.exec(t);
  return iso?.[1] ?? t;
}

/** Splits a "depends on" cell: names separated by `;` or new lines. */
export function splitList(cell: CellValue): string[] {
  return cellText(cell)
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
