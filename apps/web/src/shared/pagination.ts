import type { FieldPolicy, Reference } from '@apollo/client';
import { isLastPage, MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Paged lists (the server's `first`/`after`, see README "Limits"): a cache policy that joins pages, and a hook
 * that fetches the next page on demand ("Show more") or until the list is complete.
 */

/** The page the web asks for: the server's cap, so a list that fits in one page costs one request. */
export const PAGE_SIZE = MAX_PAGE_SIZE;

/**
 * A field policy for a list paged by `first`/`after`: pages are stored under one cache entry per `keyArgs`
 * (the filters), a page without `after` starts the list over (a refetch), and a page with `after` is appended
 * without repeating an item already there.
 */
export function pagedList(keyArgs: string[] | false = false): FieldPolicy<Reference[]> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!args?.['after'] || !existing) return incoming;
      const seen = new Set(existing.map((item) => readField<string>('id', item)));
      return [...existing, ...incoming.filter((item) => !seen.has(readField<string>('id', item)))];
    },
  };
}

export interface Pager {
  /** The last page was full: there may be more. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
}

interface PagerOptions {
  pageSize?: number;
  /** Fetch every remaining page at once (for screens that need the whole list). */
  auto?: boolean;
}

/**
 * The next-page state of a list: `items` as shown (pages joined by the cache), `fetchPage(after)` fetches and
 * caches the page after a cursor and returns it. A page shorter than the page size is the last one.
 */
export function usePager(
  items: readonly { cursor: string }[] | null | undefined,
  fetchPage: (after: string) => Promise<readonly { cursor: string }[]>,
  { pageSize = PAGE_SIZE, auto = false }: PagerOptions = {},
): Pager {
  const last = items?.at(-1)?.cursor ?? null;
  const [endAfter, setEndAfter] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);
  const fetchRef = useRef(fetchPage);
  useEffect(() => {
    fetchRef.current = fetchPage;
  });

  const hasMore = !!items && last !== null && !isLastPage(items.length, pageSize) && last !== endAfter;

  const loadMore = useCallback(async () => {
    if (!last) return;
    requested.current = last;
    setLoading(true);
    setError(null);
    try {
      const fetched = await fetchRef.current(last);
      // client.query answers from the cache after the merge (the whole joined list); fetchMore with the page alone.
      const at = fetched.findIndex((item) => item.cursor === last);
      const page = at >= 0 ? fetched.slice(at + 1) : fetched;
      const pageLast = page.at(-1)?.cursor ?? last;
      // A short page ends the list; so does a page that brought nothing new (never ask for it again).
      if (isLastPage(page.length, pageSize) || pageLast === last) setEndAfter(pageLast);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [last, pageSize]);

  useEffect(() => {
    if (auto && hasMore && !loading && error === null && requested.current !== last) void loadMore();
  }, [auto, hasMore, loading, error, last, loadMore]);

  return { hasMore, loading, error, loadMore };
}
