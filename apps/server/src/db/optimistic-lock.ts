import type { EntityManager, EntityTarget } from 'typeorm';
import { DomainError } from '@tsifra/domain/errors';

/** A versioned document: a strategy or a GosTech plan. */
export interface Versioned {
  id: string;
  version: number;
  updatedAt: Date;
}

/** The CONFLICT error for a stale version, with the same wording for every document. */
export function staleVersion(document: string, version: number, current: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The ${document} changed since you loaded it (you have version ${version}, it is at ${current}). Reload and re-apply your edit.`,
    'version',
  );
}

/**
 * Claims a document's version inside the caller's transaction: `UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?` (TypeORM's @VersionColumn does not guard save()). On PostgreSQL the row lock makes a concurrent claimer
 * wait and then match nothing; a stale version changes nothing and fails with CONFLICT, rolling the transaction back.
 */
export async function claimVersion<T extends Versioned>(
  m: EntityManager,
  entity: EntityTarget<T>,
  row: T,
  version: number,
  document: string,
): Promise<void> {
  const now = new Date();
  const result = await m
    .createQueryBuilder()
    .update(entity)
    .set({ version: () => 'version + 1', updatedAt: now } as never)
    .where('id = :id AND version = :version', { id: row.id, version })
    .execute();
  if (result.affected !== 1) throw staleVersion(document, version, row.version);
  row.version = version + 1;
  row.updatedAt = now;
}
