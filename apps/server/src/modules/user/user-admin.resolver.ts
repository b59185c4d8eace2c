import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { UserEntity } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserType } from './user.type';

/** User management: administrators only. */
@Resolver(() => UserType)
export class UserAdminResolver {
  @Authorized('ADMIN')
  @Query(() => [UserType], { description: 'Every user, by email (administrators).' })
  users(@Ctx() ctx: Context): Promise<UserEntity[]> {
    return ctx.services.userAdmin.list(ctx.actor!);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Creates a user (administrators). The email must be new (CONFLICT otherwise).' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserEntity> {
    return ctx.services.userAdmin.create(ctx.actor!, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Changes a user’s name, role, region or active flag (administrators). Deactivating revokes their sessions and tokens.' })
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<UserEntity> {
    return ctx.services.userAdmin.update(ctx.actor!, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, { description: 'Sets a user’s password (administrators); their web sessions are signed out.' })
  setUserPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('password', () => String) password: string): Promise<UserEntity> {
    return ctx.services.userAdmin.setPassword(ctx.actor!, ctx.sessionId, id, password);
  }
}
