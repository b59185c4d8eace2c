import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { storedUnit } from '@tsifra/domain/strategy/units';
import type { GoalEntity } from './goal.entity';
import type { IndicatorInput } from './goal.inputs';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';

/**
 * Brings a goal's indicators in line with the input while keeping their identity: an input with the `id`
 * of one of the goal's indicators updates it in place, one without an id takes over the indicator of the
 * same name (trimmed, case-insensitive); the rest are created, and indicators left unmatched are deleted.
 * Remarks, diffs and actuals keep following an indicator that was edited. Only target values are rewritten.
 */
export async function syncIndicators(m: EntityManager, goal: GoalEntity, inputs: IndicatorInput[]): Promise<void> {
  const existing = await m
    .getRepository(IndicatorEntity)
    .find({ where: { goalId: goal.id }, order: { position: 'ASC' } });
  const kept = matchIndicators(existing, inputs);
  const keptIds = new Set(kept.filter((id): id is string => id != null));
  const removed = existing.filter((i) => !keptIds.has(i.id)).map((i) => i.id);
  if (removed.length) await m.getRepository(IndicatorEntity).delete({ id: In(removed) });
  const rows: IndicatorEntity[] = inputs.map((input, position) => ({
    id: kept[position] ?? randomUUID(),
    goalId: goal.id,
    strategyId: goal.strategyId,
    name: input.name.trim(),
    unit: storedUnit(input.unit),
    direction: input.direction ?? null,
    baselineYear: input.baselineYear,
    baselineValue: input.baselineValue,
    responsible: input.responsible?.trim() || null,
    position,
  }));
  for (const row of rows.filter((r) => keptIds.has(r.id))) {
    const { id, ...fields } = row;
    await m.getRepository(IndicatorEntity).update({ id }, fields);
  }
  const created = rows.filter((r) => !keptIds.has(r.id));
  if (created.length) await m.getRepository(IndicatorEntity).insert(created);
  if (keptIds.size)
    await m.getRepository(IndicatorValueEntity).delete({ indicatorId: In([...keptIds]), kind: 'TARGET' });
  const values = inputs.flatMap((input, i) =>
    input.targets.map((t) => ({
      id: randomUUID(),
      indicatorId: rows[i]!.id,
      kind: 'TARGET',
      year: t.year,
      value: t.value,
    })),
  );
  if (values.length) await m.getRepository(IndicatorValueEntity).insert(values);
}

/** For each input, the id of the goal's indicator it continues (by id, else by name), or null for a new one. */
function matchIndicators(
  existing: Pick<IndicatorEntity, 'id' | 'name'>[],
  inputs: Pick<IndicatorInput, 'id' | 'name'>[],
): (string | null)[] {
  const free = new Map(existing.map((i) => [i.id, i]));
  const byId = inputs.map((input) => (input.id && free.delete(input.id) ? input.id : null));
  const key = (name: string) => name.trim().toLocaleLowerCase('ru');
  return inputs.map((input, i) => {
    if (byId[i]) return byId[i];
    if (input.id && existing.some((e) => e.id === input.id)) return null;
    const hit = [...free.values()].find((e) => key(e.name) === key(input.name));
    if (!hit) return null;
    free.delete(hit.id);
    return hit.id;
  });
}
