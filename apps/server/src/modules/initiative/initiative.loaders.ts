import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys, mapGroups } from '../../db/batch';
import { InitiativeBudgetEntity } from './initiative-budget.entity';
import { InitiativeEntity } from './initiative.entity';

/** A strategy's initiatives by goal, and their budget lines by initiative. */
export interface StrategyInitiatives {
  byGoal: Map<string, InitiativeEntity[]>;
  budgetsByInitiative: Map<string, InitiativeBudgetEntity[]>;
}

/**
 * Initiatives and budgets are read whole per strategy (two statements for any number of strategies), so goals
 * of every level of a nested query find theirs in one result, whenever each level resolves.
 */
export function createInitiativeLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const initiatives = dataSource.getRepository(InitiativeEntity);
  const budgets = dataSource.getRepository(InitiativeBudgetEntity);
  return {
    initiativesByStrategyId: new DataLoader<string, StrategyInitiatives>(async (ids) => {
      const rows = await findByKeys(initiatives, 'strategyId', ids, { position: 'ASC' });
      const lines = await findByKeys(
        budgets,
        'initiativeId',
        rows.map((i) => i.id),
        { year: 'ASC', source: 'ASC' },
      );
      const budgetsByInitiative = mapGroups(lines, (b) => b.initiativeId);
      return groupByKeys(ids, rows, (i) => i.strategyId).map((list) => ({
        byGoal: mapGroups(list, (i) => i.goalId),
        budgetsByInitiative,
      }));
    }, options),
  };
}
