import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError, type FieldError } from '@tsifra/domain/errors';
import { isMaturityKeySector } from '@tsifra/domain/rating/maturity';
import { maturityReportDeadline } from '@tsifra/domain/rating/maturity-report';
import { parsePeriodOf } from '@tsifra/domain/period';
import type { RemarkDisposition } from '@tsifra/domain/strategy/remarks';
import { canEditContent } from '@tsifra/domain/strategy/workflow';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../../db/data-source';
import { claimVersion } from '../../db/optimistic-lock';
import type { Clock } from '../../shared/clock';
import { checkBody } from '../../shared/text';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import { WorkflowService } from '../workflow/workflow.service';
import { maturityReportDocument } from './maturity-report-document';
import { MaturityReportEntity } from './maturity-report.entity';
import { MaturityReturnEntity } from './rating.entity';

export interface MaturityValueInput {
  sector: string;
  value: number;
}

/** Field errors of a quarter and its values, before anything is read. */
function checkValues(quarter: string, values: MaturityValueInput[], at: (i: number) => string): FieldError[] {
  const errors: FieldError[] = [];
  if (!parsePeriodOf('QUARTER', quarter))
    errors.push({ field: 'input.quarter', rule: 'period_not_quarter', message: 'Expected a quarter such as 2021-Q3.' });
  values.forEach((v, i) => {
    if (!isMaturityKeySector(v.sector))
      errors.push({
        field: `${at(i)}.sector`,
        rule: 'sector_not_key',
        message: 'Not one of the five key sectors of the maturity index.',
      });
    if (!Number.isFinite(v.value) || v.value < 0 || v.value > 100)
      errors.push({ field: `${at(i)}.value`, rule: 'percent_range', message: 'The value must be within 0–100.' });
  });
  return errors;
}

/**
 * The quarterly maturity return: the region's editor (or an admin) saves the key sectors' values while the
 * return is a draft or returned, submits it; a federal reviewer returns it with a note or approves it — every
 * move through the shared workflow (workflow.service.ts) with the maturity return's adapter.
 */
export class MaturityReportService {
  private readonly workflow: WorkflowService;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.workflow = new WorkflowService(db, clock);
  }

  /**
   * Saves values of a region-quarter's return, opening the return (DRAFT) on the first save. Refused with
   * FORBIDDEN for another region's editor and reviewers, INVALID_TRANSITION once submitted or approved,
   * CONFLICT for a stale `version` (when given). Every changed value is audited.
   */
  async save(
    actor: Actor,
    input: { regionCode: string; quarter: string; version?: number | null; values: MaturityValueInput[] },
    valuesField = 'input.values',
  ): Promise<{ report: MaturityReportEntity; rows: MaturityReturnEntity[] }> {
    const regionCode = input.regionCode.trim().toUpperCase();
    const denied = canEditContent(actor, regionCode, 'DRAFT', 'maturity return');
    if (denied) throw new DomainError(denied.code, denied.reason, 'input.regionCode');
    if (input.values.length === 0)
      throw badUserInput([{ field: valuesField, rule: 'required', message: 'Give at least one value.' }]);
    const errors = checkValues(input.quarter, input.values, (i) =>
      valuesField === 'input' ? 'input' : `${valuesField}[${i}]`,
    );
    if (errors.length) throw badUserInput(errors);
    return this.db.write(async (m) => {
      const region = await m.getRepository(RegionEntity).findOneBy({ code: regionCode });
      if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}".`, 'input.regionCode');
      const report = await this.openReport(m, region.id, input.quarter);
      const refusal = canEditContent(actor, regionCode, report.status, 'maturity return');
      if (refusal) throw new DomainError(refusal.code, refusal.reason, 'input.regionCode');
      await claimVersion(m, MaturityReportEntity, report, input.version ?? report.version, 'maturity return');
      const repo = m.getRepository(MaturityReturnEntity);
      const existing = await repo.find({ where: { regionId: region.id, quarter: input.quarter } });
      const rows: MaturityReturnEntity[] = [];
      for (const v of input.values) {
        const found = existing.find((r) => r.sector === v.sector);
        const row: MaturityReturnEntity = found ?? {
          id: randomUUID(),
          regionId: region.id,
          quarter: input.quarter,
          sector: v.sector,
          value: 0,
          reportedOn: '',
          demo: false,
        };
        const before = found?.value ?? null;
        Object.assign(row, { value: v.value, reportedOn: this.clock.today(), demo: false });
        await repo.save(row);
        await recordAudit(m, actor, {
          strategyId: null,
          reportId: report.id,
          entity: 'maturity_return',
          entityId: row.id,
          action: 'maturity_return.set',
          details: { regionCode, quarter: input.quarter, sector: v.sector, before, after: v.value },
        });
        rows.push(row);
      }
      return { report, rows };
    });
  }

  submit(actor: Actor, id: string, version: number): Promise<MaturityReportEntity> {
    return this.workflow.transition(maturityReportDocument, actor, id, 'SUBMITTED', { version });
  }

  requestChanges(actor: Actor, id: string, comment: string): Promise<MaturityReportEntity> {
    return this.workflow.transition(maturityReportDocument, actor, id, 'CHANGES_REQUESTED', {
      note: comment.trim() ? checkBody(comment, 'comment') : null,
    });
  }

  approve(actor: Actor, id: string, remarks?: RemarkDisposition): Promise<MaturityReportEntity> {
    return this.workflow.transition(maturityReportDocument, actor, id, 'APPROVED', { remarks });
  }

  /** The region-quarter's return, created as a DRAFT due the 8th of the month after the quarter. */
  private async openReport(m: EntityManager, regionId: string, quarter: string): Promise<MaturityReportEntity> {
    const repo = m.getRepository(MaturityReportEntity);
    const found = await repo.findOneBy({ regionId, quarter });
    if (found) return found;
    const now = this.clock.now();
    const report: MaturityReportEntity = {
      id: randomUUID(),
      regionId,
      quarter,
      status: 'DRAFT',
      version: 1,
      revision: 0,
      deadline: maturityReportDeadline(quarter),
      submittedAt: null,
      reviewComment: null,
      approvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await repo.insert(report);
    return report;
  }
}
