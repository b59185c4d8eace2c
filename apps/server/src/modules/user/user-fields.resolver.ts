import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canSeeEmail } from '@tsifra/domain/users';
import type { Context } from '../../graphql/context';
import { UserType } from './user.type';

/** A person as others see them: the email only for the person, administrators and federal reviewers (canSeeEmail). */
@Resolver(() => UserType)
export class UserFieldsResolver {
  // The contract keeps `email: String!`, so a hidden address is the empty string rather than null (docs/api.md).
  @FieldResolver(() => String, {
    description:
      'The sign-in email (адрес электронной почты). Only the person themself, administrators and federal reviewers see it; for anyone else (anonymous readers, regional editors) it is the empty string, and the name and role identify the person.',
  })
  email(@Root() user: UserType, @Ctx() ctx: Context): string {
    return canSeeEmail(ctx.actor, user.id) || ctx.user?.id === user.id ? user.email : '';
  }
}
