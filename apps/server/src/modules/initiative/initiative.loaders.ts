import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderOptions } from '../../graphql/loader-options';
import { findByKeys, groupByKeys } from '../../db/batch';
import { InitiativeBudgetEntity } from './initiative-budget.entity';
import { InitiativeEntity } from './initiative.entity';

/** Initiatives of any number of goals, and budgets of any number of initiatives, each in one statement. */
export function createInitiativeLoaders(dataSource: DataSource, options: LoaderOptions = {}) {
  const initiatives = dataSource.getRepository(InitiativeEntity);
  const budgets = dataSource.getRepository(InitiativeBudgetEntity);
  return {
    initiativesByGoalId: new DataLoader<string, InitiativeEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(initiatives, 'goalId', ids, { position: 'ASC' }), (i) => i.goalId),
    options,
    ),
    budgetsByInitiativeId: new DataLoader<string, InitiativeBudgetEntity[]>(async (ids) =>
      groupByKeys(ids, await findByKeys(budgets, 'initiativeId', ids, { year: 'ASC', source: 'ASC' }), (b) => b.initiativeId),
    options,
    ),
  };
}
