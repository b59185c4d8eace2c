/**
 * The checks of an inventory import that span rows: the same system listed twice, dependencies on
 * systems the file does not list, and dependency cycles.
 */

import { findDependencyCycle } from './dependency-cycle';
import { normalizeText } from './inventory-cells';
import { columnError } from './inventory-columns';
import type { ImportRowError } from './inventory-import-errors';

/** The identity a row claims within a file: its name and short name, compared case- and space-insensitively. */
export function systemKey(text: string): string {
  return normalizeText(text);
}

/**
 * Checks rows against each other: the same system twice (by name, or by short name), a dependency
 * naming no system of the file (by name or short name), and dependency cycles (every row on the
 * cycle is flagged). Returns, besides the errors, each row's dependencies as row numbers.
 */
export function checkInventoryRows(
  rows: readonly { row: number; draft: { name: string; shortName?: string | null; dependsOn: string[] } }[],
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
          columnError(row, 'name', 'duplicate_system', `The system «${draft.name}» is already listed in row ${first}.`),
        );
      else byName.set(name, row);
    }
    const short = draft.shortName ? systemKey(draft.shortName) : '';
    if (short) {
      const first = byShort.get(short);
      if (first !== undefined)
        errors.push(
          columnError(
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
        errors.push(
          columnError(row, 'dependsOn', 'unknown_dependency', `«${dep}» is not a system listed in this file.`),
        );
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
        columnError(Number(id), 'dependsOn', 'dependency_cycle', `Dependency cycle through rows ${cycle.join(' → ')}.`),
      );
      remaining.find((r) => r.id === id)!.dependsOn = [];
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, dependsOnRows };
}
