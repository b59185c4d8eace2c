import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { MeQuery } from '../../auth/useMe';
import { MarkNotificationsReadMutation, NotificationBell, NotificationCountQuery, NotificationListQuery, notificationHref } from '../components/NotificationBell';

const reviewer = { __typename: 'User', id: 'u1', email: 'reviewer@tsifra.test', name: 'Эксперт', role: 'FEDERAL_REVIEWER', region: null };
const region = (code: string, name: string) => ({ __typename: 'Region', id: `r-${code}`, code, name, nameEn: name });

function server(me: typeof reviewer | null) {
  const read = new Set<string>();
  const notifications = [
    { id: 'n1', kind: 'SUBMITTED', revision: 1, excerpt: null, createdAt: '2021-08-30T09:00:00.000Z', region: region('RU-BEL', 'Белгородская область'), actor: { __typename: 'User', id: 'u2', name: 'Редактор' } },
    { id: 'n2', kind: 'REPLY_ADDED', revision: 1, excerpt: 'Снизили план', createdAt: '2021-08-31T09:00:00.000Z', region: region('RU-KLU', 'Калужская область'), actor: { __typename: 'User', id: 'u3', name: 'Редактор Калуги' } },
  ];
  const mark = jest.fn();
  const mocks = [
    { request: { query: MeQuery }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY },
    {
      request: { query: NotificationCountQuery },
      result: () => ({ data: { unreadNotificationCount: notifications.filter((n) => !read.has(n.id)).length } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: NotificationListQuery },
      result: () => ({ data: { notifications: notifications.map((n) => ({ __typename: 'Notification', ...n, read: read.has(n.id) })) } }),
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
  return { mocks, mark };
}

function renderBell(me: typeof reviewer | null) {
  const { mocks, mark } = server(me);
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <NotificationBell />
    </MockedProvider>,
  );
  return { mark };
}

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications as links and marks them all read', async () => {
    const user = userEvent.setup();
    const { mark } = renderBell(reviewer);

    const bell = await screen.findByRole('button', { name: 'Уведомления: 2 непрочитанных' });
    expect(bell).toHaveTextContent('2');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);

    const panel = screen.getByRole('region', { name: 'Уведомления' });
    const submitted = await within(panel).findByRole('link', { name: /Белгородская область: стратегия подана на проверку \(редакция 1\)/ });
    expect(submitted).toHaveAttribute('href', '/regions/RU-BEL/review');
    expect(submitted).toHaveTextContent(/^новое:/);
    expect(within(panel).getByText('«Снизили план»')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Отметить все прочитанными' }));
    await screen.findByRole('button', { name: 'Уведомления: 0 непрочитанных' });
    expect(mark).toHaveBeenCalledWith(null);
    await waitFor(() => expect(within(panel).getByRole('link', { name: /Белгородская/ })).not.toHaveTextContent(/новое/));
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
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('links an approval to the public page and everything else to the review screen', () => {
    expect(notificationHref('APPROVED', 'RU-TUL')).toBe('/regions/RU-TUL');
    expect(notificationHref('REMARK_ADDED', 'RU-TUL')).toBe('/regions/RU-TUL/review');
  });
});
