import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import type { Actor, Role } from '@tsifra/domain/roles';
import { DomainError } from '@tsifra/domain/errors';
import type { Database } from '../../db/data-source';
import { RegionEntity } from '../region/region.entity';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const SESSION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Authenticated {
  user: UserEntity;
  actor: Actor;
  sessionId: string;
}

/** Sign-in, sessions and the actor behind a request. */
export class AuthService {
  constructor(private readonly db: Database) {}

  /** Checks the password; on success opens a session and returns its secret (sent as a cookie or used as a Bearer token). */
  async login(email: string, password: string): Promise<{ user: UserEntity; token: string }> {
    const users = this.db.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    // The same work and the same answer whether the email or the password was wrong.
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!user || !ok || !user.active) throw new DomainError('UNAUTHENTICATED', 'Wrong email or password.');
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.db.write((m) =>
      m.getRepository(SessionEntity).insert({
        id: randomUUID(),
        tokenHash: hashToken(token),
        userId: user.id,
        kind: 'session',
        label: null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS),
        revokedAt: null,
      }),
    );
    return { user, token };
  }

  /** The signed-in user behind a session cookie or Bearer token, or null when it is unknown, expired or revoked. */
  async authenticate(token: string | undefined): Promise<Authenticated | null> {
    if (!token) return null;
    const session = await this.db.dataSource.getRepository(SessionEntity).findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session || new Date(session.expiresAt).getTime() <= Date.now()) return null;
    const user = await this.db.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (!user || !user.active) return null;
    const region = user.regionId ? await this.db.dataSource.getRepository(RegionEntity).findOneBy({ id: user.regionId }) : null;
    return { user, actor: { userId: user.id, role: user.role as Role, regionCode: region?.code ?? null }, sessionId: session.id };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.write((m) => m.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() }));
  }
}
