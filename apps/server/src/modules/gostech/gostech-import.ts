import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type ObjectLiteral } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import {
  checkInventoryRows,
  importErrorPath,
  parseInventoryRow,
  systemKey,
  type ImportRowError,
} from '@tsifra/domain/gostech/inventory-row';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { staleVersion } from '../../db/optimistic-lock';
import { recordAudit } from '../audit/audit';
import { SectorEntity } from '../sector/sector.entity';
import { beginPlanEdit, checkPlanEditable } from './gostech-edit';
import { GostechDependencyEntity } from './gostech-links.entity';
import { GostechStageEntity } from './gostech-stage.entity';
import { readInventoryWorkbook } from './gostech-xlsx';
import { InformationSystemEntity } from './information-system.entity';
import { checkDraft } from './system-draft';

/** Base64 of an upload: at most ~1 MB, the JSON body limit of /graphql (a 500-row inventory is ~60 KB). */
export const MAX_IMPORT_BASE64 = 1_000_000;
/** Rows per INSERT: keeps bound parameters far below SQLite's and PostgreSQL's caps. */
const INSERT_CHUNK = 400;

async function insertChunked<T extends ObjectLiteral>(m: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await m.getRepository(entity).insert(rows.slice(i, i + INSERT_CHUNK) as never);
}

async function deleteChunked(
  m: EntityManager,
  entity: new () => ObjectLiteral,
  column: string,
  ids: string[],
): Promise<void> {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK)
    await m.getRepository(entity).delete({ [column]: In(ids.slice(i, i + INSERT_CHUNK)) });
}

/** Sector ids by code. */
export async function sectorIdsByCode(m: EntityManager): Promise<Map<string, string>> {
  return new Map((await m.getRepository(SectorEntity).find()).map((s) => [s.code, s.id]));
}

/**
 * Imports an inventory workbook (base64 XLSX). The file is the whole inventory: rows matched by name
 * update those systems (keeping their initiative links), new names are added, systems missing from
 * the file are removed, and the order follows the file. A dry run reports and writes nothing; a real
 * run is one transaction that writes everything or, on any bad row, nothing (BAD_USER_INPUT with
 * every row error in `extensions.details`).
 */
export async function importSystems(
  db: Database,
  actor: Actor,
  planId: string,
  version: number,
  fileBase64: string,
  dryRun: boolean,
) {
  const started = performance.now();
  // Authorize before spending time on the file.
  const manager = db.dataSource.manager;
  const current = await checkPlanEditable(manager, actor, planId);
  if (current.version !== version) throw staleVersion('GosTech plan', version, current.version);
  const text = fileBase64.trim().replace(/^data:[^,]*,/, '');
  if (text.length > MAX_IMPORT_BASE64)
    throw new DomainError(
      'BAD_USER_INPUT',
      `The file is larger than ${MAX_IMPORT_BASE64} base64 characters (about 730 KB).`,
      'file',
      [{ field: 'file', rule: 'too_large', message: 'The file is too large.', params: { max: MAX_IMPORT_BASE64 } }],
    );
  if (!/^[A-Za-z0-9+/\s]*={0,2}$/.test(text))
    throw new DomainError('BAD_USER_INPUT', 'The file must be base64-encoded.', 'file', [
      { field: 'file', rule: 'not_base64', message: 'The file must be base64-encoded.' },
    ]);
  const read = await readInventoryWorkbook(Buffer.from(text, 'base64'));
  const errors: ImportRowError[] = [...read.errors];
  const parsed = read.rows.map(({ row, cells }) => {
    const result = parseInventoryRow(cells, row);
    errors.push(...result.errors);
    return { row, draft: result.draft };
  });
  const cross = checkInventoryRows(parsed);
  errors.push(...cross.errors);
  errors.sort((a, b) => a.row - b.row);

  const plan = (existing: InformationSystemEntity[]) => {
    const byName = new Map(existing.map((s) => [systemKey(s.name), s]));
    const matched = new Set<string>();
    const created: string[] = [];
    const updated: string[] = [];
    for (const { draft } of parsed) {
      const hit = byName.get(systemKey(draft.name));
      if (hit && !matched.has(hit.id)) {
        matched.add(hit.id);
        updated.push(hit.name);
      } else created.push(draft.name);
    }
    const removed = existing.filter((s) => !matched.has(s.id)).map((s) => s.name);
    return { byName, created, updated, removed };
  };
  const report = (existing: InformationSystemEntity[], applied: boolean) => {
    const { created, updated, removed } = plan(existing);
    return {
      dryRun,
      applied,
      rows: parsed.length,
      created,
      updated,
      removed,
      errors,
      ms: Math.round(performance.now() - started),
    };
  };

  if (dryRun)
    return report(
      await manager.getRepository(InformationSystemEntity).find({ where: { planId }, order: { position: 'ASC' } }),
      false,
    );
  if (errors.length) {
    throw badUserInput(
      errors.map((e) => ({
        field: importErrorPath(e),
        rule: e.rule,
        message: `Row ${e.row}${e.column ? `, «${e.column}»` : ''}: ${e.message}`,
        params: { row: e.row, column: e.column },
      })),
      `The file has ${errors.length} problem(s); nothing was imported. Run a dry run for the full report.`,
    );
  }
  return db.write(async (m) => {
    await beginPlanEdit(m, actor, planId, version);
    const sectorIds = await sectorIdsByCode(m);
    const existing = await m
      .getRepository(InformationSystemEntity)
      .find({ where: { planId }, order: { position: 'ASC' } });
    const { byName, removed } = plan(existing);
    const idByRow = new Map<number, string>();
    const inserts: InformationSystemEntity[] = [];
    const updates: InformationSystemEntity[] = [];
    const stages: GostechStageEntity[] = [];
    const used = new Set<string>();
    parsed.forEach(({ row, draft }, position) => {
      const checked = checkDraft(draft, sectorIds, `rows[${row}]`);
      const hit = byName.get(systemKey(draft.name));
      const id = hit && !used.has(hit.id) ? hit.id : randomUUID();
      used.add(id);
      idByRow.set(row, id);
      const entity: InformationSystemEntity = { id, planId, position, ...checked.fields };
      (hit && hit.id === id ? updates : inserts).push(entity);
      for (const s of checked.stages) stages.push({ id: randomUUID(), systemId: id, ...s });
    });
    const removedIds = existing.filter((s) => !used.has(s.id)).map((s) => s.id);
    await deleteChunked(m, InformationSystemEntity, 'id', removedIds);
    const keptIds = updates.map((s) => s.id);
    await deleteChunked(m, GostechStageEntity, 'systemId', keptIds);
    await deleteChunked(m, GostechDependencyEntity, 'systemId', keptIds);
    // Updates write only what changed; most rows of a re-import are unchanged.
    const before = new Map(existing.map((s) => [s.id, s]));
    for (const u of updates) {
      const old = before.get(u.id)!;
      const patch = Object.fromEntries(
        Object.entries(u).filter(([k, v]) => (old as unknown as Record<string, unknown>)[k] !== v),
      );
      if (Object.keys(patch).length) await m.getRepository(InformationSystemEntity).update({ id: u.id }, patch);
    }
    await insertChunked(m, InformationSystemEntity, inserts);
    await insertChunked(m, GostechStageEntity, stages);
    const deps: GostechDependencyEntity[] = [];
    for (const [row, targets] of cross.dependsOnRows)
      for (const t of targets)
        deps.push({ id: randomUUID(), systemId: idByRow.get(row)!, dependsOnId: idByRow.get(t)! });
    await insertChunked(m, GostechDependencyEntity, deps);
    const result = report(existing, true);
    await recordAudit(m, actor, {
      strategyId: null,
      planId,
      entity: 'gostech_plan',
      entityId: planId,
      action: 'gostech_plan.import',
      details: { rows: parsed.length, created: result.created.length, updated: result.updated.length, removed },
    });
    return result;
  });
}
