import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput } from '@tsifra/domain/errors';
import { checkPosition } from '@tsifra/domain/strategy/goal-tree';
import { GoalEntity } from './goal.entity';

/**
 * Puts the goal at `position` among the children of `parentId` (last when null), renumbering the new and,
 * when the parent changes, the old sibling list densely from 0.
 */
export async function placeGoal(
  m: EntityManager,
  goal: GoalEntity,
  parentId: string | null,
  position: number | null,
): Promise<void> {
  const siblings = await siblingsOf(m, goal.strategyId, parentId);
  const others = siblings.filter((g) => g.id !== goal.id);
  const at = position ?? others.length;
  const outOfRange = checkPosition(at, others.length);
  if (outOfRange.length) throw badUserInput(outOfRange);
  const oldParentId = goal.parentId;
  if (oldParentId !== parentId) {
    await m.getRepository(GoalEntity).update({ id: goal.id }, { parentId, updatedAt: new Date() });
    goal.parentId = parentId;
    await renumberSiblings(m, goal.strategyId, oldParentId, []);
  }
  const order = [...others.map((g) => g.id)];
  order.splice(at, 0, goal.id);
  await renumberSiblings(m, goal.strategyId, parentId, order, siblings);
  goal.position = at;
}

/** Writes positions 0..n-1 in `order` (or the current order) for the children of `parentId`, touching only rows that move. */
export async function renumberSiblings(
  m: EntityManager,
  strategyId: string,
  parentId: string | null,
  order: string[],
  current?: Pick<GoalEntity, 'id' | 'position'>[],
): Promise<void> {
  const rows = current ?? (await siblingsOf(m, strategyId, parentId));
  const ids = order.length ? order : rows.map((g) => g.id);
  const had = new Map(rows.map((g) => [g.id, g.position]));
  for (const [position, id] of ids.entries()) {
    if (had.get(id) !== position) await m.getRepository(GoalEntity).update({ id }, { position });
  }
}

function siblingsOf(
  m: EntityManager,
  strategyId: string,
  parentId: string | null,
): Promise<Pick<GoalEntity, 'id' | 'position'>[]> {
  return m.getRepository(GoalEntity).find({
    where: { strategyId, parentId: parentId ?? IsNull() },
    order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
    select: { id: true, position: true },
  });
}
