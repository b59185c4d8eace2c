import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders } from '../../../test/render';
import { HistoryList, HistoryList_strategy } from '../components/HistoryList';

const event = (id: string, action: string, details: object, actor: string | null, createdAt: string) => ({
  id,
  entity: action.split('.')[0]!,
  action,
  details: JSON.stringify(details),
  createdAt,
  actor: actor ? { id: `u-${actor}`, name: actor } : null,
});

describe('HistoryList', () => {
  it('lists who did what and when, newest first, with the gist of each change', () => {
    const strategy = makeFragmentData(
      {
        id: 's1',
        history: [
          event('e1', 'goal.update', { title: 'Электронная медкарта', changed: ['title', 'indicators'] }, 'Редактор', '2021-08-01T10:00:00.000Z'),
          event('e2', 'strategy.submit', { revision: 1, late: true, daysLate: 2 }, 'Редактор', '2021-09-03T10:00:00.000Z'),
          event('e3', 'remark.add', { severity: 'BLOCKER', body: 'План завышен' }, 'Эксперт', '2021-09-04T10:00:00.000Z'),
          event('e4', 'strategy.request_changes', { revision: 1, comment: 'Верните обоснование' }, 'Эксперт', '2021-09-05T10:00:00.000Z'),
          event('e5', 'something.new', {}, null, '2021-09-06T10:00:00.000Z'),
        ],
      },
      HistoryList_strategy,
    );
    renderWithProviders(<HistoryList strategy={strategy} />);

    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/Система something\.new$/);
    expect(items[1]).toMatch(/Эксперт вернул\(а\) на доработкуредакция 1 · «Верните обоснование»$/);
    expect(items[2]).toMatch(/Эксперт оставил\(а\) замечаниеБлокирующее · «План завышен»$/);
    expect(items[3]).toMatch(/Редактор подал\(а\) на проверкуредакция 1 · подана с опозданием на 2 дня$/);
    expect(items[4]).toMatch(/Редактор изменил\(а\) цель«Электронная медкарта» · изменено: Название, Показатели$/);
    expect(screen.getAllByRole('listitem')[4]!.querySelector('time')).toHaveAttribute('dateTime', '2021-08-01T10:00:00.000Z');
  });

  it('says when there is nothing yet', () => {
    renderWithProviders(<HistoryList strategy={makeFragmentData({ id: 's1', history: [] }, HistoryList_strategy)} />);
    expect(screen.getByText('Записей пока нет.')).toBeInTheDocument();
  });
});
