import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { badUserInput, prefixFieldErrors } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { checkGoalInTree, checkNewGoal } from '@tsifra/domain/strategy/goal-tree';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { SectorEntity } from '../sector/sector.entity';
import { noSuchGoal } from '../strategy/strategy-document';
import { beginStrategyEdit } from '../strategy/strategy-edit';
import { StrategySectorEntity } from '../strategy/strategy-sector.entity';
import type { StrategyEntity } from '../strategy/strategy.entity';
import { placeGoal, renumberSiblings } from './goal-placement';
import { GoalEntity } from './goal.entity';
import type { GoalInput } from './goal.inputs';
import { syncIndicators } from './indicator-sync';

/**
 * Goal use cases: each write is one transaction that claims the strategy's version and is checked with the domain's
 * goal-tree rules against the stored tree.
 */
export class GoalService {
  constructor(private readonly db: Database) {}

  async addGoal(actor: Actor, strategyId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      await beginStrategyEdit(m, actor, strategyId, version);
      // Only a new goal grows the strategy; the cap keeps Strategy.goals and Goal.children bounded lists.
      const tree = await loadTree(m, strategyId);
      const errors = checkNewGoal(input, tree);
      if (errors.length) throw badUserInput(errors);
      const siblings = await m
        .getRepository(GoalEntity)
        .countBy({ strategyId, parentId: input.parentId ? input.parentId : IsNull() });
      const now = new Date();
      const goal: GoalEntity = {
        id: randomUUID(),
        strategyId,
        sectorId: tree.sectorIdOf(input.sectorCode),
        parentId: input.parentId ?? null,
        horizon: input.horizon,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        position: siblings,
        createdAt: now,
        updatedAt: now,
      };
      await m.getRepository(GoalEntity).insert(goal);
      await syncIndicators(m, goal, input.indicators ?? []);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.add',
        details: goalAuditDetails(goal, input),
      });
      return goal;
    });
  }

  async updateGoal(actor: Actor, goalId: string, version: number, input: GoalInput): Promise<GoalEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      await beginStrategyEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      const sectorId = await checkGoalWrite(m, goal, input, 'input');
      const before = {
        title: goal.title,
        description: goal.description,
        horizon: goal.horizon,
        parentId: goal.parentId,
        sectorId: goal.sectorId,
      };
      // A new parent puts the goal last among its new siblings.
      if ((input.parentId ?? null) !== goal.parentId) await placeGoal(m, goal, input.parentId ?? null, null);
      Object.assign(goal, {
        sectorId,
        parentId: input.parentId ?? null,
        horizon: input.horizon,
        title: input.title.trim(),
        description: input.description?.trim() || null,
        updatedAt: new Date(),
      });
      await m.getRepository(GoalEntity).update({ id: goal.id }, goal);
      if (input.indicators != null) await syncIndicators(m, goal, input.indicators);
      const changed = Object.fromEntries(
        (Object.keys(before) as (keyof typeof before)[])
          .filter((k) => before[k] !== goal[k])
          .map((k) => [k, { before: before[k], after: goal[k] }]),
      );
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.update',
        details: { changed, ...goalAuditDetails(goal, input) },
      });
      return goal;
    });
  }

  async deleteGoal(actor: Actor, goalId: string, version: number): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      const strategy = await beginStrategyEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      // Children go with their parent (ON DELETE CASCADE), and so do indicators and their values.
      await m.getRepository(GoalEntity).delete({ id: goal.id });
      await renumberSiblings(m, goal.strategyId, goal.parentId, []);
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.delete',
        details: { title: goal.title, horizon: goal.horizon, parentId: goal.parentId },
      });
      return strategy;
    });
  }

  /**
   * Reorders or re-parents a goal: it goes to `position` (0-based) among the children of `parentId`
   * (top level when null); both sibling lists are renumbered densely in the same transaction.
   * The horizon, cycle and sector rules of goals apply.
   */
  async moveGoal(
    actor: Actor,
    goalId: string,
    version: number,
    parentId: string | null,
    position: number,
  ): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('id');
      const strategy = await beginStrategyEdit(m, actor, goal.strategyId, version, noSuchGoal('id'));
      const sector = await m.getRepository(SectorEntity).findOneByOrFail({ id: goal.sectorId });
      const input: GoalInput = {
        horizon: goal.horizon,
        sectorCode: sector.code,
        title: goal.title,
        description: goal.description,
        parentId,
      };
      await checkGoalWrite(m, goal, input, '');
      const from = { parentId: goal.parentId, position: goal.position };
      await placeGoal(m, goal, parentId, position);
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'goal',
        entityId: goal.id,
        action: 'goal.move',
        details: { title: goal.title, before: from, after: { parentId, position } },
      });
      return strategy;
    });
  }
}

/** The strategy's goal tree and chosen sectors, as the domain's goal-tree rules read them. */
async function loadTree(m: EntityManager, strategyId: string) {
  const chosen = await m
    .getRepository(StrategySectorEntity)
    .createQueryBuilder('ss')
    .innerJoin(SectorEntity, 's', 's.id = ss.sector_id')
    .select(['s.code AS code', 's.id AS id'])
    .where('ss.strategy_id = :strategyId', { strategyId })
    .getRawMany<{ code: string; id: string }>();
  const goals = await m
    .getRepository(GoalEntity)
    .find({ where: { strategyId }, select: { id: true, parentId: true, horizon: true } });
  return {
    goals: goals.map((g) => ({ id: g.id, parentId: g.parentId, horizon: g.horizon })),
    chosenSectors: chosen.map((c) => c.code),
    sectorIdOf: (code: string) => chosen.find((c) => c.code === code)!.id,
  };
}

/** Checks a change of an existing goal against the tree (errors under `prefix`); returns the goal's sector id. */
async function checkGoalWrite(m: EntityManager, goal: GoalEntity, input: GoalInput, prefix: string): Promise<string> {
  const tree = await loadTree(m, goal.strategyId);
  const errors = checkGoalInTree(input, { ...tree, goalId: goal.id });
  if (errors.length) throw badUserInput(prefixFieldErrors(prefix, errors));
  return tree.sectorIdOf(input.sectorCode);
}

/** What the audit log keeps of a goal write: its place and text, and its indicators in short. */
function goalAuditDetails(goal: GoalEntity, input: GoalInput): Record<string, unknown> {
  return {
    title: goal.title,
    horizon: goal.horizon,
    sectorCode: input.sectorCode,
    parentId: goal.parentId,
    indicators: input.indicators?.map((i) => ({
      name: i.name,
      baseline: [i.baselineYear, i.baselineValue],
      targets: i.targets.map((t) => [t.year, t.value]),
    })),
  };
}
