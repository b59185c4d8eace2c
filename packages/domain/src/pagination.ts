/**
 * Paging of lists that grow with use (comments, remarks, history, notifications, users, tokens):
 * a page holds `first` items, at most MAX_PAGE_SIZE, as GitHub's and Shopify's APIs cap theirs.
 * The server validates the request with these rules; the web asks for pages of this size.
 */

import type { FieldError } from './errors';

/** The most items one page of a list returns, and the size of a page when `first` is not given. */
export const MAX_PAGE_SIZE = 100;

/** Every `rule` the page validator can return, for translation tables. */
export const PAGE_RULES = ['page_size_out_of_range'] as const;
export type PageRule = (typeof PAGE_RULES)[number];

/**
 * Checks a requested page size (`field` names the argument): absent is fine (the list's default
 * applies); otherwise a whole number from 1 to `max` (`page_size_out_of_range`).
 */
export function validatePageSize(first: number | null | undefined, field = 'first', max = MAX_PAGE_SIZE): FieldError[] {
  if (first === null || first === undefined) return [];
  if (!Number.isInteger(first) || first < 1 || first > max) {
    return [
      {
        field,
        rule: 'page_size_out_of_range',
        message: `${field} must be between 1 and ${max}.`,
        params: { min: 1, max },
      },
    ];
  }
  return [];
}

/**
 * Whether a list may continue past what has been loaded: a page shorter than the page size is the
 * last one. `loaded` counts the items of the last page fetched.
 */
export function isLastPage(loaded: number, pageSize: number): boolean {
  return loaded < pageSize;
}
