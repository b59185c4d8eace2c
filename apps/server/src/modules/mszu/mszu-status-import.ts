import { badUserInput, DomainError } from '@tsifra/domain/errors';
import { MSZU_STEPS, stepAt, type StepEntry } from '@tsifra/domain/mszu/steps';
import { periodEnd } from '@tsifra/domain/period';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { RegionEntity } from '../region/region.entity';
import { historiesOf, loadCatalogue, loadStepRows, monthArg } from './mszu-read';
import { headerOf, readSheet, STATUS_COLUMNS, text, writeSheet, type StatusKey } from './mszu-xlsx';
import type { MszuService, StepRequest } from './mszu.service';
import type { MszuImportErrorType } from './mszu.type';

/**
 * A region's statuses as a workbook: one row per catalogue service with the step in force and the date of its
 * entry. Importing it back records a new dated step for each row whose step or date differs; unchanged rows
 * change nothing, so export → import → export is the identity.
 */

interface StatusLine {
  code: string;
  step: string;
  on: string | null;
}

async function currentLines(
  db: Database,
  regionId: string,
  date: string,
): Promise<{ lines: StatusLine[]; names: Map<string, { name: string; queue: number }> }> {
  const c = await loadCatalogue(db.dataSource);
  const h = historiesOf(await loadStepRows(db.dataSource, date, [regionId])).get(regionId);
  const lines = c.services.map((s) => {
    const history: StepEntry[] = h?.get(s.id) ?? [];
    const step = stepAt(history, date);
    const inForce = history
      .filter((e) => e.on <= date)
      .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.seq - a.seq))[0];
    return { code: s.code, step, on: inForce?.on ?? null };
  });
  return { lines, names: new Map(c.services.map((s) => [s.code, { name: s.name, queue: s.queue }])) };
}

async function regionByCode(db: Database, code: string): Promise<RegionEntity> {
  const region = await db.dataSource.getRepository(RegionEntity).findOneBy({ code: code.trim().toUpperCase() });
  if (!region) throw new DomainError('NOT_FOUND', `No region ${code}.`, 'regionCode');
  return region;
}

/** The workbook (base64) of a region's statuses at the end of `period` (default: today). Public, as the statuses are. */
export async function exportStatuses(
  db: Database,
  today: string,
  regionCode: string,
  period?: string | null,
): Promise<string> {
  const region = await regionByCode(db, regionCode);
  const date = period ? periodEnd(monthArg(period)) : today;
  const { lines, names } = await currentLines(db, region.id, date < today ? date : today);
  return writeSheet(
    'МСЗУ',
    STATUS_COLUMNS,
    lines.map((l) => ({
      code: l.code,
      name: names.get(l.code)!.name,
      queue: names.get(l.code)!.queue,
      step: l.step,
      on: l.on,
      reason: null,
    })),
  );
}

/** Imports a region's statuses: a dry run lists every problem by row and column and writes nothing; a real run writes all or nothing. */
export async function importStatuses(
  db: Database,
  service: MszuService,
  actor: Actor,
  regionCode: string,
  file: string,
  dryRun: boolean,
) {
  return db.write(async (m) => {
    const region = await service.regionFor(m, actor, regionCode);
    const { rows, missing } = await readSheet<StatusKey>(file, STATUS_COLUMNS);
    const errors: MszuImportErrorType[] = missing.map((h) => ({
      row: 1,
      column: h,
      field: 'header',
      rule: 'mszu_missing_column',
      message: `The column "${h}" is missing.`,
    }));
    const { lines } = await currentLines(db, region.id, service.today());
    const current = new Map(lines.map((l) => [l.code, l]));
    const requests: StepRequest[] = [];
    const rowOf: number[] = [];
    for (const r of rows) {
      const code = text(r.cells.code);
      const step = text(r.cells.step).toUpperCase();
      const on = text(r.cells.on);
      const now = current.get(code);
      if (now && now.step === step && (now.on ?? '') === on) continue;
      if (now && step === 'NOT_STARTED' && !on && now.step === 'NOT_STARTED') continue;
      if (!(MSZU_STEPS as readonly string[]).includes(step)) {
        errors.push({
          row: r.row,
          column: headerOf(STATUS_COLUMNS, 'step'),
          field: 'step',
          rule: 'mszu_unknown_step',
          message: `Unknown step "${step}".`,
        });
        continue;
      }
      requests.push({ serviceCode: code, step, on, reason: text(r.cells.reason) || null });
      rowOf.push(r.row);
    }
    const checked = await service.checkSteps(m, actor, region, requests, 'rows');
    const column: Record<string, string> = {
      serviceCode: headerOf(STATUS_COLUMNS, 'code'),
      step: headerOf(STATUS_COLUMNS, 'step'),
      on: headerOf(STATUS_COLUMNS, 'on'),
      reason: headerOf(STATUS_COLUMNS, 'reason'),
    };
    for (const { index, error } of checked.errors) {
      const field = error.field.replace(/^rows\[\d+\]\./, '');
      errors.push({ row: rowOf[index]!, column: column[field] ?? '', field, rule: error.rule, message: error.message });
    }
    errors.sort((a, b) => a.row - b.row);
    if (errors.length && !dryRun) {
      throw badUserInput(
        errors.map((e) => ({
          field: `file.rows[${e.row}].${e.field}`,
          rule: e.rule,
          message: e.message,
          params: { row: e.row, column: e.column },
        })),
        `${errors.length} problem(s); nothing was imported.`,
      );
    }
    if (!dryRun && checked.rows.length) await service.insertSteps(m, actor, region, checked.rows, 'mszu_status.import');
    return { dryRun, rows: rows.length, changes: checked.rows.length, errors };
  });
}
