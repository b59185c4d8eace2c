import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ApiTokenType, CreatedApiTokenType } from './api-token.type';
import type { SessionEntity } from './session.entity';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
/** The public view of a token row: never the hash. */
export function toApiToken(s: SessionEntity): ApiTokenType {
  return { id: s.id, label: s.label ?? '', createdAt: iso(s.createdAt)!, expiresAt: iso(s.expiresAt)!, lastUsedAt: iso(s.lastUsedAt), revokedAt: iso(s.revokedAt) };
}

/** The signed-in user's own account: personal API tokens and password. */
@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => [ApiTokenType], { description: 'Your personal API tokens, newest first (revoked ones too). Secrets are never shown again.' })
  async apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return (await ctx.services.account.apiTokens(ctx.actor!)).map(toApiToken);
  }

  @Authorized()
  @Mutation(() => CreatedApiTokenType, { description: 'Creates a personal API token (valid 365 days) and returns its secret once.' })
  async createApiToken(@Ctx() ctx: Context, @Arg('label', () => String) label: string): Promise<CreatedApiTokenType> {
    const { token, session } = await ctx.services.account.createApiToken(ctx.actor!, label);
    return { token, apiToken: toApiToken(session) };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes one of your API tokens at once (administrators: anyone’s).' })
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.account.revokeApiToken(ctx.actor!, id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your password (at least 12 characters). Your other web sessions are signed out; API tokens stay valid.' })
  changePassword(@Ctx() ctx: Context, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string): Promise<boolean> {
    return ctx.services.account.changePassword(ctx.actor!, ctx.sessionId, currentPassword, newPassword);
  }
}
