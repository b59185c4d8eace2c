import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lateness } from '@tsifra/domain/strategy/deadline';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { GoalEntity } from '../../modules/goal/goal.entity';
import { IndicatorValueEntity } from '../../modules/goal/indicator-value.entity';
import { buildSnapshot } from '../../modules/review/snapshot.service';
import { StrategyRevisionEntity } from '../../modules/review/strategy-revision.entity';
import { copyContent, draftAmendment } from '../../modules/strategy/edition.service';
import { StrategyEntity } from '../../modules/strategy/strategy.entity';

/**
 * Demo: RU-KHM's strategy was amended in a second edition adopted in 2022 (issue 12). The second edition is
 * built as an amendment is — its content copied from edition 1 by the amendment's own copy function, so goals and
 * indicators keep their lineage and the 2021–2023 actuals follow them — then approved and put in force, with
 * edition 1 superseded on the day. The act's number and date are demo values (check them against the official
 * register before quoting them as real).
 */
export const KHMAO_EDITION_2 = {
  approvedAt: '2022-06-10T09:00:00Z',
  act: {
    actKind: 'RASPORYAZHENIE',
    actNumber: '301-рп',
    actDate: '2022-06-10',
    actIssuer: 'Правительства Ханты-Мансийского автономного округа — Югры',
  },
} as const;

export async function seedSecondEdition(m: EntityManager, edition1: StrategyEntity, now: Date): Promise<void> {
  const approvedAt = new Date(KHMAO_EDITION_2.approvedAt);
  const edition2: StrategyEntity = {
    id: randomUUID(),
    regionId: edition1.regionId,
    status: 'APPROVED',
    version: 1,
    // Its review (revisions, remarks) is not seeded: the demo shows the edition in force, not its review history.
    revision: 0,
    deadline: edition1.deadline,
    edition: edition1.edition + 1,
    basedOnId: edition1.id,
    submittedAt: new Date(approvedAt.getTime() - 14 * 86_400_000),
    approvedAt,
    ...KHMAO_EDITION_2.act,
    createdAt: now,
    updatedAt: now,
  };
  await m.getRepository(StrategyEntity).insert(edition2);
  await copyContent(m, edition1.id, edition2.id, now);
  await m.getRepository(StrategyEntity).update({ id: edition1.id }, { supersededAt: approvedAt });
}

/**
 * DEMO DATA — invented: RU-YAN amends its approved strategy, and edition 2 waits for federal review, so the demo has
 * an amendment in the reviewers' queue (issue 12's flow, seen from the reviewer's side). Built as the amendment
 * service builds one: content copied from edition 1 (lineage kept), edition 1 frozen as the base the diff compares
 * with, then the region's change — one 2024 target raised and its goal reworded — and revision 1 frozen at
 * submission. Edition 1 stays in force until a reviewer approves edition 2.
 */
export const YANAO_AMENDMENT = {
  regionCode: 'RU-YAN',
  submittedAt: '2022-11-14T09:00:00Z',
  deadline: '2022-12-01',
  /** Added to the first 2024 target of the first 2024 goal. */
  targetRaise: 5,
  titleSuffix: ' (уточнено в редакции 2, демо)',
} as const;

export async function seedAmendmentUnderReview(
  m: EntityManager,
  edition1: StrategyEntity,
  editorId: string | null,
  now: Date,
): Promise<void> {
  const submittedAt = new Date(YANAO_AMENDMENT.submittedAt);
  const { draft: edition2, base } = await draftAmendment(m, edition1, YANAO_AMENDMENT.deadline, now);

  // The region's change.
  const goal = base.goals.find((g) => g.horizon === 'Y2024' && g.indicators.some((i) => i.targets.length));
  const indicator = goal?.indicators.find((i) => i.targets.some((t) => t.year === 2024));
  const target = indicator?.targets.find((t) => t.year === 2024);
  if (!goal || !indicator || !target) throw new Error('RU-YAN demo amendment: no 2024 target to change');
  await m.getRepository(GoalEntity).update({ id: goal.id }, { title: goal.title + YANAO_AMENDMENT.titleSuffix });
  await m
    .getRepository(IndicatorValueEntity)
    .update(
      { indicatorId: indicator.id, kind: 'TARGET', year: 2024 },
      { value: target.value + YANAO_AMENDMENT.targetRaise },
    );

  // Submitted: revision 1 frozen, as the workflow's submission does.
  const submitted = { status: 'SUBMITTED' as const, revision: 1, submittedAt };
  await m.getRepository(StrategyEntity).update({ id: edition2.id }, submitted);
  const { late, daysLate } = lateness(edition2.deadline, submittedAt.toISOString());
  await m.getRepository(StrategyRevisionEntity).insert({
    id: randomUUID(),
    strategyId: edition2.id,
    number: 1,
    snapshot: JSON.stringify(await buildSnapshot(m, edition2.id)),
    submittedById: editorId,
    submittedAt,
    deadline: edition2.deadline,
    late,
    daysLate,
  });
  const event = (action: string, at: Date, details: Record<string, unknown>): AuditEventEntity => ({
    id: randomUUID(),
    strategyId: edition2.id,
    entity: 'strategy',
    entityId: edition2.id,
    action,
    actorId: editorId,
    details: JSON.stringify({ ...details, demo: true }),
    createdAt: at,
  });
  await m.getRepository(AuditEventEntity).insert([
    event('strategy.amend', new Date(submittedAt.getTime() - 7 * 86_400_000), {
      regionCode: YANAO_AMENDMENT.regionCode,
      from: { id: edition1.id, edition: edition1.edition },
      edition: edition2.edition,
    }),
    event('strategy.submit', submittedAt, { from: 'DRAFT', to: 'SUBMITTED', revision: 1, late, daysLate }),
  ]);
}
