import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError, type FieldError } from '@tsifra/domain/errors';
import { stepAt, validateStepChange, type MszuStep, type StepEntry } from '@tsifra/domain/mszu/steps';
import { formatPeriod, periodEnd } from '@tsifra/domain/period';
import { isOwnRegionEditor, type Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import type { Clock } from '../../shared/clock';
import { loadCatalogue, monthArg } from './mszu-read';
import { MszuReportEntity, MszuServiceEntity, MszuStatusStepEntity } from './mszu.entities';

/** A step to record, as the API and the XLSX import give it. */
export interface StepRequest {
  serviceCode: string;
  step: string;
  on: string;
  reason?: string | null;
}

export function canEditRegion(actor: Actor, regionCode: string): boolean {
  return actor.role === 'ADMIN' || isOwnRegionEditor(actor, regionCode);
}

/** Records, corrects and reports a region's МСЗУ statuses. Every write is audited in its transaction. */
export class MszuService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  async regionFor(m: EntityManager, actor: Actor, regionCode: string): Promise<RegionEntity> {
    const region = await m.getRepository(RegionEntity).findOneBy({ code: regionCode.trim().toUpperCase() });
    if (!region) throw new DomainError('NOT_FOUND', `No region ${regionCode}.`, 'regionCode');
    if (!canEditRegion(actor, region.code))
      throw new DomainError('FORBIDDEN', 'Only the region’s own editor or an admin changes its МСЗУ statuses.');
    return region;
  }

  /**
   * Checks steps (field paths `steps[i].…`) against the catalogue and the region's history and returns the rows
   * to insert; each checked step joins the history, so later steps in the same request see earlier ones.
   */
  async checkSteps(
    m: EntityManager,
    actor: Actor,
    region: RegionEntity,
    steps: readonly StepRequest[],
    prefix = 'steps',
  ): Promise<{ rows: MszuStatusStepEntity[]; errors: { index: number; error: FieldError }[] }> {
    const catalogue = await loadCatalogue(m);
    const byCode = new Map(catalogue.services.map((s) => [s.code, s]));
    const opensOn = new Map(catalogue.queues.map((q) => [q.number, q.opensOn]));
    const existing = await m.getRepository(MszuStatusStepEntity).find({ where: { regionId: region.id } });
    const history = new Map<string, StepEntry[]>();
    const maxSeq = new Map<string, number>();
    for (const e of existing) {
      maxSeq.set(e.serviceId, Math.max(maxSeq.get(e.serviceId) ?? 0, e.seq));
      if (!e.supersededById)
        (history.get(e.serviceId) ?? history.set(e.serviceId, []).get(e.serviceId)!).push({
          step: e.step as MszuStep,
          on: e.effectiveOn,
          seq: e.seq,
        });
    }
    const today = this.today();
    const rows: MszuStatusStepEntity[] = [];
    const errors: { index: number; error: FieldError }[] = [];
    const now = new Date();
    steps.forEach((s, index) => {
      const service = byCode.get(s.serviceCode.trim());
      const h = service ? (history.get(service.id) ?? []) : [];
      const on = s.on.trim();
      const found = validateStepChange({
        serviceKnown: !!service,
        step: s.step,
        on,
        reason: s.reason,
        queueOpensOn: (service && opensOn.get(service.queue)) ?? '0000-01-01',
        today,
        previous: stepAt(h, on),
      });
      for (const error of found)
        errors.push({ index, error: { ...error, field: `${prefix}[${index}].${error.field}` } });
      if (found.length || !service) return;
      const seq = (maxSeq.get(service.id) ?? 0) + 1;
      maxSeq.set(service.id, seq);
      h.push({ step: s.step as MszuStep, on, seq });
      history.set(service.id, h);
      const reason = (s.reason ?? '').trim() || null;
      rows.push({
        id: randomUUID(),
        regionId: region.id,
        serviceId: service.id,
        step: s.step,
        effectiveOn: on,
        seq,
        reason,
        supersededById: null,
        recordedById: actor.userId,
        recordedAt: now,
      });
    });
    return { rows, errors };
  }

  async insertSteps(
    m: EntityManager,
    actor: Actor,
    region: RegionEntity,
    rows: MszuStatusStepEntity[],
    action: string,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 400)
      await m.getRepository(MszuStatusStepEntity).insert(rows.slice(i, i + 400));
    await recordAudit(m, actor, {
      strategyId: null,
      entity: 'mszu_status',
      entityId: region.id,
      action,
      details: {
        region: region.code,
        steps: rows.map((r) => ({
          id: r.id,
          serviceId: r.serviceId,
          step: r.step,
          on: r.effectiveOn,
          reason: r.reason,
        })),
      },
    });
  }

  /** Records steps for a region, all or nothing (the bulk change of the editor's table). */
  async recordSteps(actor: Actor, regionCode: string, steps: readonly StepRequest[]): Promise<MszuStatusStepEntity[]> {
    if (!steps.length) throw badUserInput([{ field: 'steps', rule: 'required', message: 'No steps given.' }]);
    if (steps.length > 2000)
      throw badUserInput([
        { field: 'steps', rule: 'too_many', message: 'At most 2000 steps at once.', params: { max: 2000 } },
      ]);
    return this.db.write(async (m) => {
      const region = await this.regionFor(m, actor, regionCode);
      const { rows, errors } = await this.checkSteps(m, actor, region, steps);
      if (errors.length) throw badUserInput(errors.map((e) => e.error));
      await this.insertSteps(m, actor, region, rows, 'mszu_status.record');
      return rows;
    });
  }

  /** Replaces a recorded entry with a corrected one; the reason is required and the old entry stays, marked superseded. */
  async correctStep(
    actor: Actor,
    entryId: string,
    change: { step: string; on: string; reason: string },
  ): Promise<MszuStatusStepEntity> {
    return this.db.write(async (m) => {
      const entry = await m.getRepository(MszuStatusStepEntity).findOneBy({ id: entryId });
      if (!entry) throw new DomainError('NOT_FOUND', 'No such step entry.', 'id');
      const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: entry.regionId });
      if (!canEditRegion(actor, region.code))
        throw new DomainError('FORBIDDEN', 'Only the region’s own editor or an admin changes its МСЗУ statuses.');
      if (entry.supersededById) throw new DomainError('CONFLICT', 'This entry was already corrected.', 'id');
      if (!change.reason.trim())
        throw badUserInput([
          { field: 'input.reason', rule: 'mszu_correction_needs_reason', message: 'A correction needs a reason.' },
        ]);
      const service = await m.getRepository(MszuServiceEntity).findOneByOrFail({ id: entry.serviceId });
      // Validate against the history without the entry being replaced.
      await m.getRepository(MszuStatusStepEntity).update({ id: entry.id }, { supersededById: entry.id });
      const { rows, errors } = await this.checkSteps(
        m,
        actor,
        region,
        [{ serviceCode: service.code, ...change }],
        'input',
      );
      if (errors.length)
        throw badUserInput(errors.map((e) => ({ ...e.error, field: e.error.field.replace('input[0]', 'input') })));
      await m.getRepository(MszuStatusStepEntity).update({ id: entry.id }, { supersededById: rows[0]!.id });
      await this.insertSteps(m, actor, region, rows, 'mszu_status.correct');
      return rows[0]!;
    });
  }

  /** Marks a month's report as made (once; the first time counts for timeliness). */
  async reportMonth(actor: Actor, regionCode: string, periodText: string): Promise<MszuReportEntity> {
    const period = monthArg(periodText);
    return this.db.write(async (m) => {
      const region = await this.regionFor(m, actor, regionCode);
      const repo = m.getRepository(MszuReportEntity);
      const key = formatPeriod(period);
      const found = await repo.findOneBy({ regionId: region.id, period: key });
      if (found) return found;
      if (periodEnd(period) > this.today() && key > this.today().slice(0, 7)) {
        throw badUserInput([{ field: 'period', rule: 'mszu_date_in_future', message: 'That month has not begun.' }]);
      }
      const report: MszuReportEntity = {
        id: randomUUID(),
        regionId: region.id,
        period: key,
        reportedById: actor.userId,
        reportedAt: new Date(),
      };
      await repo.insert(report);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'mszu_report',
        entityId: report.id,
        action: 'mszu_report.submit',
        details: { region: region.code, period: key },
      });
      return report;
    });
  }
}
