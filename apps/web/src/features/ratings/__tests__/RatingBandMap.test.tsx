import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { RatingBandMap } from '../components/RatingBandMap';

// Ten regions ranked 1–10: five bands of two.
const entries = Array.from({ length: 10 }, (_, i) => ({
  rank: i + 1,
  score: 30 - i,
  region: { code: `RU-R${i}`, name: `Регион ${i}`, nameEn: `Region ${i}`, tile: { row: 0, col: i } },
}));

describe('RatingBandMap', () => {
  it('names every tile with its rank, score and band, and gives each band its ranks in the legend', () => {
    renderWithProviders(<RatingBandMap entries={entries} caption="Рейтинг на карте" />);
    const map = screen.getByRole('group', { name: 'Рейтинг на карте' });
    const first = within(map).getByRole('link', { name: 'Регион 0: 1-е место, 30 баллов (первая пятая часть)' });
    expect(first).toHaveAttribute('data-band', 'TOP');
    expect(first).toHaveTextContent('▲1');
    expect(within(map).getByRole('link', { name: /Регион 9: 10-е место/ })).toHaveAttribute('data-band', 'BOTTOM');
    const legend = screen.getByRole('list', { name: 'Легенда карты' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '▲первая пятая часть: места 1–2',
      '△вторая пятая часть: места 3–4',
      '◇середина: места 5–6',
      '▽четвёртая пятая часть: места 7–8',
      '▼последняя пятая часть: места 9–10',
    ]);
  });

  it('is one Tab stop; arrow keys move between tiles', async () => {
    renderWithProviders(<RatingBandMap entries={entries} caption="Рейтинг на карте" />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /Регион 0:/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /Регион 1:/ })).toHaveFocus();
  });
});
