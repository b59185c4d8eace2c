import { randomUUID } from 'node:crypto';
import { badUserInput, DomainError, prefixFieldErrors, type FieldError } from '@tsifra/domain/errors';
import { validateQueue, validateServiceRow, type MszuServiceRow } from '@tsifra/domain/mszu/catalogue';
import { checkDueRule } from '@tsifra/domain/reporting-calendar';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { DEFAULT_SETTINGS, loadCatalogue } from './mszu-read';
import { CATALOGUE_COLUMNS, headerOf, readSheet, text, writeSheet, type CatalogueKey } from './mszu-xlsx';
import { MszuQueueEntity, MszuServiceEntity, MszuSettingsEntity } from './mszu.entities';
import type { MszuImportErrorType } from './mszu.type';

function adminOnly(actor: Actor): void {
  if (actor.role !== 'ADMIN')
    throw new DomainError('FORBIDDEN', 'Only an admin manages the МСЗУ catalogue and settings.');
}

/** Admin-managed МСЗУ data: the catalogue (by hand or from XLSX), queue dates, settings. */
export class MszuAdminService {
  constructor(private readonly db: Database) {}

  /** Adds a service or updates the one with the same code. */
  async saveService(actor: Actor, row: MszuServiceRow): Promise<MszuServiceEntity> {
    adminOnly(actor);
    return this.db.write(async (m) => {
      const c = await loadCatalogue(m);
      const errors = validateServiceRow(
        row,
        c.queues.map((q) => q.number),
      );
      if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
      const found = c.services.find((s) => s.code === row.code.trim());
      const fields = {
        code: row.code.trim(),
        name: row.name.trim(),
        level: row.level,
        queue: row.queue,
        epguId: row.epguId?.trim() || null,
      };
      const entity: MszuServiceEntity = found
        ? { ...found, ...fields }
        : { id: randomUUID(), ...fields, position: c.services.length };
      await m.getRepository(MszuServiceEntity).save(entity);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'mszu_service',
        entityId: entity.id,
        action: found ? 'mszu_service.update' : 'mszu_service.create',
        details: fields,
      });
      return entity;
    });
  }

  async saveQueue(actor: Actor, queue: { number: number; opensOn: string; dueOn: string }): Promise<MszuQueueEntity> {
    adminOnly(actor);
    const errors = validateQueue(queue);
    if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
    return this.db.write(async (m) => {
      const repo = m.getRepository(MszuQueueEntity);
      const found = await repo.findOneBy({ number: queue.number });
      const entity = { id: found?.id ?? randomUUID(), ...queue };
      await repo.save(entity);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'mszu_queue',
        entityId: entity.id,
        action: 'mszu_queue.save',
        details: { ...queue, before: found ?? null },
      });
      return entity;
    });
  }

  async saveSettings(actor: Actor, input: Partial<Omit<MszuSettingsEntity, 'id'>>): Promise<MszuSettingsEntity> {
    adminOnly(actor);
    return this.db.write(async (m) => {
      const repo = m.getRepository(MszuSettingsEntity);
      const before = (await repo.findOneBy({ id: 'default' })) ?? { id: 'default', ...DEFAULT_SETTINGS };
      const next: MszuSettingsEntity = {
        ...before,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)),
      };
      const errors: FieldError[] = checkDueRule({ monthsAfterEnd: next.dueMonthsAfterEnd, day: next.dueDay }).map(
        (f) => ({
          field: `input.${f === 'day' ? 'dueDay' : 'dueMonthsAfterEnd'}`,
          rule: 'mszu_due_rule',
          message: 'The due rule lands on no date.',
        }),
      );
      if (!Number.isInteger(next.leaderAbove) || next.leaderAbove < 0)
        errors.push({ field: 'input.leaderAbove', rule: 'mszu_threshold', message: 'A whole number ≥ 0.' });
      if (!Number.isInteger(next.laggardAtMost) || next.laggardAtMost < 0 || next.laggardAtMost >= next.leaderAbove) {
        errors.push({
          field: 'input.laggardAtMost',
          rule: 'mszu_threshold',
          message: 'A whole number ≥ 0 below the leader threshold.',
        });
      }
      if (errors.length) throw badUserInput(errors);
      await repo.save(next);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'mszu_settings',
        entityId: 'default',
        action: 'mszu_settings.update',
        details: { before, after: next },
      });
      return next;
    });
  }

  async exportCatalogue(): Promise<string> {
    const c = await loadCatalogue(this.db.dataSource);
    return writeSheet(
      'Каталог МСЗУ',
      CATALOGUE_COLUMNS,
      c.services.map((s) => ({ code: s.code, name: s.name, level: s.level, queue: s.queue, epguId: s.epguId })),
    );
  }

  /** Imports catalogue rows (add or update by code; services missing from the file stay). All or nothing; a dry run writes nothing. */
  async importCatalogue(
    actor: Actor,
    file: string,
    dryRun: boolean,
  ): Promise<{ dryRun: boolean; rows: number; changes: number; errors: MszuImportErrorType[] }> {
    adminOnly(actor);
    return this.db.write(async (m) => {
      const c = await loadCatalogue(m);
      const { rows, missing } = await readSheet<CatalogueKey>(file, CATALOGUE_COLUMNS);
      const errors: MszuImportErrorType[] = missing.map((h) => ({
        row: 1,
        column: h,
        field: 'header',
        rule: 'mszu_missing_column',
        message: `The column "${h}" is missing.`,
      }));
      if (!missing.length && !rows.length)
        errors.push({ row: 2, column: '', field: '', rule: 'no_rows', message: 'The sheet has no rows.' });
      const seen = new Set<string>();
      const byCode = new Map(c.services.map((s) => [s.code, s]));
      const upserts: MszuServiceEntity[] = [];
      for (const r of rows) {
        const queueText = text(r.cells.queue);
        const row: MszuServiceRow = {
          code: text(r.cells.code),
          name: text(r.cells.name),
          level: text(r.cells.level).toUpperCase(),
          queue: /^\d+$/.test(queueText) ? Number(queueText) : NaN,
          epguId: text(r.cells.epguId) || null,
        };
        const found = validateServiceRow(
          row,
          c.queues.map((q) => q.number),
          seen,
        );
        seen.add(row.code);
        for (const e of found)
          errors.push({
            row: r.row,
            column: headerOf(CATALOGUE_COLUMNS, e.field),
            field: e.field,
            rule: e.rule,
            message: e.message,
          });
        if (found.length) continue;
        const old = byCode.get(row.code);
        const fields = {
          code: row.code,
          name: row.name,
          level: row.level,
          queue: row.queue,
          epguId: row.epguId ?? null,
        };
        if (
          old &&
          old.name === fields.name &&
          old.level === fields.level &&
          old.queue === fields.queue &&
          old.epguId === fields.epguId
        )
          continue;
        upserts.push(
          old ? { ...old, ...fields } : { id: randomUUID(), ...fields, position: c.services.length + upserts.length },
        );
      }
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
      if (!dryRun && upserts.length) {
        await m.getRepository(MszuServiceEntity).save(upserts, { chunk: 200 });
        await recordAudit(m, actor, {
          strategyId: null,
          entity: 'mszu_service',
          action: 'mszu_service.import',
          details: { changed: upserts.map((u) => u.code) },
        });
      }
      return { dryRun, rows: rows.length, changes: upserts.length, errors };
    });
  }
}
