import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@tsifra/domain/roles';
import { documentColumns, type DocumentRef } from '../workflow/document-ref';
import { CommentEntity } from './comment.entity';
import { COMMENT_COLUMN } from './comment.loaders';

/** Open top-level remarks of a document, and how many of them are blockers (inside a transaction). */
export async function countOpenRemarks(
  m: EntityManager,
  ref: DocumentRef,
): Promise<{ open: number; openBlockers: number }> {
  const open = await m
    .getRepository(CommentEntity)
    .createQueryBuilder('c')
    .select('c.severity', 'severity')
    .addSelect('COUNT(*)', 'n')
    .where(
      `c.${COMMENT_COLUMN[ref.type]} = :id AND c.status = 'OPEN' AND c.severity IS NOT NULL AND c.parent_id IS NULL`,
      { id: ref.id },
    )
    .groupBy('c.severity')
    .getRawMany<{ severity: string; n: string | number }>();
  return {
    open: open.reduce((sum, r) => sum + Number(r.n), 0),
    openBlockers: open.filter((r) => r.severity === 'BLOCKER').reduce((sum, r) => sum + Number(r.n), 0),
  };
}

/**
 * Keeps the reviewer's cover note on a return as a plain comment on the document (on the decided revision),
 * or — when the reviewer pins it — as an open MAJOR remark. Returns the comment's id.
 */
export async function recordCoverNote(
  m: EntityManager,
  ref: DocumentRef,
  actor: Actor,
  note: string,
  revision: number,
  pin: boolean,
): Promise<string> {
  const id = randomUUID();
  const remark = pin ? { severity: 'MAJOR', status: 'OPEN' } : {};
  await m.getRepository(CommentEntity).insert({
    id,
    ...documentColumns(ref),
    goalId: null,
    authorId: actor.userId,
    body: note,
    createdAt: new Date(),
    revision,
    ...remark,
  });
  return id;
}

/** The open top-level remarks of a document (to resolve them at approval). */
export function openRemarksOf(m: EntityManager, ref: DocumentRef): Promise<CommentEntity[]> {
  return m
    .getRepository(CommentEntity)
    .createQueryBuilder('c')
    .where(
      `c.${COMMENT_COLUMN[ref.type]} = :id AND c.status = 'OPEN' AND c.severity IS NOT NULL AND c.parent_id IS NULL`,
      { id: ref.id },
    )
    .orderBy('c.created_at', 'ASC')
    .getMany();
}
