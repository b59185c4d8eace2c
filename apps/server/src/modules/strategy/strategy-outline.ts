import type { EntityManager } from 'typeorm';
import type { StrategyOutline } from '@tsifra/domain/strategy/completeness';
import { GoalEntity } from '../goal/goal.entity';
import { IndicatorValueEntity } from '../goal/indicator-value.entity';
import { IndicatorEntity } from '../goal/indicator.entity';
import { SectorEntity } from '../sector/sector.entity';
import { StrategySectorEntity } from './strategy-sector.entity';

export interface OutlineRows {
  sectorCodes: string[];
  sectorCodeById: Map<string, string>;
  goals: Pick<GoalEntity, 'id' | 'sectorId' | 'horizon' | 'parentId'>[];
  indicatorsByGoal: Map<string, Pick<IndicatorEntity, 'id' | 'name'>[]>;
  targetsByIndicator: Map<string, { year: number; value: number }[]>;
}

export function toOutline(rows: OutlineRows): StrategyOutline {
  return {
    sectors: rows.sectorCodes,
    goals: rows.goals.map((g) => ({
      id: g.id,
      sectorCode: rows.sectorCodeById.get(g.sectorId) ?? '',
      horizon: g.horizon,
      parentId: g.parentId,
      indicators: (rows.indicatorsByGoal.get(g.id) ?? []).map((i) => ({
        name: i.name,
        targets: rows.targetsByIndicator.get(i.id) ?? [],
      })),
    })),
  };
}

function group<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

/** The strategy's completeness outline read inside a transaction: five statements whatever its size. */
export async function loadOutline(m: EntityManager, strategyId: string): Promise<StrategyOutline> {
  // Sequential on purpose: the statements share the transaction's one connection (pg refuses overlapping queries on a client).
  const chosen = await m
    .getRepository(StrategySectorEntity)
    .find({ where: { strategyId }, order: { position: 'ASC' } });
  const sectors = await m.getRepository(SectorEntity).find({ select: { id: true, code: true } });
  const goals = await m.getRepository(GoalEntity).find({
    where: { strategyId },
    order: { position: 'ASC' },
    select: { id: true, sectorId: true, horizon: true, parentId: true },
  });
  const indicators = await m
    .getRepository(IndicatorEntity)
    .find({ where: { strategyId }, order: { position: 'ASC' }, select: { id: true, goalId: true, name: true } });
  const targets = await m
    .getRepository(IndicatorValueEntity)
    .createQueryBuilder('v')
    .innerJoin(IndicatorEntity, 'i', 'i.id = v.indicator_id')
    .where('i.strategy_id = :strategyId', { strategyId })
    .andWhere("v.kind = 'TARGET'")
    .getMany();
  const sectorCodeById = new Map(sectors.map((s) => [s.id, s.code]));
  return toOutline({
    sectorCodes: chosen.map((c) => sectorCodeById.get(c.sectorId) ?? ''),
    sectorCodeById,
    goals,
    indicatorsByGoal: group(indicators, (i) => i.goalId),
    targetsByIndicator: new Map(
      [...group(targets, (v) => v.indicatorId)].map(([k, v]) => [k, v.map(({ year, value }) => ({ year, value }))]),
    ),
  });
}
