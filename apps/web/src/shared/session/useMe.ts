import { useQuery } from '@apollo/client/react';
import { graphql, useFragment as unmask } from '../../gql';
import type { UserMenu_UserFragment } from '../../gql/graphql';

/** What the app knows of the signed-in user (the header's menu, where sign-in leads). */
export const UserMenu_user = graphql(`
  fragment UserMenu_user on User {
    id
    email
    name
    role
    region {
      id
      code
      name
      nameEn
    }
  }
`);

export const MeQuery = graphql(`
  query MeQuery {
    me {
      id
      ...UserMenu_user
    }
  }
`);

export type Me = UserMenu_UserFragment;

/** The signed-in user (null when anonymous), from the session cookie. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return {
    me: data?.me ? unmask(UserMenu_user, data.me) : null,
    loading: loading && !data,
    error,
    refetch,
    known: data !== undefined,
  };
}

/** Where a user starts after signing in: a regional editor goes to their region's editor. */
export function homeOf(me: Pick<Me, 'role' | 'region'>): string {
  if (me.role === 'REGIONAL_EDITOR' && me.region) return `/regions/${me.region.code}/edit`;
  return '/';
}

/** A `next` target is followed only when it is a path of this site (no open redirect). */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next.startsWith('/login')) return null;
  return next;
}
