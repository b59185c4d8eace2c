import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import type { Context } from '../../graphql/context';
import { encodeCursor, PageArgs, readPage, timeKey } from '../../graphql/pagination';
import { ApiTokenType, CreatedApiTokenType } from './api-token.type';
import type { SessionEntity } from './session.entity';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
/** The public view of a token row: never the hash. */
export function toApiToken(s: SessionEntity): ApiTokenType {
  return {
    id: s.id,
    label: s.label ?? '',
    createdAt: iso(s.createdAt)!,
    expiresAt: iso(s.expiresAt)!,
    lastUsedAt: iso(s.lastUsedAt),
    revokedAt: iso(s.revokedAt),
    cursor: encodeCursor('ApiToken', timeKey(s.createdAt), s.id),
  };
}

/** The signed-in user's own account: personal API tokens and password. */
@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => [ApiTokenType], {
    description: `Your personal API tokens, newest first (revoked ones too): at most ${MAX_PAGE_SIZE} (the default page); page on with \`after\`. Secrets are never shown again.`,
  })
  async apiTokens(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs): Promise<ApiTokenType[]> {
    return (await ctx.services.account.apiTokens(ctx.actor!, readPage('ApiToken', args))).map(toApiToken);
  }

  @Authorized()
  @Mutation(() => CreatedApiTokenType, {
    description: 'Creates a personal API token (valid 365 days) and returns its secret once.',
  })
  async createApiToken(
    @Ctx() ctx: Context,
    @Arg('label', () => String, { description: 'A name to tell the token apart from others.' }) label: string,
  ): Promise<CreatedApiTokenType> {
    const { token, session } = await ctx.services.account.createApiToken(ctx.actor!, label);
    return { token, apiToken: toApiToken(session) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes one of your API tokens at once (administrators: anyone’s).' })
  revokeApiToken(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The token’s id; the token stops working at once.' }) id: string,
  ): Promise<boolean> {
    return ctx.services.account.revokeApiToken(ctx.actor!, id);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Changes your password (at least 12 characters). Your other web sessions are signed out; API tokens stay valid.',
  })
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String, { description: 'The password the caller signs in with now.' })
    currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password (at least the configured length).' })
    newPassword: string,
  ): Promise<boolean> {
    return ctx.services.account.changePassword(ctx.actor!, ctx.sessionId, currentPassword, newPassword);
  }
}
