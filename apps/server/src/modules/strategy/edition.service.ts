import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import type { StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import type { Actor } from '@tsifra/domain/roles';
import {
  amendRefusal,
  canAmend,
  latestEdition,
  nextEdition,
  normalizeLegalAct,
  validateLegalAct,
  type LegalActDraft,
} from '@tsifra/domain/strategy/editions';
import { contentExistsFor } from '@tsifra/domain/strategy/visibility';
import type { Database } from '../../db/data-source';
import { claimVersion } from '../../db/optimistic-lock';
import type { Clock } from '../../shared/clock';
import { recordAudit } from '../audit/audit';
import { GoalEntity } from '../goal/goal.entity';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { buildSnapshot } from '../review/snapshot.service';
import { loadStrategy } from './strategy-document';
import { StrategySectorEntity } from './strategy-sector.entity';
import { StrategyEntity } from './strategy.entity';

/** How long a region has to submit an amendment, by default (an assumption; reviewers move it with setDeadline). */
export const AMENDMENT_DAYS = 60;

/**
 * Editions and amendments (issue 12). An amendment is a new `strategies` row — edition + 1, a DRAFT copied from
 * the edition in force — reviewed through the shared workflow like any strategy; approving it puts it in force
 * (`supersedeEarlier` in edition-force.ts, called by the strategy's workflow adapter). Goals and indicators carry their lineage, so
 * actuals (keyed by lineage) and the amendment's diff follow them.
 */
export class EditionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Starts an amendment from the approved edition in force; returns the new draft edition. */
  async amend(actor: Actor, strategyId: string): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const { document: source, regionCode } = await loadStrategy(m, strategyId, 'id');
      if (!contentExistsFor(actor, regionCode, source.status))
        throw new DomainError('NOT_FOUND', 'No such strategy.', 'id');
      const editions = await m
        .getRepository(StrategyEntity)
        .find({ where: { regionId: source.regionId }, select: { id: true, edition: true, status: true } });
      const latest = latestEdition(editions)!;
      const refusal = amendRefusal(actor, regionCode, {
        status: source.status,
        superseded: source.supersededAt != null,
        latestEdition: latest.edition,
        latestOpen: latest.status !== 'APPROVED',
      });
      if (refusal) {
        if (refusal.code === 'BAD_USER_INPUT') throw badUserInput([refusal.error], refusal.error.message);
        throw new DomainError(refusal.code, refusal.error.message, refusal.error.field, [refusal.error]);
      }
      // Claiming the source's version makes two concurrent amendments collide: the second gets CONFLICT.
      await claimVersion(m, StrategyEntity, source, source.version, 'strategy');
      const now = this.clock.now();
      const deadline = new Date(now.getTime() + AMENDMENT_DAYS * 86_400_000).toISOString().slice(0, 10);
      const { draft } = await draftAmendment(m, source, deadline, now);
      await recordAudit(m, actor, {
        strategyId: draft.id,
        entity: 'strategy',
        entityId: draft.id,
        action: 'strategy.amend',
        details: { regionCode, from: { id: source.id, edition: source.edition }, edition: draft.edition },
      });
      return draft;
    });
  }

  /** Records (or corrects) the legal act that adopted an approved edition: the region's editor or an admin. */
  async setLegalAct(actor: Actor, strategyId: string, input: LegalActDraft): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const { document: strategy, regionCode } = await loadStrategy(m, strategyId, 'strategyId');
      if (!contentExistsFor(actor, regionCode, strategy.status))
        throw new DomainError('NOT_FOUND', 'No such strategy.', 'strategyId');
      if (!canAmend(actor, regionCode))
        throw new DomainError('FORBIDDEN', 'Only the region’s own editor or an admin records the adopting act.');
      if (strategy.status !== 'APPROVED')
        throw new DomainError('INVALID_TRANSITION', 'An act adopts an approved edition only.', 'strategyId', [
          { field: 'strategyId', rule: 'act_not_approved', message: 'An act adopts an approved edition only.' },
        ]);
      const approvedOn = strategy.approvedAt ? new Date(strategy.approvedAt).toISOString().slice(0, 10) : null;
      const errors = validateLegalAct(input, { today: this.clock.today(), approvedOn });
      if (errors.length) throw badUserInput(errors.map((e) => ({ ...e, field: `input.${e.field}` })));
      const act = normalizeLegalAct(input);
      const before = { kind: strategy.actKind, number: strategy.actNumber, date: strategy.actDate };
      const patch = { actKind: act.kind, actNumber: act.number, actDate: act.date, actIssuer: act.issuer };
      await m.getRepository(StrategyEntity).update({ id: strategy.id }, patch);
      await recordAudit(m, actor, {
        strategyId: strategy.id,
        entity: 'strategy',
        entityId: strategy.id,
        action: 'strategy.set_legal_act',
        details: { edition: strategy.edition, before, after: act },
      });
      return Object.assign(strategy, patch);
    });
  }
}

/**
 * The new DRAFT edition of an amendment: the next edition number, its content copied from `source` (lineage kept),
 * and that starting content frozen as its base snapshot (what the review diff compares with). Returns the draft and
 * the base. The amendment service calls it; so does the demo seed, to build an amendment the way the service does.
 */
export async function draftAmendment(
  m: EntityManager,
  source: Pick<StrategyEntity, 'id' | 'regionId' | 'edition'>,
  deadline: string,
  now: Date,
): Promise<{ draft: StrategyEntity; base: StrategySnapshot }> {
  const draft: StrategyEntity = {
    id: randomUUID(),
    regionId: source.regionId,
    status: 'DRAFT',
    version: 1,
    revision: 0,
    deadline,
    edition: nextEdition(source.edition),
    basedOnId: source.id,
    submittedAt: null,
    approvedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await m.getRepository(StrategyEntity).insert(draft);
  await copyContent(m, source.id, draft.id, now);
  const base = await buildSnapshot(m, draft.id);
  await m.getRepository(StrategyEntity).update({ id: draft.id }, { baseSnapshot: JSON.stringify(base) });
  return { draft, base };
}

/**
 * Copies an edition's content into a new one: chosen sectors, goals (parents remapped), indicators with their
 * target values, initiatives. Goals and indicators keep their lineage (the first edition's id). Also used by the
 * demo seed to build KhMAO's second edition the way an amendment would.
 */
export async function copyContent(m: EntityManager, fromId: string, toId: string, now: Date): Promise<void> {
  const sectors = await m.getRepository(StrategySectorEntity).findBy({ strategyId: fromId });
  if (sectors.length)
    await m
      .getRepository(StrategySectorEntity)
      .insert(sectors.map((s) => ({ ...s, id: randomUUID(), strategyId: toId })));
  const goals = await m.getRepository(GoalEntity).findBy({ strategyId: fromId });
  const goalId = new Map(goals.map((g) => [g.id, randomUUID()]));
  // Parents first: the self-reference is checked row by row on PostgreSQL.
  const ordered = topological(goals);
  for (let i = 0; i < ordered.length; i += 200)
    await m.getRepository(GoalEntity).insert(
      ordered.slice(i, i + 200).map((g) => ({
        ...g,
        id: goalId.get(g.id)!,
        strategyId: toId,
        parentId: g.parentId ? (goalId.get(g.parentId) ?? null) : null,
        lineageId: g.lineageId ?? g.id,
        createdAt: now,
        updatedAt: now,
      })),
    );
  const indicators = await m.getRepository(IndicatorEntity).findBy({ strategyId: fromId });
  const indicatorId = new Map(indicators.map((i) => [i.id, randomUUID()]));
  for (let i = 0; i < indicators.length; i += 200)
    await m.getRepository(IndicatorEntity).insert(
      indicators.slice(i, i + 200).map((row) => ({
        ...row,
        id: indicatorId.get(row.id)!,
        goalId: goalId.get(row.goalId)!,
        strategyId: toId,
        lineageId: row.lineageId ?? row.id,
      })),
    );
  if (indicators.length) {
    const values = await m
      .getRepository(IndicatorValueEntity)
      .createQueryBuilder('v')
      .innerJoin(IndicatorEntity, 'i', 'i.id = v.indicator_id')
      .where('i.strategy_id = :fromId', { fromId })
      .getMany();
    for (let i = 0; i < values.length; i += 200)
      await m
        .getRepository(IndicatorValueEntity)
        .insert(
          values
            .slice(i, i + 200)
            .map((v) => ({ ...v, id: randomUUID(), indicatorId: indicatorId.get(v.indicatorId)! })),
        );
  }
  const initiatives = await m.getRepository(InitiativeEntity).findBy({ strategyId: fromId });
  if (initiatives.length)
    await m
      .getRepository(InitiativeEntity)
      .insert(initiatives.map((n) => ({ ...n, id: randomUUID(), strategyId: toId, goalId: goalId.get(n.goalId)! })));
}

/** Goals with every parent before its children. */
function topological(goals: GoalEntity[]): GoalEntity[] {
  const byParent = new Map<string | null, GoalEntity[]>();
  const ids = new Set(goals.map((g) => g.id));
  for (const g of goals) {
    const key = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), g]);
  }
  const out: GoalEntity[] = [];
  const visit = (parent: string | null) => {
    for (const g of byParent.get(parent) ?? []) {
      out.push(g);
      visit(g.id);
    }
  };
  visit(null);
  return out;
}
