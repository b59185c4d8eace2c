import type { CostReport } from '../http/cost-budget';
import type { Request, Response } from 'express';
import type { Actor } from '@tsifra/domain/roles';
import type { Database } from '../db/data-source';
import type { UserEntity } from '../modules/user/user.entity';
import type { Loaders } from './loaders';
import type { Services } from './services';

/** Per-request GraphQL context. Loaders are created per request so cached rows never leak between users. */
export interface Context {
  requestId: string;
  actor: Actor | null;
  user: UserEntity | null;
  /** The session or token the request came with, so logout can revoke it. */
  sessionId: string | null;
  loaders: Loaders;
  services: Services;
  db: Database;
  req: Request;
  res: Response;
  /** The cost charged for this operation and the budget left (http/cost-budget.ts); null when limits are off. */
  cost?: CostReport | null;
}
