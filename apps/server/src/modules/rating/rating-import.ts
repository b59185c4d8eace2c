import { badUserInput } from '@tsifra/domain/errors';
import { methodologyInForce } from '@tsifra/domain/rating/methodology';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import type { Clock } from '../../shared/clock';
import { headerOf, readSheet, text, writeSheet, type SheetColumn } from '../mszu/mszu-xlsx';
import { RegionEntity } from '../region/region.entity';
import { methodologyDef } from './rating-compute';
import { RatingInputEntity, RatingMethodologyEntity } from './rating.entity';
import { assertAdmin, requireMonth, writeInput } from './rating.service';

/**
 * A month's entered rating inputs as a workbook, through the shared XLSX reader/writer of the МСЗУ import
 * (mszu/mszu-xlsx.ts): one row per region × ENTERED parameter of the methodology in force. Importing it back
 * writes each row whose value differs (audited as rating_input.import); a dry run lists every problem by row
 * and column and writes nothing; a real run with any problem writes nothing (all or nothing).
 */
export const RATING_INPUT_COLUMNS = [
  { key: 'region', header: 'Регион', width: 10 },
  { key: 'name', header: 'Наименование', width: 40 },
  { key: 'parameter', header: 'Параметр', width: 14 },
  { key: 'value', header: 'Значение', width: 12 },
  { key: 'note', header: 'Примечание', width: 40 },
] as const satisfies readonly SheetColumn<string>[];
type InputKey = (typeof RATING_INPUT_COLUMNS)[number]['key'];

export interface RatingImportError {
  row: number;
  column: string;
  field: string;
  rule: string;
  message: string;
}

async function enteredParameters(db: Database, period: string): Promise<string[]> {
  const all = await db.dataSource.getRepository(RatingMethodologyEntity).find();
  const m = methodologyInForce(all, period);
  if (!m)
    throw badUserInput([
      { field: 'period', rule: 'no_methodology', message: `No methodology is in force for ${period}.` },
    ]);
  return methodologyDef(m)
    .parameters.filter((p) => p.derivation === 'ENTERED')
    .map((p) => p.code);
}

/** The month's workbook (base64): every region × entered parameter, with the current value (empty when none). */
export async function exportRatingInputs(db: Database, actor: Actor, period: string): Promise<string> {
  assertAdmin(actor);
  requireMonth(period);
  const params = await enteredParameters(db, period);
  const regions = await db.dataSource.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
  const inputs = await db.dataSource.getRepository(RatingInputEntity).find({ where: { period } });
  const value = new Map(inputs.map((i) => [`${i.regionId}|${i.parameterCode}`, i]));
  return writeSheet(
    period,
    RATING_INPUT_COLUMNS,
    regions.flatMap((r) =>
      params.map((p) => {
        const i = value.get(`${r.id}|${p}`);
        return { region: r.code, name: r.name, parameter: p, value: i?.value ?? null, note: i?.note ?? null };
      }),
    ),
  );
}

/** Imports a month's inputs from the workbook: a dry run reports, a real run writes all or nothing. Admins. */
export async function importRatingInputs(
  db: Database,
  clock: Clock,
  actor: Actor,
  period: string,
  file: string,
  dryRun: boolean,
): Promise<{ dryRun: boolean; rows: number; changes: number; errors: RatingImportError[] }> {
  assertAdmin(actor);
  requireMonth(period);
  const params = new Set(await enteredParameters(db, period));
  const { rows, missing } = await readSheet<InputKey>(file, RATING_INPUT_COLUMNS);
  const column = (key: InputKey) => headerOf(RATING_INPUT_COLUMNS, key);
  const errors: RatingImportError[] = missing.map((h) => ({
    row: 1,
    column: h,
    field: 'header',
    rule: 'import_missing_column',
    message: `The column "${h}" is missing.`,
  }));
  return db.write(async (m) => {
    const regions = new Map((await m.getRepository(RegionEntity).find()).map((r) => [r.code, r]));
    const current = new Map(
      (await m.getRepository(RatingInputEntity).find({ where: { period } })).map((i) => [
        `${i.regionId}|${i.parameterCode}`,
        i,
      ]),
    );
    const changes: Parameters<typeof writeInput>[2][] = [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      const code = text(r.cells.region).toUpperCase();
      const parameter = text(r.cells.parameter).toUpperCase();
      const raw = text(r.cells.value).replace(',', '.');
      const region = regions.get(code);
      const problems: RatingImportError[] = [];
      if (!region)
        problems.push({
          row: r.row,
          column: column('region'),
          field: 'region',
          rule: 'region_unknown',
          message: `No region "${code}".`,
        });
      if (!params.has(parameter))
        problems.push({
          row: r.row,
          column: column('parameter'),
          field: 'parameter',
          rule: 'parameter_not_entered',
          message: `"${parameter}" is not an entered parameter of the methodology in force for ${period}.`,
        });
      if (raw === '') {
        if (problems.length === 0) continue; // an empty value leaves the input as it is
      } else if (!Number.isFinite(Number(raw)) || Number(raw) < 0)
        problems.push({
          row: r.row,
          column: column('value'),
          field: 'value',
          rule: 'value_negative',
          message: 'The value must be a number ≥ 0.',
        });
      const key = `${code}|${parameter}`;
      if (seen.has(key))
        problems.push({
          row: r.row,
          column: column('parameter'),
          field: 'parameter',
          rule: 'import_duplicate_row',
          message: `${code} ${parameter} already appears on row ${seen.get(key)}.`,
        });
      seen.set(key, r.row);
      if (problems.length) {
        errors.push(...problems);
        continue;
      }
      const value = Number(raw);
      const note = text(r.cells.note) || null;
      const now = current.get(`${region!.id}|${parameter}`);
      if (now && now.value === value && (now.note ?? null) === note) continue;
      changes.push({ regionId: region!.id, regionCode: code, period, parameterCode: parameter, value, note });
    }
    errors.sort((a, b) => a.row - b.row);
    if (errors.length && !dryRun)
      throw badUserInput(
        errors.map((e) => ({
          field: `file.rows[${e.row}].${e.field}`,
          rule: e.rule,
          message: e.message,
          params: { row: e.row, column: e.column },
        })),
        `${errors.length} problem(s); nothing was imported.`,
      );
    if (!dryRun) for (const c of changes) await writeInput(m, actor, c, clock.now(), 'rating_input.import');
    return { dryRun, rows: rows.length, changes: changes.length, errors };
  });
}

/** The import's entry points with the server's database and clock. */
export class RatingImportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  workbook(actor: Actor, period: string): Promise<string> {
    return exportRatingInputs(this.db, actor, period);
  }

  import(actor: Actor, period: string, file: string, dryRun: boolean) {
    return importRatingInputs(this.db, this.clock, actor, period, file, dryRun);
  }
}
