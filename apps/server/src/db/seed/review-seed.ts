/**
 * DEMO DATA — the review history of the demo strategies (invented): frozen revisions (an approved
 * strategy has an earlier edition, so the diff has something to show), remarks and the audit trail of
 * submissions and decisions.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lateness } from '@tsifra/domain/strategy/deadline';
import type { StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { CommentEntity } from '../../modules/comment/comment.entity';
import { buildSnapshot } from '../../modules/review/snapshot.service';
import { StrategyRevisionEntity } from '../../modules/review/strategy-revision.entity';
import type { StrategyEntity } from '../../modules/strategy/strategy.entity';
import type { DemoStrategy } from './demo-strategies';

const DAY = 86_400_000;

/** The first edition of an approved demo strategy: one 2024 goal worded differently, its first target lower, the last 2021 task not yet there. */
function earlierEdition(current: StrategySnapshot): StrategySnapshot {
  const copy = JSON.parse(JSON.stringify(current)) as StrategySnapshot;
  const goal2024 = copy.goals.find((g) => g.horizon === 'Y2024');
  if (goal2024) {
    goal2024.title = `${goal2024.title} (первая редакция)`;
    const target = goal2024.indicators[0]?.targets.find((t) => t.year === 2024);
    if (target) target.value = Math.round((target.value - 5) * 10) / 10;
  }
  const lastTask = copy.goals.filter((g) => g.horizon === 'Y2021').at(-1);
  if (lastTask) copy.goals = copy.goals.filter((g) => g.id !== lastTask.id);
  return copy;
}

/** Freezes the demo strategy's revisions and adds its remarks and audit events. */
export async function seedReview(
  m: EntityManager,
  demo: DemoStrategy,
  strategy: StrategyEntity,
  people: { reviewerId: string; editorId: string | null },
): Promise<void> {
  if (strategy.revision === 0 || !strategy.submittedAt) return;
  const current = await buildSnapshot(m, strategy.id);
  const lastAt = strategy.submittedAt;
  const editions =
    strategy.revision >= 2
      ? [
          { number: 1, snapshot: earlierEdition(current), at: new Date(lastAt.getTime() - 10 * DAY) },
          { number: 2, snapshot: current, at: lastAt },
        ]
      : [{ number: 1, snapshot: current, at: lastAt }];
  const audit: AuditEventEntity[] = [];
  const event = (action: string, actorId: string | null, at: Date, details: Record<string, unknown>) =>
    audit.push({
      id: randomUUID(),
      strategyId: strategy.id,
      entity: 'strategy',
      entityId: strategy.id,
      action,
      actorId,
      details: JSON.stringify({ ...details, demo: true }),
      createdAt: at,
    });
  for (const e of editions) {
    const { late, daysLate } = lateness(strategy.deadline, e.at.toISOString());
    await m.getRepository(StrategyRevisionEntity).insert({
      id: randomUUID(),
      strategyId: strategy.id,
      number: e.number,
      snapshot: JSON.stringify(e.snapshot),
      submittedById: people.editorId,
      submittedAt: e.at,
      deadline: strategy.deadline,
      late,
      daysLate,
    });
    event('strategy.submit', people.editorId, e.at, {
      from: e.number === 1 ? 'DRAFT' : 'CHANGES_REQUESTED',
      to: 'SUBMITTED',
      revision: e.number,
      late,
      daysLate,
    });
  }

  const first = editions[0]!;
  const goal2024 = first.snapshot.goals.find((g) => g.horizon === 'Y2024');
  const indicator = goal2024?.indicators[0];
  const remark = (
    at: Date,
    fields: Partial<CommentEntity> & Pick<CommentEntity, 'body' | 'severity'>,
  ): CommentEntity => ({
    id: randomUUID(),
    strategyId: strategy.id,
    goalId: null,
    authorId: people.reviewerId,
    createdAt: at,
    status: 'OPEN',
    parentId: null,
    revision: 1,
    pinnedGoalId: null,
    indicatorId: null,
    year: null,
    resolvedAt: null,
    resolvedById: null,
    ...fields,
  });
  const remarks: CommentEntity[] = [];
  const reviewedAt = new Date(first.at.getTime() + DAY);
  if (demo.status === 'APPROVED' && goal2024 && indicator) {
    remarks.push(
      remark(reviewedAt, {
        body: 'Целевое значение на 2024 год занижено относительно федерального ориентира. (демо)',
        severity: 'MAJOR',
        goalId: goal2024.id,
        pinnedGoalId: goal2024.id,
        indicatorId: indicator.id,
        year: 2024,
        status: 'RESOLVED',
        resolvedAt: new Date(lastAt.getTime() + DAY),
        resolvedById: people.reviewerId,
      }),
    );
    event('strategy.request_changes', people.reviewerId, reviewedAt, {
      from: 'SUBMITTED',
      to: 'CHANGES_REQUESTED',
      revision: 1,
    });
    event('strategy.approve', people.reviewerId, new Date(lastAt.getTime() + 2 * DAY), {
      from: 'SUBMITTED',
      to: 'APPROVED',
      revision: 2,
    });
  }
  if (demo.status === 'CHANGES_REQUESTED') {
    if (demo.returnComment) remarks.push(remark(reviewedAt, { body: demo.returnComment, severity: 'MAJOR' }));
    if (goal2024 && indicator) {
      remarks.push(
        remark(reviewedAt, {
          body: 'Нет обоснования целевого значения на 2024 год: укажите источник данных. (демо)',
          severity: 'BLOCKER',
          goalId: goal2024.id,
          pinnedGoalId: goal2024.id,
          indicatorId: indicator.id,
          year: 2024,
        }),
      );
    }
    event('strategy.request_changes', people.reviewerId, reviewedAt, {
      from: 'SUBMITTED',
      to: 'CHANGES_REQUESTED',
      revision: 1,
      comment: demo.returnComment ?? null,
    });
  }
  if (demo.status === 'SUBMITTED') {
    const goal2030 = first.snapshot.goals.find((g) => g.horizon === 'Y2030');
    if (goal2030)
      remarks.push(
        remark(reviewedAt, {
          body: 'Уточните формулировку цели: что изменится для жителей к 2030 году? (демо)',
          severity: 'MINOR',
          goalId: goal2030.id,
          pinnedGoalId: goal2030.id,
        }),
      );
  }
  if (remarks.length) await m.getRepository(CommentEntity).insert(remarks);
  await m.getRepository(AuditEventEntity).insert(audit);
}
