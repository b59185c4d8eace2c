import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A list's sort key in a cursor: a timestamp (ms), a position, or an email. */
export type CursorKey = number | string;

export interface DecodedCursor {
  key: CursorKey;
  id: string;
}

/** A validated page request: at most `limit` items, after `after` (null: from the start). */
export interface PageRequest {
  limit: number;
  after: DecodedCursor | null;
}

/**
 * The same page as SQL, for top-level lists: ORDER BY key, id in the direction, rows strictly after the
 * cursor, LIMIT. `keyColumn` and `idColumn` are qualified column names (`n.created_at`); a Date key is
 * bound as a Date so each driver writes it as it stores it.
 */
export function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  columns: { key: string; id: string; toParameter?: (key: CursorKey) => unknown },
  direction: 'ASC' | 'DESC' = 'ASC',
): SelectQueryBuilder<T> {
  const op = direction === 'ASC' ? '>' : '<';
  if (page.after) {
    const key = columns.toParameter ? columns.toParameter(page.after.key) : page.after.key;
    qb.andWhere(`(${columns.key} ${op} :pageKey OR (${columns.key} = :pageKey AND ${columns.id} ${op} :pageId))`, {
      pageKey: key,
      pageId: page.after.id,
    });
  }
  qb.orderBy(columns.key, direction).addOrderBy(columns.id, direction);
  if (Number.isFinite(page.limit)) qb.limit(page.limit);
  return qb;
}

/** Cursor key of a timestamp: milliseconds since the epoch (what both databases store here). */
export const timeKey = (date: Date): number => new Date(date).getTime();
/** The timestamp a cursor key stands for, for SQL parameters (decodeCursor has checked it is a number in range). */
export const keyToDate = (key: CursorKey): Date => new Date(Number(key));
