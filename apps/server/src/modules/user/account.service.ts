import { IsNull } from 'typeorm';
import { badUserInput, DomainError } from '@tsifra/domain/errors';
import type { Actor } from '@tsifra/domain/roles';
import { validatePassword } from '@tsifra/domain/users';
import type { Database } from '../../db/data-source';
import { keysetPage, keyToDate, type PageRequest } from '../../db/keyset';
import { recordAudit } from '../audit/audit';
import { openSession, revokeSessions } from './auth.service';
import { hashPassword, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const TOKEN_LABEL_MAX = 200;

/** A signed-in user's own account: personal API tokens and the password. */
export class AccountService {
  constructor(private readonly db: Database) {}

  async createApiToken(actor: Actor, label: string): Promise<{ token: string; session: SessionEntity }> {
    const text = label.trim();
    if (!text)
      throw badUserInput([
        { field: 'label', rule: 'required', message: 'Name the token, e.g. after the script that uses it.' },
      ]);
    if (text.length > TOKEN_LABEL_MAX) {
      throw badUserInput([
        {
          field: 'label',
          rule: 'too_long',
          message: `A label may be at most ${TOKEN_LABEL_MAX} characters.`,
          params: { max: TOKEN_LABEL_MAX },
        },
      ]);
    }
    return this.db.write(async (m) => {
      const created = await openSession(m, actor.userId, 'token', text);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'token',
        entityId: created.session.id,
        action: 'token.create',
        details: { label: text },
      });
      return created;
    });
  }

  /** The caller's own tokens, newest first, revoked ones included; never their secrets (only hashes are stored). */
  apiTokens(actor: Actor, page: PageRequest): Promise<SessionEntity[]> {
    const qb = this.db.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where("s.user_id = :userId AND s.kind = 'token'", { userId: actor.userId });
    return keysetPage(qb, page, { key: 's.created_at', id: 's.id', toParameter: keyToDate }, 'DESC').getMany();
  }

  /** Revokes one of the caller's tokens (an admin: anyone's). Someone else's token reads as NOT_FOUND, so ids reveal nothing. */
  async revokeApiToken(actor: Actor, id: string): Promise<boolean> {
    return this.db.write(async (m) => {
      const token = await m.getRepository(SessionEntity).findOneBy({ id, kind: 'token' });
      if (!token || (token.userId !== actor.userId && actor.role !== 'ADMIN'))
        throw new DomainError('NOT_FOUND', 'No such API token.', 'id');
      if (token.revokedAt) return true;
      await m.getRepository(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'token',
        entityId: id,
        action: 'token.revoke',
        details: { ownerId: token.userId, label: token.label },
      });
      return true;
    });
  }

  /** Changes the caller's password after checking the current one; the caller's other web sessions end (API tokens stay). */
  async changePassword(
    actor: Actor,
    currentSessionId: string | null,
    currentPassword: string,
    newPassword: string,
  ): Promise<boolean> {
    const errors = validatePassword(newPassword, 'newPassword');
    if (errors.length) throw badUserInput(errors);
    const user = await this.db.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badUserInput([
        { field: 'currentPassword', rule: 'wrong_password', message: 'The current password is wrong.' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.write(async (m) => {
      await m.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await revokeSessions(m, user.id, ['session'], currentSessionId);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'user',
        entityId: user.id,
        action: 'user.change_password',
      });
    });
    return true;
  }
}
