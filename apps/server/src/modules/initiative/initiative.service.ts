import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError, prefixFieldErrors } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { validateInitiative, type BudgetSource, type InitiativeKind } from '@tsifra/domain/strategy/initiatives';
import type { Database } from '../../db/data-source';
import { recordAudit } from '../audit/audit';
import { GoalEntity } from '../goal/goal.entity';
import type { StrategyEntity } from '../strategy/strategy.entity';
import type { StrategyService } from '../strategy/strategy.service';
import { noSuchGoal } from '../strategy/strategy-document';
import { InitiativeBudgetEntity } from './initiative-budget.entity';
import { InitiativeEntity } from './initiative.entity';
import type { InitiativeInput } from './initiative.inputs';

/** Initiatives under goals: same rules as goals — own region's editor or an admin, editable status, the strategy version claimed. */
export class InitiativeService {
  constructor(
    private readonly db: Database,
    private readonly strategies: StrategyService,
  ) {}

  async add(actor: Actor, goalId: string, version: number, input: InitiativeInput): Promise<InitiativeEntity> {
    return this.db.write(async (m) => {
      const goal = await m.getRepository(GoalEntity).findOneBy({ id: goalId });
      if (!goal) throw noSuchGoal('goalId');
      await this.strategies.beginEdit(m, actor, goal.strategyId, version, noSuchGoal('goalId'));
      check(input);
      const position = await m.getRepository(InitiativeEntity).countBy({ goalId });
      const initiative: InitiativeEntity = {
        id: randomUUID(),
        goalId,
        strategyId: goal.strategyId,
        ...fields(input),
        position,
      };
      await m.getRepository(InitiativeEntity).insert(initiative);
      await replaceBudgets(m, initiative.id, input.budgets ?? []);
      await recordAudit(m, actor, {
        strategyId: goal.strategyId,
        entity: 'initiative',
        entityId: initiative.id,
        action: 'initiative.add',
        details: { goalId, ...fields(input), budgets: input.budgets ?? [] },
      });
      return initiative;
    });
  }

  async update(actor: Actor, id: string, version: number, input: InitiativeInput): Promise<InitiativeEntity> {
    return this.db.write(async (m) => {
      const initiative = await this.find(m, id);
      await this.strategies.beginEdit(m, actor, initiative.strategyId, version, noSuchInitiative());
      check(input);
      const before = { ...initiative };
      Object.assign(initiative, fields(input));
      await m.getRepository(InitiativeEntity).update({ id }, fields(input));
      if (input.budgets != null) await replaceBudgets(m, id, input.budgets);
      await recordAudit(m, actor, {
        strategyId: initiative.strategyId,
        entity: 'initiative',
        entityId: id,
        action: 'initiative.update',
        details: { before, after: fields(input), ...(input.budgets != null ? { budgets: input.budgets } : {}) },
      });
      return initiative;
    });
  }

  async delete(actor: Actor, id: string, version: number): Promise<StrategyEntity> {
    return this.db.write(async (m) => {
      const initiative = await this.find(m, id);
      const strategy = await this.strategies.beginEdit(m, actor, initiative.strategyId, version, noSuchInitiative());
      await m.getRepository(InitiativeEntity).delete({ id });
      await recordAudit(m, actor, {
        strategyId: initiative.strategyId,
        entity: 'initiative',
        entityId: id,
        action: 'initiative.delete',
        details: { goalId: initiative.goalId, title: initiative.title },
      });
      // Keep positions dense: 0..n-1 within the goal.
      const rest = await m.getRepository(InitiativeEntity).find({
        where: { goalId: initiative.goalId },
        order: { position: 'ASC' },
        select: { id: true, position: true },
      });
      for (const [position, other] of rest.entries()) {
        if (other.position !== position) await m.getRepository(InitiativeEntity).update({ id: other.id }, { position });
      }
      return strategy;
    });
  }

  private async find(m: EntityManager, id: string): Promise<InitiativeEntity> {
    const initiative = await m.getRepository(InitiativeEntity).findOneBy({ id });
    if (!initiative) throw noSuchInitiative();
    return initiative;
  }
}

function check(input: InitiativeInput): void {
  const errors = validateInitiative({
    title: input.title,
    kind: input.kind as InitiativeKind,
    templateCode: input.templateCode,
    startDate: input.startDate.trim(),
    endDate: input.endDate.trim(),
    responsible: input.responsible,
    budgets: (input.budgets ?? []).map((b) => ({ year: b.year, source: b.source as BudgetSource, amount: b.amount })),
  });
  if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
}

function fields(input: InitiativeInput) {
  return {
    title: input.title.trim(),
    kind: input.kind,
    templateCode: input.templateCode?.trim() || null,
    startDate: input.startDate.trim(),
    endDate: input.endDate.trim(),
    responsible: input.responsible?.trim() || null,
  };
}

async function replaceBudgets(
  m: EntityManager,
  initiativeId: string,
  budgets: NonNullable<InitiativeInput['budgets']>,
): Promise<void> {
  await m.getRepository(InitiativeBudgetEntity).delete({ initiativeId });
  if (budgets.length) {
    await m
      .getRepository(InitiativeBudgetEntity)
      .insert(
        budgets.map((b) => ({ id: randomUUID(), initiativeId, year: b.year, source: b.source, amount: b.amount })),
      );
  }
}

/** An unknown initiative id — and one the caller may not read, so that ids reveal nothing (issue 17). */
function noSuchInitiative(): DomainError {
  return new DomainError('NOT_FOUND', 'No such initiative.', 'id');
}
