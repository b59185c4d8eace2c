import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@tsifra/domain/roles';
import type { DocumentRef } from '../workflow/document-ref';
import { CommentEntity } from './comment.entity';

/** Open top-level remarks of a document, and how many of them are blockers (inside a transaction). */
export async function countOpenRemarks(m: EntityManager, ref: DocumentRef): Promise<{ open: number; openBlockers: number }> {
  if (ref.type !== 'strategy') return { open: 0, openBlockers: 0 };
  const open = await m
    .getRepository(CommentEntity)
    .createQueryBuilder('c')
    .select('c.severity', 'severity')
    .addSelect('COUNT(*)', 'n')
    .where("c.strategy_id = :id AND c.status = 'OPEN' AND c.severity IS NOT NULL AND c.parent_id IS NULL", { id: ref.id })
    .groupBy('c.severity')
    .getRawMany<{ severity: string; n: string | number }>();
  return {
    open: open.reduce((sum, r) => sum + Number(r.n), 0),
    openBlockers: open.filter((r) => r.severity === 'BLOCKER').reduce((sum, r) => sum + Number(r.n), 0),
  };
}

/**
 * Keeps the reviewer's words on a return. A strategy records them as an open MAJOR remark on the decided
 * revision; returns the comment's id (null when the document keeps the note elsewhere).
 */
export async function recordCoverNote(m: EntityManager, ref: DocumentRef, actor: Actor, note: string, revision: number): Promise<string | null> {
  if (ref.type !== 'strategy') return null;
  const id = randomUUID();
  await m.getRepository(CommentEntity).insert({ id, strategyId: ref.id, goalId: null, authorId: actor.userId, body: note, createdAt: new Date(), severity: 'MAJOR', status: 'OPEN', revision });
  return id;
}
