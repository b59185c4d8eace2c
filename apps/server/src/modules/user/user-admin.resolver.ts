import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import type { Context } from '../../graphql/context';
import { PageArgs, readPage } from '../../graphql/pagination';
import type { UserEntity } from './user.entity';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserType } from './user.type';

/** User management: administrators only. */
@Resolver(() => UserType)
export class UserAdminResolver {
  @Authorized('ADMIN')
  @Query(() => [UserType], {
    description: `Every user, by email (administrators): at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`.`,
  })
  users(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs): Promise<UserEntity[]> {
    return ctx.services.userAdmin.list(ctx.actor!, readPage('User', args));
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, {
    description: 'Creates a user (administrators). The email must be new (CONFLICT otherwise).',
  })
  createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'The new account.' }) input: CreateUserInput,
  ): Promise<UserEntity> {
    return ctx.services.userAdmin.create(ctx.actor!, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, {
    description:
      'Changes a user’s name, role, region or active flag (administrators). Deactivating revokes their sessions and tokens.',
  })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The user’s id.' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'The account’s new details.' }) input: UpdateUserInput,
  ): Promise<UserEntity> {
    return ctx.services.userAdmin.update(ctx.actor!, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, {
    description: 'Sets a user’s password (administrators); their web sessions are signed out.',
  })
  setUserPassword(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The user’s id.' }) id: string,
    @Arg('password', () => String, { description: 'The new password.' }) password: string,
  ): Promise<UserEntity> {
    return ctx.services.userAdmin.setPassword(ctx.actor!, ctx.sessionId, id, password);
  }
}
