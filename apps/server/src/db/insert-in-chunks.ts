import type { EntityManager } from 'typeorm';

/** Inserts many rows in statements of `size` rows: under SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertInChunks<T extends object>(
  m: EntityManager,
  entity: new () => T,
  rows: T[],
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await m.getRepository(entity).insert(rows.slice(i, i + size) as never);
}
