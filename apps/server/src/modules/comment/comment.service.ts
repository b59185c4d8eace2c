import { randomUUID } from 'node:crypto';
import { DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { canComment } from '@tsifra/domain/strategy/workflow';
import type { Database } from '../../db/data-source';
import { checkBody } from '../../shared/text';
import { recordAudit } from '../audit/audit';
import { GoalEntity } from '../goal/goal.entity';
import { notify } from '../notification/notify';
import { loadStrategy } from '../strategy/strategy-document';
import { CommentEntity } from './comment.entity';

/** Plain comments on a strategy or one of its goals (threaded remarks are RemarkService's). */
export class CommentService {
  constructor(private readonly db: Database) {}

  async addComment(actor: Actor, strategyId: string, goalId: string | null, body: string): Promise<CommentEntity> {
    const text = checkBody(body, 'body');
    return this.db.write(async (m) => {
      const { document: strategy, regionCode } = await loadStrategy(m, strategyId);
      if (!canComment(actor, regionCode))
        throw new DomainError('FORBIDDEN', 'Only the region’s team and reviewers comment on a strategy.');
      if (goalId && !(await m.getRepository(GoalEntity).existsBy({ id: goalId, strategyId: strategy.id }))) {
        throw new DomainError('BAD_USER_INPUT', 'The goal is not part of this strategy.', 'goalId');
      }
      const comment: CommentEntity = {
        id: randomUUID(),
        strategyId,
        goalId: goalId ?? null,
        authorId: actor.userId,
        body: text,
        createdAt: new Date(),
        pinnedGoalId: goalId ?? null,
      };
      await m.getRepository(CommentEntity).insert(comment);
      await recordAudit(m, actor, {
        strategyId,
        entity: 'comment',
        entityId: comment.id,
        action: 'comment.add',
        details: { goalId: goalId ?? null, body: text },
      });
      if (actor.role !== 'REGIONAL_EDITOR') {
        await notify(
          m,
          { regionId: strategy.regionId },
          {
            kind: 'REMARK_ADDED',
            strategyId,
            actorId: actor.userId,
            commentId: comment.id,
            revision: strategy.revision || null,
            text,
          },
        );
      }
      return comment;
    });
  }
}
