import { InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import type { ReactElement } from 'react';
import { typePolicies } from '../../../app/apolloClient';
import { makeFragmentData, type FragmentType } from '../../../gql';
import { renderWithProviders } from '../../../test/render';
import { HistoryList, HistoryList_event, HistoryList_strategy, HistoryPageQuery } from '../HistoryList';

const event = (id: string, action: string, details: object, actor: string | null, createdAt: string) =>
  makeFragmentData(
    {
      id,
      cursor: `c-${id}`,
      entity: action.split('.')[0]!,
      action,
      details: JSON.stringify(details),
      createdAt,
      actor: actor ? { id: `u-${actor}`, name: actor } : null,
    },
    HistoryList_event,
  );
/** A short history is one page: no request goes out (the provider has no mocks). */
const renderHistory = (ui: ReactElement) => renderWithProviders(<MockedProvider mocks={[]}>{ui}</MockedProvider>);

describe('HistoryList', () => {
  it('lists who did what and when, newest first, with the gist of each change', () => {
    const strategy = makeFragmentData(
      {
        id: 's1',
        history: [
          event(
            'e1',
            'goal.update',
            { title: 'Электронная медкарта', changed: ['title', 'indicators'] },
            'Редактор',
            '2021-08-01T10:00:00.000Z',
          ),
          event(
            'e2',
            'strategy.submit',
            { revision: 1, late: true, daysLate: 2 },
            'Редактор',
            '2021-09-03T10:00:00.000Z',
          ),
          event(
            'e3',
            'remark.add',
            { severity: 'BLOCKER', body: 'План завышен' },
            'Эксперт',
            '2021-09-04T10:00:00.000Z',
          ),
          event(
            'e4',
            'strategy.request_changes',
            { revision: 1, comment: 'Верните обоснование' },
            'Эксперт',
            '2021-09-05T10:00:00.000Z',
          ),
          event('e5', 'something.new', {}, null, '2021-09-06T10:00:00.000Z'),
        ],
      },
      HistoryList_strategy,
    );
    renderHistory(<HistoryList strategy={strategy} />);

    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/Система something\.new$/);
    expect(items[1]).toMatch(/Эксперт вернул\(а\) на доработкуредакция 1 · «Верните обоснование»$/);
    expect(items[2]).toMatch(/Эксперт оставил\(а\) замечаниеБлокирующее · «План завышен»$/);
    expect(items[3]).toMatch(/Редактор подал\(а\) на проверкуредакция 1 · подана с опозданием на 2 дня$/);
    expect(items[4]).toMatch(/Редактор изменил\(а\) цель«Электронная медкарта» · изменено: Название, Показатели$/);
    expect(screen.getAllByRole('listitem')[4]!.querySelector('time')).toHaveAttribute(
      'dateTime',
      '2021-08-01T10:00:00.000Z',
    );
  });

  it('says when there is nothing yet', () => {
    renderHistory(<HistoryList strategy={makeFragmentData({ id: 's1', history: [] }, HistoryList_strategy)} />);
    expect(screen.getByText('Записей пока нет.')).toBeInTheDocument();
  });
});

describe('HistoryList over more than one page', () => {
  // A screen query that spreads the fragment, as RegionRoute and ReviewRoute do: the pages join in its cache entry.
  const HarnessQuery: TypedDocumentNode<
    { strategy: FragmentType<typeof HistoryList_strategy> | null },
    { id: string }
  > = {
    ...parse('query HistoryHarness($id: ID!) { strategy(id: $id) { id ...HistoryList_strategy } }'),
    definitions: [
      ...parse('query HistoryHarness($id: ID!) { strategy(id: $id) { id ...HistoryList_strategy } }').definitions,
      ...HistoryList_strategy.definitions,
      ...HistoryList_event.definitions,
    ],
  };
  function Harness() {
    const { data } = useQuery(HarnessQuery, { variables: { id: 's1' } });
    return data?.strategy ? <HistoryList strategy={data.strategy} /> : null;
  }
  const raw = (i: number) => ({
    __typename: 'AuditEvent',
    id: `e${i}`,
    cursor: `c${i}`,
    entity: 'goal',
    action: 'goal.update',
    details: JSON.stringify({ title: `Цель ${i}` }),
    createdAt: new Date(Date.UTC(2021, 7, 1) + i * 60_000).toISOString(),
    actor: { __typename: 'User', id: 'u1', name: 'Редактор' },
  });

  it('fetches the remaining pages by itself and then shows the whole log, newest first', async () => {
    const all = Array.from({ length: 130 }, (_, i) => raw(i));
    const pageAfter = jest.fn();
    const mocks = [
      {
        request: { query: HarnessQuery, variables: { id: 's1' } },
        result: { data: { strategy: { __typename: 'Strategy', id: 's1', history: all.slice(0, 100) } } },
      },
      {
        request: { query: HistoryPageQuery, variables: { id: 's1', after: 'c99' } },
        result: () => {
          pageAfter('c99');
          return { data: { strategy: { __typename: 'Strategy', id: 's1', history: all.slice(100) } } };
        },
        delay: 30,
      },
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
        <Harness />
      </MockedProvider>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Загружаем остальное (уже 100)');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(130));
    expect(pageAfter).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('«Цель 129»');
    expect(screen.getAllByRole('listitem')[129]).toHaveTextContent('«Цель 0»');
  });
});
