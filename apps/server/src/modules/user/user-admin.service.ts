import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, DomainError, prefixFieldErrors } from '@tsifra/domain/errors';
import type { Actor, Role } from '@tsifra/domain/roles';
import { normalizeEmail, validatePassword, validateUser } from '@tsifra/domain/users';
import type { Database } from '../../db/data-source';
import { keysetPage, type PageRequest } from '../../db/keyset';
import { recordAudit } from '../audit/audit';
import { RegionEntity } from '../region/region.entity';
import { revokeSessions } from './auth.service';
import { hashPassword } from './passwords';
import type { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserEntity } from './user.entity';

/** Administrators manage users. The resolver allows ADMIN only; the service checks again. */
export class UserAdminService {
  constructor(private readonly db: Database) {}

  /** One page of users by email (emails are unique and stored lower-cased: a stable keyset). */
  list(actor: Actor, page: PageRequest): Promise<UserEntity[]> {
    assertAdmin(actor);
    return keysetPage(this.db.dataSource.getRepository(UserEntity).createQueryBuilder('u'), page, {
      key: 'u.email',
      id: 'u.id',
    }).getMany();
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    assertAdmin(actor);
    const email = normalizeEmail(input.email);
    const errors = [
      ...validateUser({ email, name: input.name, role: input.role as Role, regionCode: input.regionCode }),
      ...validatePassword(input.password),
    ];
    if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
    const passwordHash = await hashPassword(input.password);
    return this.db.write(async (m) => {
      if (await m.getRepository(UserEntity).existsBy({ email }))
        throw new DomainError('CONFLICT', `A user with the email ${email} already exists.`, 'input.email');
      const user: UserEntity = {
        id: randomUUID(),
        email,
        name: input.name.trim(),
        role: input.role,
        regionId: await regionIdOf(m, input.regionCode),
        passwordHash,
        active: true,
        createdAt: new Date(),
      };
      await m.getRepository(UserEntity).insert(user);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'user',
        entityId: user.id,
        action: 'user.create',
        details: { email, role: user.role, regionCode: input.regionCode ?? null },
      });
      return user;
    });
  }

  async update(actor: Actor, id: string, input: UpdateUserInput): Promise<UserEntity> {
    assertAdmin(actor);
    return this.db.write(async (m) => {
      const user = await m.getRepository(UserEntity).findOneBy({ id });
      if (!user) throw new DomainError('NOT_FOUND', 'No such user.', 'id');
      const currentRegion = user.regionId
        ? (await m.getRepository(RegionEntity).findOneByOrFail({ id: user.regionId })).code
        : null;
      const role = (input.role ?? user.role) as Role;
      // An omitted region stays for a regional editor and goes for the other roles.
      const regionCode =
        input.regionCode !== undefined ? input.regionCode : role === 'REGIONAL_EDITOR' ? currentRegion : null;
      const errors = validateUser({ email: user.email, name: input.name ?? user.name, role, regionCode });
      if (id === actor.userId && (input.active === false || role !== 'ADMIN')) {
        errors.push({
          field: input.active === false ? 'active' : 'role',
          rule: 'self_lockout',
          message: 'Administrators cannot deactivate or demote themselves.',
        });
      }
      if (errors.length) throw badUserInput(prefixFieldErrors('input', errors));
      const patch: Partial<UserEntity> = {
        name: (input.name ?? user.name).trim(),
        role,
        regionId: await regionIdOf(m, regionCode),
      };
      if (input.active != null) patch.active = input.active;
      await m.getRepository(UserEntity).update({ id }, patch);
      if (patch.active === false) await revokeSessions(m, id, ['session', 'token']);
      await recordAudit(m, actor, {
        strategyId: null,
        entity: 'user',
        entityId: id,
        action: 'user.update',
        details: {
          before: { name: user.name, role: user.role, regionCode: currentRegion, active: user.active },
          after: { name: patch.name, role, regionCode, active: patch.active ?? user.active },
        },
      });
      return Object.assign(user, patch);
    });
  }

  /** Sets a user's password (a reset); their web sessions end (but the caller's own), so a stolen session does not outlive it. */
  async setPassword(actor: Actor, currentSessionId: string | null, id: string, password: string): Promise<UserEntity> {
    assertAdmin(actor);
    const errors = validatePassword(password);
    if (errors.length) throw badUserInput(errors);
    const passwordHash = await hashPassword(password);
    return this.db.write(async (m) => {
      const user = await m.getRepository(UserEntity).findOneBy({ id });
      if (!user) throw new DomainError('NOT_FOUND', 'No such user.', 'id');
      await m.getRepository(UserEntity).update({ id }, { passwordHash });
      await revokeSessions(m, id, ['session'], currentSessionId);
      await recordAudit(m, actor, { strategyId: null, entity: 'user', entityId: id, action: 'user.set_password' });
      return Object.assign(user, { passwordHash });
    });
  }
}

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only administrators manage users.');
}

async function regionIdOf(m: EntityManager, regionCode: string | null | undefined): Promise<string | null> {
  const code = regionCode?.trim().toUpperCase();
  if (!code) return null;
  const region = await m.getRepository(RegionEntity).findOneBy({ code });
  if (!region)
    throw badUserInput([{ field: 'input.regionCode', rule: 'unknown_region', message: `Unknown region: "${code}".` }]);
  return region.id;
}
