/**
 * The spreadsheet (XLSX) model of a region's inventory: one sheet, a header row, one row per system.
 * Headers are Russian (what regions keep) with English aliases; columns may come in any order and
 * unknown columns are ignored. The server reads and writes the workbook; everything about what a
 * cell means lives here, so an exported file re-imports unchanged.
 */

import { joinPath } from '../errors';
import { findSector, SECTORS } from '../sectors';
import {
  DECISION_LABELS,
  findDependencyCycle,
  GOSTECH_DECISIONS,
  GOSTECH_STAGES,
  STAGE_DATE_KEYS,
  STAGE_LABELS,
  validateInformationSystem,
  type GostechDecision,
  type GostechStage,
  type InformationSystemDraft,
  type StageDateKey,
  type StageDates,
} from './plan';

/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 5000;

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

/** A cell as the reader hands it over: already reduced to a primitive (formulas to their result). */
export type CellValue = string | number | boolean | Date | null | undefined;

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

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

const HEADER_LOOKUP = new Map<string, ColumnKey>();
for (const c of INVENTORY_COLUMNS) {
  for (const alias of [c.header, c.headerEn, c.key]) HEADER_LOOKUP.set(normalize(alias), c.key);
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
    const key = HEADER_LOOKUP.get(normalize(cellText(cell)));
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

/** ISO date of a Date, by its UTC calendar day (spreadsheet readers give dates as UTC midnight). */
function isoOfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function cellText(cell: CellValue): string {
  if (cell == null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOfDate(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return String(cell).trim();
}

/** Whether every cell of a row is empty (such rows are skipped). */
export function isBlankRow(cells: Partial<Record<ColumnKey, CellValue>>): boolean {
  return Object.values(cells).every((c) => cellText(c) === '');
}

const TRUE_WORDS = new Set(['да', 'yes', 'true', '1', '+', 'д', 'y']);
const FALSE_WORDS = new Set(['нет', 'no', 'false', '0', '-', 'н', 'n', '']);

function parseBoolean(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const t = normalize(cellText(cell));
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return null;
}

function parseNumber(cell: CellValue): number | null | 'invalid' {
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

const DECISION_LOOKUP = new Map<string, GostechDecision>();
for (const d of GOSTECH_DECISIONS)
  for (const alias of [d, DECISION_LABELS[d].name, DECISION_LABELS[d].nameEn]) DECISION_LOOKUP.set(normalize(alias), d);
const SECTOR_LOOKUP = new Map<string, string>();
for (const s of SECTORS) for (const alias of [s.code, s.name, s.nameEn]) SECTOR_LOOKUP.set(normalize(alias), s.code);

/** A parsed row: the system draft plus the names (or short names) of the systems it depends on. */
export interface InventoryRowDraft extends InformationSystemDraft {
  decision: string | null;
  sectorCode: string | null;
  stages: StageDates[];
  dependsOn: string[];
}

/** Splits a "depends on" cell: names separated by `;` or new lines. */
export function splitList(cell: CellValue): string[] {
  return cellText(cell)
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function rowError(row: number, key: ColumnKey | '', rule: string, message: string): ImportRowError {
  return { row, field: key, column: key ? inventoryColumn(key).header : '', rule, message };
}

/**
 * Reads one data row (cells keyed by column) into a system draft and reports every problem of the
 * row on its own: values that are not booleans, numbers or dates, unknown sectors and decisions,
 * missing name or operator, an end before its start, stages out of order (validateInformationSystem's
 * rules). Problems spanning rows (duplicates, dependencies) are checkInventoryRows'.
 */
export function parseInventoryRow(
  cells: Partial<Record<ColumnKey, CellValue>>,
  rowNumber: number,
): { draft: InventoryRowDraft; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const text = (key: ColumnKey) => cellText(cells[key]) || null;
  const bool = (key: ColumnKey) => {
    const v = parseBoolean(cells[key]);
    if (v === null)
      errors.push(rowError(rowNumber, key, 'invalid_boolean', `«${cellText(cells[key])}» is not yes/no (да/нет).`));
    return v ?? false;
  };
  const cost = parseNumber(cells.annualCost);
  if (cost === 'invalid')
    errors.push(
      rowError(rowNumber, 'annualCost', 'invalid_number', `«${cellText(cells.annualCost)}» is not a number.`),
    );
  const sectorText = text('sector');
  const decisionText = text('decision');
  const stages: StageDates[] = [];
  for (const stage of GOSTECH_STAGES) {
    const dates = Object.fromEntries(STAGE_DATE_KEYS.map((k) => [k, parseDateCell(cells[`${stage}.${k}`])])) as Record<
      StageDateKey,
      string | null
    >;
    if (STAGE_DATE_KEYS.some((k) => dates[k] !== null)) stages.push({ stage, ...dates });
  }
  const draft: InventoryRowDraft = {
    name: text('name') ?? '',
    shortName: text('shortName'),
    operator: text('operator') ?? '',
    sectorCode: sectorText ? (SECTOR_LOOKUP.get(normalize(sectorText)) ?? sectorText) : null,
    purpose: text('purpose'),
    isStateSystem: bool('isStateSystem'),
    processesPersonalData: bool('processesPersonalData'),
    hosting: text('hosting'),
    annualCost: cost === 'invalid' ? null : cost,
    decision: decisionText ? (DECISION_LOOKUP.get(normalize(decisionText)) ?? decisionText) : null,
    economicAssessment: text('economicAssessment'),
    technologicalAssessment: text('technologicalAssessment'),
    stages,
    dependsOn: splitList(cells.dependsOn),
  };
  for (const e of validateInformationSystem(draft)) {
    const stageField = /^stages\[(\d+)\]\.(\w+)$/.exec(e.field);
    const key = (
      stageField
        ? `${stages[Number(stageField[1])]?.stage}.${stageField[2]}`
        : e.field === 'sectorCode'
          ? 'sector'
          : e.field
    ) as ColumnKey;
    errors.push(rowError(rowNumber, COLUMN_BY_KEY.has(key) ? key : '', e.rule, e.message));
  }
  errors.sort((x, y) => COLUMN_ORDER.get(x.field as ColumnKey)! - COLUMN_ORDER.get(y.field as ColumnKey)!);
  return { draft, errors };
}

/** The identity a row claims within a file: its name and short name, compared case- and space-insensitively. */
export function systemKey(text: string): string {
  return normalize(text);
}

/**
 * Checks rows against each other: the same system twice (by name, or by short name), a dependency
 * naming no system of the file (by name or short name), and dependency cycles (every row on the
 * cycle is flagged). Returns, besides the errors, each row's dependencies as row numbers.
 */
export function checkInventoryRows(
  rows: readonly { row: number; draft: Pick<InventoryRowDraft, 'name' | 'shortName' | 'dependsOn'> }[],
): {
  errors: ImportRowError[];
  dependsOnRows: Map<number, number[]>;
} {
  const errors: ImportRowError[] = [];
  const byName = new Map<string, number>();
  const byShort = new Map<string, number>();
  for (const { row, draft } of rows) {
    const name = systemKey(draft.name);
    if (name) {
      const first = byName.get(name);
      if (first !== undefined)
        errors.push(
          rowError(row, 'name', 'duplicate_system', `The system «${draft.name}» is already listed in row ${first}.`),
        );
      else byName.set(name, row);
    }
    const short = draft.shortName ? systemKey(draft.shortName) : '';
    if (short) {
      const first = byShort.get(short);
      if (first !== undefined)
        errors.push(
          rowError(
            row,
            'shortName',
            'duplicate_system',
            `The short name «${draft.shortName}» is already used in row ${first}.`,
          ),
        );
      else byShort.set(short, row);
    }
  }
  const dependsOnRows = new Map<number, number[]>();
  for (const { row, draft } of rows) {
    const targets: number[] = [];
    for (const dep of draft.dependsOn) {
      const target = byName.get(systemKey(dep)) ?? byShort.get(systemKey(dep));
      if (target === undefined)
        errors.push(rowError(row, 'dependsOn', 'unknown_dependency', `«${dep}» is not a system listed in this file.`));
      else if (!targets.includes(target)) targets.push(target);
    }
    dependsOnRows.set(row, targets);
  }
  const remaining = rows.map((r) => ({ id: String(r.row), dependsOn: (dependsOnRows.get(r.row) ?? []).map(String) }));
  // Report every cycle: flag one, drop its rows' edges, and look again.
  for (let cycle = findDependencyCycle(remaining); cycle; cycle = findDependencyCycle(remaining)) {
    const members = [...new Set(cycle)];
    for (const id of members) {
      errors.push(
        rowError(Number(id), 'dependsOn', 'dependency_cycle', `Dependency cycle through rows ${cycle.join(' → ')}.`),
      );
      remaining.find((r) => r.id === id)!.dependsOn = [];
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, dependsOnRows };
}

/** What an export row is made from. */
export interface InventoryRowSource extends InformationSystemDraft {
  stages: readonly StageDates[];
  /** Names of the systems this one depends on. */
  dependsOn: readonly string[];
}

/**
 * The cells of one exported row, keyed by column: Russian labels for sector and decision, `да`/`нет`
 * for flags, ISO dates (the writer turns them into date cells), dependencies joined with `; `.
 * parseInventoryRow reads them back to the same draft.
 */
export function inventoryRowCells(system: InventoryRowSource): Record<ColumnKey, string | number | null> {
  const decision =
    system.decision && system.decision in DECISION_LABELS
      ? DECISION_LABELS[system.decision as GostechDecision].name
      : (system.decision ?? null);
  const cells = {
    name: system.name,
    shortName: system.shortName ?? null,
    operator: system.operator,
    sector: system.sectorCode ? (findSector(system.sectorCode)?.name ?? system.sectorCode) : null,
    purpose: system.purpose ?? null,
    isStateSystem: system.isStateSystem ? 'да' : 'нет',
    processesPersonalData: system.processesPersonalData ? 'да' : 'нет',
    hosting: system.hosting ?? null,
    annualCost: system.annualCost ?? null,
    decision,
    economicAssessment: system.economicAssessment ?? null,
    technologicalAssessment: system.technologicalAssessment ?? null,
    dependsOn: system.dependsOn.length ? system.dependsOn.join('; ') : null,
  } as Record<ColumnKey, string | number | null>;
  for (const stage of GOSTECH_STAGES) {
    const dates = system.stages.find((s) => s.stage === stage);
    for (const k of STAGE_DATE_KEYS) cells[`${stage}.${k}`] = dates?.[k] ?? null;
  }
  return cells;
}

/** Joins a row error into a field path for GraphQL details (`rows[12].PILOT.plannedEnd`). */
export function importErrorPath(e: ImportRowError): string {
  return joinPath(`rows[${e.row}]`, e.field);
}
