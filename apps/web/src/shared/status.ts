import { STRATEGY_STATUSES } from '@tsifra/domain/strategy/workflow';

/** Strategy statuses in workflow order, after NONE for a region without a strategy. */
export const STATUS_ORDER = ['NONE', ...STRATEGY_STATUSES] as const;
export type DisplayStatus = (typeof STATUS_ORDER)[number];

export function isDisplayStatus(value: unknown): value is DisplayStatus {
  return typeof value === 'string' && (STATUS_ORDER as readonly string[]).includes(value);
}
