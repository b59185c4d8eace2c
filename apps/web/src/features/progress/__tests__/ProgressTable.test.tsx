import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ProgressTable } from '../components/ProgressTable';
import type { OverviewRow } from '../model/overviewRows';

const row = (code: string, name: string, status: string, achievement: number | null): OverviewRow => ({
  code,
  name,
  district: 'CENTRAL',
  status,
  achievement,
  confidence: achievement === null ? 0 : 0.5,
  hasStrategy: achievement !== null,
  sectors: {},
});

describe('ProgressTable', () => {
  it('shows each status in words next to its colour, links the region to its progress page, and sorts by a header button', async () => {
    const onSort = jest.fn();
    renderWithProviders(
      <ProgressTable
        rows={[
          row('RU-BEL', 'Белгородская область', 'OFF_TRACK', 42.5),
          row('RU-AMU', 'Амурская область', 'NO_DATA', null),
        ]}
        sort="laggards"
        asc
        onSort={onSort}
        year={2021}
      />,
    );
    const bel = screen.getByRole('row', { name: /Белгородская/ });
    expect(within(bel).getByText(/отстаёт/)).toHaveClass('progress-status--off_track');
    expect(within(bel).getByRole('link', { name: 'Белгородская область' })).toHaveAttribute(
      'href',
      '/regions/RU-BEL/progress?year=2021',
    );
    expect(
      within(screen.getByRole('row', { name: /Амурская/ })).getByText('Нет утверждённой стратегии'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Достижение' }));
    expect(onSort).toHaveBeenCalledWith('achievement');
  });
});
