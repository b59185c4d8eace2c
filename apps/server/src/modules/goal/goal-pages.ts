import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { MAX_GOALS_PER_STRATEGY } from '@tsifra/domain/strategy/goals';
import { readPage, type DecodedCursor, type PageArgs, type PageRequest } from '../../graphql/pagination';
import type { GoalRow } from './goal.loaders';

/** Goal lists are bounded (a strategy holds at most MAX_GOALS_PER_STRATEGY), so without `first` they come whole. */
export const GOAL_LIST_DESCRIPTION = `In order (position, then id). Without \`first\`, the whole list (a strategy holds at most ${MAX_GOALS_PER_STRATEGY} goals); with \`first\` (1–${MAX_PAGE_SIZE}) and \`after\`, one page.`;

export const goalCursorKey = (goal: GoalRow): DecodedCursor => ({ key: goal.position, id: goal.id });

/** The page asked for, or null for the whole list: the common case answers without sorting or copying. */
export function readGoalPage(args: PageArgs): PageRequest | null {
  const page = readPage('Goal', args, Number.POSITIVE_INFINITY);
  return page.after === null && !Number.isFinite(page.limit) ? null : page;
}
