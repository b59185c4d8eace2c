import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { Actor, Role } from '@tsifra/domain/roles';
import { DomainError } from '@tsifra/domain/errors';
import type { Database } from '../../db/data-source';
import { RegionEntity } from '../region/region.entity';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const SESSION_DAYS = 14;
export const API_TOKEN_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is written at most once per this interval per session or token. */
const LAST_USED_RESOLUTION_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Authenticated {
  user: UserEntity;
  actor: Actor;
  sessionId: string;
  /** A web session or a personal API token: each has its own cost budget (http/cost-budget.ts). */
  kind: 'session' | 'token';
}

/** Sign-in, sessions and the actor behind a request. */
export class AuthService {
  constructor(private readonly db: Database) {}

  /** Checks the password; on success opens a session and returns its secret (sent as a cookie or used as a Bearer token). */
  async login(email: string, password: string): Promise<{ user: UserEntity; token: string }> {
    const users = this.db.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    // The same work and the same answer whether the email or the password was wrong.
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!user || !ok || !user.active) throw new DomainError('UNAUTHENTICATED', 'Wrong email or password.');
    const { token } = await this.db.write((m) => openSession(m, user.id, 'session', null));
    return { user, token };
  }

  /** The signed-in user behind a session cookie or Bearer token, or null when it is unknown, expired or revoked. */
  async authenticate(token: string | undefined): Promise<Authenticated | null> {
    if (!token) return null;
    const session = await this.db.dataSource
      .getRepository(SessionEntity)
      .findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session || new Date(session.expiresAt).getTime() <= Date.now()) return null;
    const user = await this.db.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (!user || !user.active) return null;
    if (session.kind === 'token') await this.touch(session);
    const region = user.regionId
      ? await this.db.dataSource.getRepository(RegionEntity).findOneBy({ id: user.regionId })
      : null;
    return {
      user,
      actor: { userId: user.id, role: user.role as Role, regionCode: region?.code ?? null },
      sessionId: session.id,
      kind: session.kind === 'token' ? 'token' : 'session',
    };
  }

  /** Records a token's use, at most once a minute: cheap enough for every request. */
  private readonly touchedAt = new Map<string, number>();
  private async touch(session: SessionEntity): Promise<void> {
    const now = Date.now();
    const last = Math.max(
      session.lastUsedAt ? new Date(session.lastUsedAt).getTime() : 0,
      this.touchedAt.get(session.id) ?? 0,
    );
    if (now - last < LAST_USED_RESOLUTION_MS) return;
    this.touchedAt.set(session.id, now);
    if (this.touchedAt.size > 10_000) this.touchedAt.clear();
    await this.db.write((m) =>
      m.getRepository(SessionEntity).update({ id: session.id }, { lastUsedAt: new Date(now) }),
    );
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.write((m) => m.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() }));
  }
}

/** Opens a session (web UI, 14 days) or a personal API token (365 days); only the secret's SHA-256 is stored. */
export async function openSession(
  m: EntityManager,
  userId: string,
  kind: 'session' | 'token',
  label: string | null,
): Promise<{ token: string; session: SessionEntity }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session: SessionEntity = {
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId,
    kind,
    label,
    createdAt: now,
    expiresAt: new Date(now.getTime() + (kind === 'token' ? API_TOKEN_DAYS : SESSION_DAYS) * DAY_MS),
    revokedAt: null,
    lastUsedAt: null,
  };
  await m.getRepository(SessionEntity).insert(session);
  return { token, session };
}

/** Revokes a user's live sessions of the given kinds, except one (the caller's own). */
export async function revokeSessions(
  m: EntityManager,
  userId: string,
  kinds: ('session' | 'token')[],
  exceptId?: string | null,
): Promise<void> {
  const repo = m.getRepository(SessionEntity);
  const live = await repo.find({
    where: { userId, revokedAt: IsNull(), ...(exceptId ? { id: Not(exceptId) } : {}) },
    select: { id: true, kind: true },
  });
  const ids = live.filter((s) => (kinds as string[]).includes(s.kind)).map((s) => s.id);
  for (let i = 0; i < ids.length; i += 500) {
    await repo
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: new Date() })
      .whereInIds(ids.slice(i, i + 500))
      .execute();
  }
}
