import { screen, within } from '@testing-library/react';
import { OPEN_DATASETS } from '@tsifra/domain/opendata/datasets';
import { renderWithProviders } from '../../../test/render';
import { OpenDataRoute } from '../routes/OpenDataRoute';

describe('the open-data catalogue', () => {
  it.each(['ru', 'en'] as const)('lists every dataset with CSV and JSON links and its fields (%s)', (lang) => {
    renderWithProviders(<OpenDataRoute />, { lang });
    for (const d of OPEN_DATASETS) {
      const article = screen.getAllByRole('article').find(
        (a) =>
          within(a)
            .queryByRole('link', { name: lang === 'ru' ? 'Скачать CSV' : 'Download CSV' })
            ?.getAttribute('href') === `/opendata/${d.name}.csv`,
      );
      expect(article).toBeDefined();
      expect(within(article!).getByRole('heading', { level: 2 }).textContent).not.toMatch(/opendata\./);
      expect(
        within(article!)
          .getByRole('link', { name: lang === 'ru' ? 'Скачать JSON' : 'Download JSON' })
          .getAttribute('href'),
      ).toBe(`/opendata/${d.name}.json`);
      for (const f of d.fields) expect(within(article!).getByText(f.name)).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: /CC-BY-4.0/ }).getAttribute('rel')).toBe('license');
  });
});
