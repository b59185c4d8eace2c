import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import en from '../../../i18n/en.json';
import ru from '../../../i18n/ru.json';
import { renderWithProviders } from '../../../test/render';
import { RatingHistoryChart } from '../components/RatingHistoryChart';
import { RatingTable } from '../components/RatingTable';

const params = [{ code: 'POS', name: 'ПОС', nameEn: 'POS', maxPoints: 5 }];
const entry = (code: string, rank: number, previousRank: number | null, band: string) => ({
  rank,
  score: 10 - rank,
  previousRank,
  band,
  region: { code, name: `Регион ${code}`, nameEn: `Region ${code}` },
  parameters: [{ code: 'POS', points: rank === 3 ? 0 : 4.5, noData: rank === 3 }],
});

describe('RatingTable', () => {
  it('shows rank, change in words, leaders and laggards in text, and "no data" for a missing parameter', () => {
    renderWithProviders(
      <RatingTable
        caption="Рейтинг"
        parameters={params}
        entries={[entry('RU-A', 1, 2, 'LEADER'), entry('RU-B', 2, null, 'MIDDLE'), entry('RU-C', 3, 1, 'LAGGARD')]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Рейтинг' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('лидер');
    expect(within(rows[1]!).getByLabelText('выше на 1 место')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('впервые');
    expect(rows[3]).toHaveTextContent('отстающий');
    expect(rows[3]).toHaveTextContent('нет данных');
  });
});

describe('RatingHistoryChart', () => {
  it('marks the methodology change in words and in the table alternative', async () => {
    const history = [
      { period: '2022-06', rank: 2, score: 27, methodologyCode: 'RCT-2021', maxScore: 30 },
      { period: '2022-07', rank: 2, score: 22, methodologyCode: 'RCT-2022', maxScore: 31 },
    ];
    renderWithProviders(<RatingHistoryChart history={history} />);
    expect(screen.getByText(/С 2022-07 действует методика RCT-2022/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Показать таблицей' }));
    expect(screen.getByRole('cell', { name: 'RCT-2022 — смена методики' })).toBeInTheDocument();
  });
});

describe('rating translations', () => {
  it('have the same keys in ru and en (plural forms aside)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object'
          ? keys(v as object, `${prefix}${k}.`)
          : [`${prefix}${k.replace(/_(one|few|many|other)$/, '')}`],
      );
    for (const ns of ['ratings', 'registry'] as const)
      expect([...new Set(keys(ru[ns]))].sort()).toEqual([...new Set(keys(en[ns]))].sort());
  });
});
