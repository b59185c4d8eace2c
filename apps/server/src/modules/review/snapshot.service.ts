import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lateness } from '@tsifra/domain/strategy/deadline';
import type { IndicatorDirection } from '@tsifra/domain/strategy/indicators';
import { normalizeSnapshot, SNAPSHOT_FORMAT, type StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import { GoalEntity } from '../goal/goal.entity';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { SectorEntity } from '../sector/sector.entity';
import { StrategySectorEntity } from '../strategy/strategy-sector.entity';
import type { StrategyEntity } from '../strategy/strategy.entity';
import { StrategyRevisionEntity } from './strategy-revision.entity';

/** Reads a strategy's whole content as a snapshot: six statements whatever its size. */
export async function buildSnapshot(m: EntityManager, strategyId: string): Promise<StrategySnapshot> {
  // One after another: inside a transaction they share one connection.
  const chosen = await m
    .getRepository(StrategySectorEntity)
    .find({ where: { strategyId }, order: { position: 'ASC' } });
  const sectors = await m.getRepository(SectorEntity).find();
  const goals = await m.getRepository(GoalEntity).find({ where: { strategyId } });
  const indicators = await m.getRepository(IndicatorEntity).find({ where: { strategyId }, order: { position: 'ASC' } });
  const initiatives = await m
    .getRepository(InitiativeEntity)
    .find({ where: { strategyId }, order: { position: 'ASC' } });
  const values = indicators.length
    ? await m
        .getRepository(IndicatorValueEntity)
        .createQueryBuilder('v')
        .innerJoin(IndicatorEntity, 'i', 'i.id = v.indicator_id')
        .where('i.strategy_id = :strategyId AND v.kind = :kind', { strategyId, kind: 'TARGET' })
        .orderBy('v.year', 'ASC')
        .getMany()
    : [];
  const sectorById = new Map(sectors.map((s) => [s.id, s]));
  const targetsOf = new Map<string, { year: number; value: number }[]>();
  for (const v of values)
    targetsOf.set(v.indicatorId, [...(targetsOf.get(v.indicatorId) ?? []), { year: v.year, value: Number(v.value) }]);
  const indicatorsOf = new Map<string, IndicatorEntity[]>();
  for (const i of indicators) indicatorsOf.set(i.goalId, [...(indicatorsOf.get(i.goalId) ?? []), i]);
  return normalizeSnapshot({
    format: SNAPSHOT_FORMAT,
    sectors: chosen.map((c) => {
      const s = sectorById.get(c.sectorId)!;
      return { code: s.code, name: s.name, nameEn: s.nameEn, rationale: c.rationale };
    }),
    goals: goals.map((g) => ({
      id: g.id,
      parentId: g.parentId,
      sectorCode: sectorById.get(g.sectorId)?.code ?? '',
      horizon: g.horizon,
      title: g.title,
      description: g.description,
      position: g.position,
      indicators: (indicatorsOf.get(g.id) ?? []).map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        direction: (i.direction as IndicatorDirection | null) ?? null,
        baselineYear: i.baselineYear,
        baselineValue: Number(i.baselineValue),
        responsible: i.responsible,
        targets: targetsOf.get(i.id) ?? [],
      })),
    })),
    initiatives: initiatives.map((n) => ({
      id: n.id,
      goalId: n.goalId,
      title: n.title,
      description: null,
      details: {
        kind: n.kind,
        templateCode: n.templateCode,
        startDate: n.startDate,
        endDate: n.endDate,
        responsible: n.responsible,
      },
    })),
  });
}

/**
 * Freezes the strategy's current content as revision `number` (inside the submitting transaction),
 * marking it late by whole days after the deadline in force.
 */
export async function freezeRevision(
  m: EntityManager,
  strategy: Pick<StrategyEntity, 'id' | 'deadline'>,
  number: number,
  submittedById: string | null,
  submittedAt: Date,
): Promise<StrategyRevisionEntity> {
  const snapshot = await buildSnapshot(m, strategy.id);
  const { late, daysLate } = lateness(strategy.deadline, submittedAt.toISOString());
  const revision: StrategyRevisionEntity = {
    id: randomUUID(),
    strategyId: strategy.id,
    number,
    snapshot: JSON.stringify(snapshot),
    submittedById,
    submittedAt,
    deadline: strategy.deadline,
    late,
    daysLate,
  };
  await m.getRepository(StrategyRevisionEntity).insert(revision);
  return revision;
}
