import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from '../i18n/react';
import { currentLanguage } from '../../app/i18n';
import { graphql, useFragment, useFragment as unmask, type FragmentType } from '../../gql';
import { formatDateTime } from '../format';
import { usePager } from '../pagination';
import { PagingStatus } from '../ShowMore';
import { historySummary } from './historySummary';
import './history.css';

// The first page comes with the screen's query (without first: the server's default page, PAGE_SIZE); the rest page by page.
// No literal first: GraphQL Armor's cost limit multiplies by it, and the server's default is the same page.
export const HistoryList_strategy = graphql(`
  fragment HistoryList_strategy on Strategy {
    id
    history {
      ...HistoryList_event
    }
  }
`);

export const HistoryList_event = graphql(`
  fragment HistoryList_event on AuditEvent {
    id
    cursor
    entity
    action
    details
    createdAt
    actor {
      id
      name
    }
  }
`);

export const HistoryPageQuery = graphql(`
  query HistoryPageQuery($id: ID!, $after: String) {
    strategy(id: $id) {
      id
      history(after: $after) {
        ...HistoryList_event
      }
    }
  }
`);

/**
 * The strategy's audit log, newest first: when, who, what they did and the gist of the change. The server
 * pages it oldest first, so the whole log is fetched (page by page) before the newest entries can lead.
 * Read-only; the server returns it only to the region's users, reviewers and admins.
 */
export function HistoryList(props: { strategy: FragmentType<typeof HistoryList_strategy> }) {
  const strategy = useFragment(HistoryList_strategy, props.strategy);
  const history = useFragment(HistoryList_event, strategy.history);
  const client = useApolloClient();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const pager = usePager(
    history,
    async (after) => {
      const { data } = await client.query({
        query: HistoryPageQuery,
        variables: { id: strategy.id, after },
        fetchPolicy: 'network-only',
      });
      return unmask(HistoryList_event, data?.strategy?.history ?? []);
    },
    { auto: true },
  );
  const events = [...history].reverse();
  if (events.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <>
      <PagingStatus pager={pager} count={history.length} />
      <ol className="history" reversed>
        {events.map((event) => {
          const summary = historySummary(event.action, event.details, t);
          return (
            <li key={event.id} className="history__item">
              <time dateTime={event.createdAt} className="history__time">
                {formatDateTime(event.createdAt, lang)}
              </time>{' '}
              <span className="history__actor">{event.actor?.name ?? t('history.system')}</span>{' '}
              <span className="history__action">
                {t(`history.action.${event.action.replace('.', '_')}`, { defaultValue: event.action })}
              </span>
              {summary && <span className="history__details">{summary}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
