import type { StrategyStatus } from '../gql/graphql';

/** Strategy statuses in workflow order, plus NONE for a region without a strategy. */
export const STATUS_ORDER = ['NONE', 'DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'] as const satisfies readonly (
  | StrategyStatus
  | 'NONE'
)[];
export type DisplayStatus = (typeof STATUS_ORDER)[number];

export function isDisplayStatus(value: unknown): value is DisplayStatus {
  return typeof value === 'string' && (STATUS_ORDER as readonly string[]).includes(value);
}
