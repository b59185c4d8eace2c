import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ChartFigure } from '../ChartFigure';

const props = {
  title: 'Доля домохозяйств с широкополосным доступом',
  option: {
    xAxis: { type: 'category' as const, data: ['2021', '2022'] },
    yAxis: { type: 'value' as const },
    series: [{ type: 'line' as const, data: [86.6, 88.2] }],
  },
  columns: [
    { key: 'year', header: 'Год' },
    { key: 'plan', header: 'План', numeric: true },
    { key: 'actual', header: 'Факт', numeric: true },
  ],
  rows: [
    { year: '2021', plan: 86.6, actual: 86.9 },
    { year: '2022', plan: 88.2, actual: null },
  ],
};

describe('ChartFigure', () => {
  it('offers the same data as a table, numbers in the reader’s locale and gaps said as such', async () => {
    renderWithProviders(<ChartFigure {...props} initialView="table" />);
    const table = screen.getByRole('table', { name: props.title });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['ГодПланФакт', '202186,686,9', '202288,2—']);
  });

  it('switches between chart and table from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChartFigure {...props} initialView="table" />);
    const toggle = screen.getByRole('button', { name: 'Показать график' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Показать таблицей' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('speaks English in the English UI', () => {
    renderWithProviders(<ChartFigure {...props} initialView="table" />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Show as a chart' })).toBeInTheDocument();
    expect(screen.getByRole('table').textContent).toContain('86.6');
  });
});
