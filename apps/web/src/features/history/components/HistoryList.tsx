import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../shared/format';
import { historySummary } from '../historySummary';
import './history.css';

export const HistoryList_strategy = graphql(`
  fragment HistoryList_strategy on Strategy {
    id
    history {
      id
      entity
      action
      details
      createdAt
      actor {
        id
        name
      }
    }
  }
`);

/**
 * The strategy's audit log, newest first: when, who, what they did and the gist of the change.
 * Read-only; the server returns it only to the region's users, reviewers and admins.
 */
export function HistoryList(props: { strategy: FragmentType<typeof HistoryList_strategy> }) {
  const strategy = useFragment(HistoryList_strategy, props.strategy);
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const events = [...strategy.history].reverse();
  if (events.length === 0) return <p>{t('history.empty')}</p>;
  return (
    <ol className="history" reversed>
      {events.map((event) => {
        const summary = historySummary(event.action, event.details, t);
        return (
          <li key={event.id} className="history__item">
            <time dateTime={event.createdAt} className="history__time">
              {formatDateTime(event.createdAt, lang)}
            </time>{' '}
            <span className="history__actor">{event.actor?.name ?? t('history.system')}</span>{' '}
            <span className="history__action">{t(`history.action.${event.action.replace('.', '_')}`, { defaultValue: event.action })}</span>
            {summary && <span className="history__details">{summary}</span>}
          </li>
        );
      })}
    </ol>
  );
}
