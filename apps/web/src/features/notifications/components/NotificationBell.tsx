import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { Link, useLocation } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { NotificationKind } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format';
import { usePager } from '../../../shared/pagination';
import { ShowMore } from '../../../shared/ShowMore';
import { useMe } from '../../../shared/session/useMe';
import './notifications.css';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';

export const NotificationCountQuery = graphql(`
  query NotificationCountQuery {
    unreadNotificationCount
  }
`);

export const NotificationListQuery = graphql(`
  query NotificationListQuery($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      id
      cursor
      kind
      revision
      excerpt
      createdAt
      read
      region {
        id
        code
        name
        nameEn
      }
      actor {
        id
        name
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsReadMutation($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** How often the unread count is refreshed while the page stays open (it is also refreshed on every navigation). */
export const POLL_MS = 30_000;
/** The panel shows this many at a time; "Show more" fetches the next ones. */
export const NOTIFICATIONS_PAGE = 20;

/**
 * Where a notification leads: a strategy's decisions and remarks to the review screen, its approval to the public
 * page; anything about a GosTech plan to the plan's page (its decision panel and history are there).
 */
export function notificationHref(kind: NotificationKind, regionCode: string): string {
  const region = `/regions/${encodeURIComponent(regionCode)}`;
  if (kind.startsWith('PLAN_')) return `${region}/gostech`;
  return kind === 'APPROVED' ? region : `${region}/review`;
}

/**
 * The header's bell: the unread count (polled, and refreshed on navigation) and a panel with the
 * latest notifications as links; opening one marks it read, and all can be marked read at once.
 * Anonymous visitors see nothing.
 */
export function NotificationBell() {
  const { me } = useMe();
  if (!me) return null;
  return <SignedInBell key={me.id} />;
}

function SignedInBell() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const count = useQuery(NotificationCountQuery, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const list = useQuery(NotificationListQuery, {
    variables: { first: NOTIFICATIONS_PAGE },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation);
  const [error, setError] = useState<unknown>(null);
  const unread = count.data?.unreadNotificationCount ?? 0;

  // A navigation is a good moment to look again (the action that led here may have caused one).
  const { refetch } = count;
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [location.pathname, refetch]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const mark = async (ids: string[] | null) => {
    setError(null);
    try {
      await markRead({ variables: { ids } });
      await Promise.all([count.refetch(), list.refetch()]);
    } catch (e) {
      setError(e);
    }
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const items = list.data?.notifications ?? [];
  const { fetchMore } = list;
  const pager = usePager(
    list.data?.notifications,
    async (after) => (await fetchMore({ variables: { after } })).data?.notifications ?? [],
    { pageSize: NOTIFICATIONS_PAGE },
  );
  return (
    <div
      className="bell"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close();
      }}
    >
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.button', { count: unread })}
        onClick={() => setOpen(!open)}
      >
        {/* Drawn inline: no emoji or icon font is guaranteed on the machines this runs on. */}
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" className="bell__icon">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell__panel" aria-label={t('notifications.title')}>
          <div className="bell__head">
            <h2>{t('notifications.title')}</h2>
            <button
              type="button"
              className="link-button"
              disabled={unread === 0 || marking.loading}
              onClick={() => void mark(null)}
            >
              {marking.loading ? t('notifications.marking') : t('notifications.markAll')}
            </button>
          </div>
          {error !== null && <ErrorNotice kind="action" error={error} />}
          {list.error && <ErrorNotice kind="action" error={list.error} />}
          {list.loading && !list.data && (
            <p role="status" className="muted">
              {t('common.loading')}
            </p>
          )}
          {list.data && items.length === 0 && <p>{t('notifications.empty')}</p>}
          {items.length > 0 && (
            <ul className="bell__list">
              {items.map((n) => {
                const regionName = n.region ? (lang === 'en' ? n.region.nameEn : n.region.name) : '';
                const text = t(`notifications.kind.${n.kind}`, {
                  region: regionName,
                  actor: n.actor?.name ?? t('history.system'),
                  revision: n.revision ?? '',
                });
                return (
                  <li key={n.id} className={`bell__item${n.read ? '' : ' bell__item--unread'}`}>
                    {n.region ? (
                      <Link
                        to={notificationHref(n.kind, n.region.code)}
                        onClick={() => {
                          setOpen(false);
                          if (!n.read) void mark([n.id]);
                        }}
                      >
                        {!n.read && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                    {/* Which document and who: the headline alone may leave either out. */}
                    <span className="bell__meta">
                      {n.region &&
                        t(
                          n.kind.startsWith('PLAN_')
                            ? 'notifications.document.plan'
                            : 'notifications.document.strategy',
                          { region: regionName },
                        )}
                      {n.region && ' · '}
                      {t('notifications.by', { actor: n.actor?.name ?? t('history.system') })}
                    </span>
                    {n.excerpt && <span className="bell__excerpt">«{n.excerpt}»</span>}
                    <time className="bell__time" dateTime={n.createdAt}>
                      {formatDateTime(n.createdAt, lang)}
                    </time>
                  </li>
                );
              })}
            </ul>
          )}
          <ShowMore pager={pager} />
        </section>
      )}
    </div>
  );
}
