import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';

type MockedResponse = MockLink.MockedResponse;
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { GoalRemarkPins } from '../GoalRemarkPins';
import { OpenRemarksNotice } from '../OpenRemarksNotice';
import { OpenRemarksQuery, RemarkPinReplyMutation, RemarkPinResolveMutation } from '../remarkDocuments';
import { RemarksSummary } from '../RemarksSummary';
import { RemarksScope } from '../useOpenRemarks';

const author = { __typename: 'User', id: 'rev', name: 'Эксперт' };
const remark = (
  id: string,
  severity: string,
  place: { goalId?: string; goalTitle?: string; indicatorId?: string; year?: number; targetPath?: string[] },
  body: string,
  createdAt: string,
) => ({
  __typename: 'Comment',
  id,
  body,
  severity,
  status: 'OPEN',
  revision: 1,
  goalId: place.goalId ?? null,
  indicatorId: place.indicatorId ?? null,
  year: place.year ?? null,
  targetPath: place.targetPath ?? [],
  createdAt,
  author,
  goal: place.goalId ? { __typename: 'Goal', id: place.goalId, title: place.goalTitle } : null,
  replies: [] as unknown[],
});

const REMARKS = [
  remark(
    'c-minor',
    'MINOR',
    { goalId: 'g2', goalTitle: 'Связь в сёлах' },
    'Уточните формулировку.',
    '2021-09-01T10:00:00Z',
  ),
  remark(
    'c-block',
    'BLOCKER',
    { goalId: 'g1', goalTitle: 'Широкополосный доступ', indicatorId: 'i1', year: 2024 },
    'План на 2024 год завышен.',
    '2021-09-01T09:00:00Z',
  ),
  remark('c-major', 'MAJOR', {}, 'Нет обоснования отраслей.', '2021-09-01T08:00:00Z'),
];

function mocks(extra: MockedResponse[] = [], remarks = REMARKS): MockedResponse[] {
  return [
    {
      request: { query: OpenRemarksQuery, variables: { id: 's1' } },
      result: { data: { strategy: { __typename: 'Strategy', id: 's1', openRemarks: remarks.length, remarks } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    ...extra,
  ];
}

function Editor() {
  return (
    <RemarksScope value="s1">
      <RemarksSummary indicatorName={(id) => (id === 'i1' ? 'Доля домохозяйств с ШПД' : undefined)} />
      <article>
        <h3>Широкополосный доступ</h3>
        <ul>
          <li>
            Доля домохозяйств с ШПД
            <GoalRemarkPins goalId="g1" indicatorId="i1" indicators={[{ id: 'i1', name: 'Доля домохозяйств с ШПД' }]} />
          </li>
        </ul>
        <GoalRemarkPins goalId="g1" indicators={[{ id: 'i1', name: 'Доля домохозяйств с ШПД' }]} />
      </article>
      <article>
        <h3>Связь в сёлах</h3>
        <GoalRemarkPins goalId="g2" />
      </article>
    </RemarksScope>
  );
}

describe('open remarks in the editor', () => {
  it('sums them up by severity at the top, most serious first, each linking to its pin', async () => {
    renderWithProviders(
      <MockedProvider mocks={mocks()}>
        <Editor />
      </MockedProvider>,
    );
    const summary = await screen.findByRole('region', { name: 'Открыто 3 замечания' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .slice(0, 3)
        .map((li) => li.textContent),
    ).toEqual(['1 блокирующее', '1 существенное', '1 незначительное']);
    const block = within(summary).getByRole('link', {
      name: 'Блокирующее: цель «Широкополосный доступ» › показатель «Доля домохозяйств с ШПД» › значение 2024 г.',
    });
    expect(block).toHaveAttribute('href', '#remark-pin-c-block');
    // The strategy-wide remark has no goal to sit by: its pin is in the summary.
    expect(
      within(summary).getByRole('button', { name: 'Замечание (Существенное): стратегия в целом' }),
    ).toBeInTheDocument();
    // The goal-pinned ones sit by their goals.
    expect(
      screen.getByRole('button', {
        name: 'Замечание (Блокирующее): цель «Широкополосный доступ» › показатель «Доля домохозяйств с ШПД» › значение 2024 г.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Замечание (Незначительное): цель «Связь в сёлах»' }),
    ).toBeInTheDocument();
  });

  it('jumps between remarks with «Следующее замечание» and with Alt+↓ / Alt+↑', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <MockedProvider mocks={mocks()}>
        <Editor />
      </MockedProvider>,
    );
    await screen.findByRole('region', { name: 'Открыто 3 замечания' });
    await user.click(screen.getByRole('button', { name: 'Следующее замечание' }));
    expect(screen.getByRole('button', { name: /^Замечание \(Блокирующее\)/ })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('button', { name: /^Замечание \(Существенное\)/ })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('button', { name: /^Замечание \(Незначительное\)/ })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('button', { name: /^Замечание \(Блокирующее\)/ })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('button', { name: /^Замечание \(Незначительное\)/ })).toHaveFocus();
  });

  it('opens a pin with its thread, sends a reply and says it was sent', async () => {
    const user = userEvent.setup();
    const reply = jest.fn(() => ({ data: { replyToRemark: { __typename: 'Comment', id: 'r1' } } }));
    renderWithProviders(
      <MockedProvider
        mocks={mocks([
          {
            request: { query: RemarkPinReplyMutation, variables: { remarkId: 'c-block', body: 'Снизили до 90,2.' } },
            result: reply,
          },
        ])}
      >
        <Editor />
      </MockedProvider>,
    );
    const pin = await screen.findByRole('button', { name: /^Замечание \(Блокирующее\)/ });
    expect(pin).toHaveAttribute('aria-expanded', 'false');
    await user.click(pin);
    const thread = screen.getByRole('region', { name: /^Замечание \(Блокирующее\)/ });
    expect(within(thread).getByText('План на 2024 год завышен.')).toBeInTheDocument();
    expect(within(thread).getByRole('button', { name: 'Ответить' })).toBeDisabled();
    await user.type(within(thread).getByLabelText('Ваш ответ'), 'Снизили до 90,2.');
    await user.click(within(thread).getByRole('button', { name: 'Ответить' }));
    expect(await within(thread).findByText('Ответ отправлен.')).toHaveAttribute('role', 'status');
    expect(reply).toHaveBeenCalledTimes(1);
    expect(within(thread).getByLabelText('Ваш ответ')).toHaveValue('');
  });

  it('lets the editor mark a remark addressed (a reply for the reviewer) and a reviewer resolve it', async () => {
    const user = userEvent.setup();
    const addressed = jest.fn(() => ({ data: { replyToRemark: { __typename: 'Comment', id: 'r2' } } }));
    const { unmount } = renderWithProviders(
      <MockedProvider
        mocks={mocks([
          {
            request: { query: RemarkPinReplyMutation, variables: { remarkId: 'c-minor', body: 'Замечание учтено.' } },
            result: addressed,
          },
        ])}
      >
        <Editor />
      </MockedProvider>,
    );
    await user.click(await screen.findByRole('button', { name: /^Замечание \(Незначительное\)/ }));
    await user.click(screen.getByRole('button', { name: 'Отметить учтённым' }));
    expect(await screen.findByText(/^Отмечено как учтённое/)).toHaveAttribute('role', 'status');
    expect(addressed).toHaveBeenCalledTimes(1);
    unmount();

    const resolved = jest.fn(() => ({
      data: { resolveRemark: { __typename: 'Comment', id: 'c-minor', status: 'RESOLVED' } },
    }));
    renderWithProviders(
      <MockedProvider
        mocks={mocks([
          { request: { query: RemarkPinResolveMutation, variables: { id: 'c-minor' } }, result: resolved },
        ])}
      >
        <GoalRemarkPins strategyId="s1" goalId="g2" canResolve />
      </MockedProvider>,
    );
    await user.click(await screen.findByRole('button', { name: /^Замечание \(Незначительное\)/ }));
    await user.click(screen.getByRole('button', { name: 'Снять замечание' }));
    await waitFor(() => expect(resolved).toHaveBeenCalledTimes(1));
  });

  it('shows a refused reply in the interface language', async () => {
    const user = userEvent.setup();
    const { GraphQLError } = await import('graphql');
    renderWithProviders(
      <MockedProvider
        mocks={mocks([
          {
            request: { query: RemarkPinReplyMutation, variables: { remarkId: 'c-minor', body: 'Замечание учтено.' } },
            result: {
              errors: [new GraphQLError('Only the region team replies.', { extensions: { code: 'FORBIDDEN' } })],
            },
          },
        ])}
      >
        <Editor />
      </MockedProvider>,
    );
    await user.click(await screen.findByRole('button', { name: /^Замечание \(Незначительное\)/ }));
    await user.click(screen.getByRole('button', { name: 'Отметить учтённым' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Не удалось: Недостаточно прав для этого действия.');
    expect(screen.queryByText(/Only the region team/)).toBeNull();
  });

  it('shows nothing when no remark is open, and speaks English in the English interface', async () => {
    const { unmount } = renderWithProviders(
      <MockedProvider mocks={mocks([], [])}>
        <RemarksSummary strategyId="s1" />
      </MockedProvider>,
    );
    // Nothing shows while loading nor when empty: let the query answer (inside act, as React wants) and look again.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByRole('region')).toBeNull();
    unmount();

    renderWithProviders(
      <MockedProvider mocks={mocks()}>
        <RemarksSummary strategyId="s1" />
      </MockedProvider>,
      { lang: 'en' },
    );
    const summary = await screen.findByRole('region', { name: '3 open remarks' });
    expect(within(summary).getByRole('button', { name: 'Next remark' })).toBeInTheDocument();
    expect(within(summary).getByText('1 blocker')).toBeInTheDocument();
  });
});

describe('OpenRemarksNotice', () => {
  it('lists what is still open before submitting, with links to the pins, and nothing when all is resolved', async () => {
    const { unmount } = renderWithProviders(
      <MockedProvider mocks={mocks()}>
        <OpenRemarksNotice strategyId="s1" />
      </MockedProvider>,
    );
    expect(await screen.findByText('Перед подачей: открыто 3 замечания')).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#remark-pin-c-block',
      '#remark-pin-c-major',
      '#remark-pin-c-minor',
    ]);
    expect(links[2]).toHaveTextContent('Незначительное: цель «Связь в сёлах»');
    unmount();

    renderWithProviders(
      <MockedProvider mocks={mocks([], [])}>
        <OpenRemarksNotice strategyId="s1" />
      </MockedProvider>,
    );
    // Nothing shows while loading nor when empty: let the query answer (inside act, as React wants) and look again.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByText(/Перед подачей/)).toBeNull();
  });
});
