import type { Horizon } from '@tsifra/domain/horizons';
import type { ErrorCode } from '@tsifra/domain/errors';
import type { TestServer } from '../../../../testing/test-server';

/** The matrix's vocabulary: the callers, the outcomes, and what a row of the table holds. */
export const ACTORS = [
  'anonymous',
  'editor of own region (RU-BEL)',
  'editor of another region (RU-TUL)',
  'federal reviewer',
  'admin',
] as const;
export type ActorName = (typeof ACTORS)[number];
export type Outcome = 'OK' | ErrorCode;
export type Expectation = readonly [Outcome, Outcome, Outcome, Outcome, Outcome];

export const OK = 'OK';
export const UN = 'UNAUTHENTICATED';
export const NO = 'FORBIDDEN';
export const WF = 'INVALID_TRANSITION';
export const NF = 'NOT_FOUND';
/** Content of RU-BEL: its own editor and admins write it; others are refused. */
export const EDIT: Expectation = [UN, OK, NO, NO, OK];
/**
 * The same on an item of RU-BEL's draft reached by its own id (goal, initiative, system, remark): another region cannot
 * read that content, so it answers like a missing id — NOT_FOUND, not FORBIDDEN (issue 17: hidden and missing read alike).
 */
export const EDIT_ITEM: Expectation = [UN, OK, NF, NO, OK];
/** Review actions: reviewers and admins only. */
export const REVIEW: Expectation = [UN, NO, NO, OK, OK];
/** Review actions on a remark of RU-BEL's submission: another region cannot read it (issue 17). */
export const REVIEW_ITEM: Expectation = [UN, NO, NF, OK, OK];
export const ADMIN_ONLY: Expectation = [UN, NO, NO, NO, OK];
export const SIGNED_IN: Expectation = [UN, OK, OK, OK, OK];
export const ANYONE: Expectation = [OK, OK, OK, OK, OK];

export interface Fixture {
  t: TestServer;
  bel: string;
  tul: string;
  tokens: Record<ActorName, string | undefined>;
  /** A new top-level 2030 healthcare goal in RU-BEL (keeps the strategy complete). */
  goal(horizon?: Horizon): Promise<string>;
  initiative(): Promise<string>;
  user(): Promise<string>;
  version(strategyId?: string): Promise<number>;
  remark(): Promise<string>;
  /** RU-BEL's GosTech plan. */
  plan: string;
  planVersion(): Promise<number>;
  /** A new information system in RU-BEL's plan (added by the admin through the API). */
  system(): Promise<string>;
  n: number;
}

export interface Case {
  query: string;
  variables?: Record<string, unknown>;
  /** Send this token instead of the actor's (logout uses a throwaway session). */
  token?: string;
  cleanup?: () => Promise<void>;
}

export interface Row {
  mutation: string;
  variant?: string;
  /** RU-BEL's status for the case (DRAFT when omitted); set directly in the database before each case. */
  belStatus?: 'DRAFT' | 'SUBMITTED';
  /** The same for RU-BEL's GosTech plan. */
  planStatus?: 'DRAFT' | 'SUBMITTED';
  expect: Expectation;
  prepare(f: Fixture, actor: ActorName): Promise<Case>;
}
