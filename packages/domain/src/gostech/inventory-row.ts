/**
 * The spreadsheet (XLSX) model of a region's inventory: one sheet, a header row, one row per system.
 * Headers are Russian (what regions keep) with English aliases; columns may come in any order and
 * unknown columns are ignored. The server reads and writes the workbook; everything about what a
 * cell means lives here, so an exported file re-imports unchanged.
 *
 * This file reads one row into a system draft and writes one system back into cells. Beside it:
 * the columns and the header row (inventory-columns), single cells (inventory-cells), the problems
 * an import reports (inventory-import-errors) and the checks across rows (inventory-rows-check);
 * this path exports all of it.
 */

import { findSector, SECTORS } from '../sectors';
import { DECISION_LABELS, GOSTECH_DECISIONS, GOSTECH_STAGES, type GostechDecision } from './decisions-and-stages';
import {
  STAGE_DATE_KEYS,
  validateInformationSystem,
  type InformationSystemDraft,
  type StageDateKey,
  type StageDates,
} from './information-system';
import {
  cellText,
  normalizeText,
  parseBoolean,
  parseDateCell,
  parseNumber,
  splitList,
  type CellValue,
} from './inventory-cells';
import { byColumnOrder, columnError, isColumnKey, type ColumnKey } from './inventory-columns';
import type { ImportRowError } from './inventory-import-errors';

export { parseDateCell, splitList, type CellValue } from './inventory-cells';
export {
  INVENTORY_COLUMNS,
  inventoryColumn,
  mapHeaderRow,
  type ColumnKey,
  type ColumnKind,
  type InventoryColumn,
  type StageColumnKey,
} from './inventory-columns';
export { IMPORT_RULES, importErrorPath, type ImportRowError } from './inventory-import-errors';
export { checkInventoryRows, systemKey } from './inventory-rows-check';

/** The most data rows one import takes. */
export const MAX_IMPORT_ROWS = 5000;

const DECISION_LOOKUP = new Map<string, GostechDecision>();
for (const d of GOSTECH_DECISIONS)
  for (const alias of [d, DECISION_LABELS[d].name, DECISION_LABELS[d].nameEn])
    DECISION_LOOKUP.set(normalizeText(alias), d);
const SECTOR_LOOKUP = new Map<string, string>();
for (const s of SECTORS)
  for (const alias of [s.code, s.name, s.nameEn]) SECTOR_LOOKUP.set(normalizeText(alias), s.code);

/** Whether every cell of a row is empty (such rows are skipped). */
export function isBlankRow(cells: Partial<Record<ColumnKey, CellValue>>): boolean {
  return Object.values(cells).every((c) => cellText(c) === '');
}

/** A parsed row: the system draft plus the names (or short names) of the systems it depends on. */
export interface InventoryRowDraft extends InformationSystemDraft {
  decision: string | null;
  sectorCode: string | null;
  stages: StageDates[];
  dependsOn: string[];
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
      errors.push(columnError(rowNumber, key, 'invalid_boolean', `«${cellText(cells[key])}» is not yes/no (да/нет).`));
    return v ?? false;
  };
  const cost = parseNumber(cells.annualCost);
  if (cost === 'invalid')
    errors.push(
      columnError(rowNumber, 'annualCost', 'invalid_number', `«${cellText(cells.annualCost)}» is not a number.`),
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
    sectorCode: sectorText ? (SECTOR_LOOKUP.get(normalizeText(sectorText)) ?? sectorText) : null,
    purpose: text('purpose'),
    isStateSystem: bool('isStateSystem'),
    processesPersonalData: bool('processesPersonalData'),
    hosting: text('hosting'),
    annualCost: cost === 'invalid' ? null : cost,
    decision: decisionText ? (DECISION_LOOKUP.get(normalizeText(decisionText)) ?? decisionText) : null,
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
    errors.push(columnError(rowNumber, isColumnKey(key) ? key : '', e.rule, e.message));
  }
  errors.sort(byColumnOrder);
  return { draft, errors };
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
