import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { typePolicies } from '../../../app/apolloClient';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';
import { renderWithProviders } from '../../../test/render';
import { MeQuery } from '../../../shared/session/useMe';
import {
  MarkNotificationsReadMutation,
  NotificationBell,
  NotificationCountQuery,
  NotificationListQuery,
  NOTIFICATIONS_PAGE,
  notificationHref,
} from '../components/NotificationBell';

const reviewer = {
  __typename: 'User',
  id: 'u1',
  email: 'reviewer@tsifra.test',
  name: 'Эксперт',
  role: 'FEDERAL_REVIEWER',
  region: null,
};
const region = (code: string, name: string) => ({ __typename: 'Region', id: `r-${code}`, code, name, nameEn: name });
type Note = {
  id: string;
  kind: string;
  revision: number;
  excerpt: string | null;
  createdAt: string;
  region: ReturnType<typeof region>;
  actor: { __typename: string; id: string; name: string };
};

const TWO: Note[] = [
  {
    id: 'n1',
    kind: 'SUBMITTED',
    revision: 1,
    excerpt: null,
    createdAt: '2021-08-30T09:00:00.000Z',
    region: region('RU-BEL', 'Белгородская область'),
    actor: { __typename: 'User', id: 'u2', name: 'Редактор' },
  },
  {
    id: 'n2',
    kind: 'REPLY_ADDED',
    revision: 1,
    excerpt: 'Снизили план',
    createdAt: '2021-08-31T09:00:00.000Z',
    region: region('RU-KLU', 'Калужская область'),
    actor: { __typename: 'User', id: 'u3', name: 'Редактор Калуги' },
  },
];

/** A server holding `notifications` newest first, paged by first/after as the API does (the cursor is the id here); `failAfter` fails that page once. */
function server(me: typeof reviewer | null, notifications: Note[] = TWO, options: { failAfter?: string } = {}) {
  const read = new Set<string>();
  const mark = jest.fn();
  const requested: (string | null)[] = [];
  let failed = false;
  const page = (after: string | null) => {
    requested.push(after);
    const start = after === null ? 0 : notifications.findIndex((n) => n.id === after) + 1;
    return notifications
      .slice(start, start + NOTIFICATIONS_PAGE)
      .map((n) => ({ __typename: 'Notification', ...n, cursor: n.id, read: read.has(n.id) }));
  };
  const mocks = [
    { request: { query: MeQuery }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY },
    {
      request: { query: NotificationCountQuery },
      result: () => ({ data: { unreadNotificationCount: notifications.filter((n) => !read.has(n.id)).length } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: {
        query: NotificationListQuery,
        variables: (v: Record<string, unknown>) => v['first'] === NOTIFICATIONS_PAGE,
      },
      result: (v: { after?: string | null }) => {
        if (options.failAfter === undefined || v.after !== options.failAfter || failed)
          return { data: { notifications: page(v.after ?? null) } };
        failed = true;
        return { errors: [new GraphQLError('Сервер недоступен', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: MarkNotificationsReadMutation, variables: { ids: null } },
      result: () => {
        mark(null);
        notifications.forEach((n) => read.add(n.id));
        return { data: { markNotificationsRead: 2 } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  return { mocks, mark, requested };
}

function renderBell(me: typeof reviewer | null, notifications?: Note[], options?: { failAfter?: string }) {
  const { mocks, mark, requested } = server(me, notifications, options);
  renderWithProviders(
    // The app's own cache policies: pages are joined by the Query.notifications merge.
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      <NotificationBell />
    </MockedProvider>,
  );
  return { mark, requested };
}

const many = (count: number): Note[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    kind: 'REMARK_ADDED',
    revision: 1,
    excerpt: `Замечание ${i}`,
    createdAt: new Date(Date.UTC(2021, 8, 30) - i * 60_000).toISOString(),
    region: region('RU-BEL', 'Белгородская область'),
    actor: { __typename: 'User', id: 'u1', name: 'Эксперт' },
  }));

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications as links and marks them all read', async () => {
    const user = userEvent.setup();
    const { mark } = renderBell(reviewer);

    const bell = await screen.findByRole('button', { name: 'Уведомления: 2 непрочитанных' });
    expect(bell).toHaveTextContent('2');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);

    const panel = screen.getByRole('region', { name: 'Уведомления' });
    const submitted = await within(panel).findByRole('link', {
      name: /Белгородская область: стратегия подана на проверку \(редакция 1\)/,
    });
    expect(submitted).toHaveAttribute('href', '/regions/RU-BEL/review');
    expect(submitted).toHaveTextContent(/^новое:/);
    expect(within(panel).getByText('«Снизили план»')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Отметить все прочитанными' }));
    await screen.findByRole('button', { name: 'Уведомления: 0 непрочитанных' });
    expect(mark).toHaveBeenCalledWith(null);
    await waitFor(() =>
      expect(within(panel).getByRole('link', { name: /Белгородская/ })).not.toHaveTextContent(/новое/),
    );
  });

  it('closes with Escape and gives focus back to the bell', async () => {
    const user = userEvent.setup();
    renderBell(reviewer);

    await user.click(await screen.findByRole('button', { name: /^Уведомления:/ }));
    expect(screen.getByRole('region', { name: 'Уведомления' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Уведомления' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Уведомления:/ })).toHaveFocus();
  });

  it('shows nothing to anonymous visitors', async () => {
    renderBell(null);
    // Let the "who am I" answer (null) arrive, then look.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the first page, fetches the next on "Show more" (keyboard too), and hides the button after a short page', async () => {
    const user = userEvent.setup();
    const { requested } = renderBell(reviewer, many(NOTIFICATIONS_PAGE * 2 + 5));
    await user.click(await screen.findByRole('button', { name: /^Уведомления:/ }));
    const panel = screen.getByRole('region', { name: 'Уведомления' });
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE));

    const more = within(panel).getByRole('button', { name: 'Показать ещё' });
    await user.click(more);
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE * 2));
    expect(requested).toEqual([null, `m${NOTIFICATIONS_PAGE - 1}`]);

    within(panel).getByRole('button', { name: 'Показать ещё' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE * 2 + 5));
    const texts = within(panel)
      .getAllByRole('link')
      .map((a) => a.closest('li')!.textContent);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.at(-1)).toContain(`Замечание ${NOTIFICATIONS_PAGE * 2 + 4}`);
    expect(within(panel).queryByRole('button', { name: 'Показать ещё' })).toBeNull();
  });

  it('says when the next page fails, keeps what is shown, and tries again on request', async () => {
    const user = userEvent.setup();
    const notes = many(NOTIFICATIONS_PAGE + 3);
    renderBell(reviewer, notes, { failAfter: notes[NOTIFICATIONS_PAGE - 1]!.id });
    await user.click(await screen.findByRole('button', { name: /^Уведомления:/ }));
    const panel = screen.getByRole('region', { name: 'Уведомления' });
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE));

    await user.click(within(panel).getByRole('button', { name: 'Показать ещё' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось загрузить следующую страницу');
    expect(alert).toHaveTextContent('Сервер недоступен');
    expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE);

    await user.click(within(panel).getByRole('button', { name: 'Показать ещё' }));
    await waitFor(() => expect(within(panel).getAllByRole('link')).toHaveLength(NOTIFICATIONS_PAGE + 3));
    expect(within(panel).queryByRole('alert')).toBeNull();
  });

  it('links an approval to the public page, a GosTech plan decision to the plan, and everything else to the review screen', () => {
    expect(notificationHref('APPROVED', 'RU-TUL')).toBe('/regions/RU-TUL');
    expect(notificationHref('REMARK_ADDED', 'RU-TUL')).toBe('/regions/RU-TUL/review');
    for (const kind of ['PLAN_SUBMITTED', 'PLAN_CHANGES_REQUESTED', 'PLAN_APPROVED'] as const)
      expect(notificationHref(kind, 'RU-TUL')).toBe('/regions/RU-TUL/gostech');
  });

  it('has a sentence for every notification kind the schema declares, in both languages', () => {
    const schemaKinds = [
      ...readFileSync(join(__dirname, '../../../../../server/schema.graphql'), 'utf8')
        .match(/enum NotificationKind \{([^}]*)\}/)![1]!
        .matchAll(/^\s+([A-Z_]+)$/gm),
    ].map((m) => m[1]);
    expect(schemaKinds).toContain('PLAN_SUBMITTED');
    for (const dict of [ru, en])
      expect(
        schemaKinds.filter((k) => typeof (dict.notifications.kind as Record<string, string>)[k!] !== 'string'),
      ).toEqual([]);
  });
  it('says in each item which document it concerns and who acted, next to the link', async () => {
    const user = userEvent.setup();
    const plan: Note = { ...TWO[0]!, id: 'n3', kind: 'PLAN_APPROVED', region: region('RU-TUL', 'Тульская область') };
    renderBell(reviewer, [...TWO, plan]);
    await user.click(await screen.findByRole('button', { name: /^Уведомления:/ }));
    const panel = screen.getByRole('region', { name: 'Уведомления' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Стратегия цифровой трансформации · Белгородская область · Кто: Редактор');
    expect(items[1]).toHaveTextContent('Кто: Редактор Калуги');
    expect(items[2]).toHaveTextContent('План-график ГосТех · Тульская область');
    expect(within(items[2]!).getByRole('link')).toHaveAttribute('href', '/regions/RU-TUL/gostech');
  });
});
