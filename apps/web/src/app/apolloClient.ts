import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { pagedList } from '../shared/pagination';

/**
 * Cache identity for every object that has no `id` field of its own. Objects
 * without identity get clobbered when two queries select different fields of
 * them (apollo-client#5833). Tile and IndicatorValue are value objects that
 * only ever live inside their parent, so they stay unnormalised on purpose.
 */
export const typePolicies = {
  FederalDistrict: { keyFields: ['code'] },
  Tile: { keyFields: false },
  IndicatorValue: { keyFields: false },
  // A frozen revision repeats the live goal and indicator ids (remarks pin to them): normalising
  // them would let revision 2 overwrite revision 1 in the cache. They only live inside their revision.
  RevisionGoal: { keyFields: false },
  RevisionIndicator: { keyFields: false },
  RevisionInitiative: { keyFields: false },
  // Lists paged by first/after: "Show more" and fetch-until-done append pages to the list the screen shows.
  Query: { fields: { notifications: pagedList(['unreadOnly']), users: pagedList(), apiTokens: pagedList() } },
  Strategy: { fields: { history: pagedList(), remarks: pagedList(['status', 'revision']), comments: pagedList() } },
  GostechPlan: { fields: { history: pagedList(), systems: pagedList() } },
  Comment: { fields: { replies: pagedList() } },
  StrategyRevision: { fields: { remarks: pagedList() } },
} as const;

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // Same origin as the page: the session cookie goes along, nothing leaves the host.
    link: new HttpLink({ uri, credentials: 'include' }),
    cache: new InMemoryCache({ typePolicies }),
  });
}
