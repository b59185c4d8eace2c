import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';
import { isMaturityKeySector, type MaturityKeySector } from '@tsifra/domain/rating/maturity';
import { maturityReportProblems } from '@tsifra/domain/rating/maturity-report';
import { lateness } from '@tsifra/domain/strategy/deadline';
import { RegionEntity } from '../region/region.entity';
import type { DocumentAdapter } from '../workflow/document-adapter';
import { MaturityReportEntity, MaturityReportRevisionEntity } from './maturity-report.entity';
import { MaturityReturnEntity } from './rating.entity';

/** Loads a maturity return with its region's code (NOT_FOUND on `field`). */
export async function loadMaturityReport(
  m: EntityManager,
  id: string,
  field = 'id',
): Promise<{ document: MaturityReportEntity; regionCode: string }> {
  const document = await m.getRepository(MaturityReportEntity).findOneBy({ id });
  if (!document) throw new DomainError('NOT_FOUND', 'No such maturity return.', field);
  const region = await m.getRepository(RegionEntity).findOneByOrFail({ id: document.regionId });
  return { document, regionCode: region.code };
}

export type MaturityValues = Partial<Record<MaturityKeySector, number>>;

/** The region-quarter's current key-sector values (the return's content). */
export async function maturityReportValues(m: EntityManager, report: MaturityReportEntity): Promise<MaturityValues> {
  const rows = await m
    .getRepository(MaturityReturnEntity)
    .find({ where: { regionId: report.regionId, quarter: report.quarter } });
  const values: MaturityValues = {};
  for (const r of rows) if (isMaturityKeySector(r.sector)) values[r.sector] = r.value;
  return values;
}

/** A region's quarterly maturity return in the shared review workflow; complete = all five key sectors. */
export const maturityReportDocument: DocumentAdapter<MaturityReportEntity, MaturityValues> = {
  type: 'maturity_report',
  label: 'maturity return',
  entity: MaturityReportEntity,
  auditEntity: 'maturity_report',
  load: loadMaturityReport,
  async inspect(m, report) {
    const content = await maturityReportValues(m, report);
    const problems = maturityReportProblems(content).map((p) => ({ ...p, field: 'id' }));
    return { problems, content };
  },
  async freeze(m, report, number, actor, now, content) {
    const { late, daysLate } = lateness(report.deadline, now.toISOString());
    await m.getRepository(MaturityReportRevisionEntity).insert({
      id: randomUUID(),
      reportId: report.id,
      number,
      snapshot: JSON.stringify({ format: 1, quarter: report.quarter, values: content }),
      submittedById: actor.userId,
      submittedAt: now,
      deadline: report.deadline,
      late,
      daysLate,
    });
    return { number, deadline: report.deadline, late, daysLate };
  },
  decided: (to, note, now) =>
    to === 'CHANGES_REQUESTED' ? { reviewComment: note } : to === 'APPROVED' ? { approvedAt: now } : {},
  notificationKind: (to) => `MATURITY_${to}`,
};
