import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '@tsifra/domain/errors';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { CURSOR_DESCRIPTION, encodeCursor } from '../../graphql/pagination';
import { RegionType } from '../region/region.type';
import { SESSION_COOKIE } from './session-cookie';
import type { UserEntity } from './user.entity';
import { UserType } from './user.type';

@Resolver(() => UserType)
export class UserResolver {
  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@Ctx() ctx: Context): UserEntity | null {
    return ctx.user;
  }

  @Public()
  @Mutation(() => UserType, {
    description: 'Signs in: sets an http-only session cookie (the web UI) and returns the user.',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('email', () => String, { description: 'The account’s e-mail address.' }) email: string,
    @Arg('password', () => String, { description: 'The account’s password.' }) password: string,
  ): Promise<UserEntity> {
    const normalized = email.trim().toLowerCase();
    const ip = ctx.req.ip ?? 'unknown';
    await ctx.services.loginLimiter.assertAllowed(normalized, ip);
    try {
      const { user, token } = await ctx.services.auth.login(normalized, password);
      await ctx.services.loginLimiter.recordSuccess(normalized, ip);
      ctx.res.cookie(SESSION_COOKIE, token, ctx.services.sessionCookieOptions);
      // Scripts without a cookie jar read the token from this header and send it as `Authorization: Bearer`.
      ctx.res.setHeader('X-Session-Token', token);
      ctx.user = user; // signed in from here on: the answer may show the user their own email (UserFieldsResolver)
      return user;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED')
        await ctx.services.loginLimiter.recordFailure(normalized, ip);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session. True when there was one.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!ctx.sessionId) return false;
    await ctx.services.auth.logout(ctx.sessionId);
    return true;
  }

  /** The users list runs by email; the cursor carries it. */
  @FieldResolver(() => String, { description: CURSOR_DESCRIPTION })
  cursor(@Root() user: UserEntity): string {
    return encodeCursor('User', user.email, user.id);
  }

  @FieldResolver(() => RegionType, { nullable: true, description: "A regional editor's region." })
  region(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.regionId ? ctx.loaders.regionById.load(user.regionId) : null;
  }
}
