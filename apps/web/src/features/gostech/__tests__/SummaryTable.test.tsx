import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { SummaryTable, type SummaryLine } from '../components/SummaryTable';

const line = (code: string, subjectCode: string, name: string, rest: Partial<SummaryLine>): SummaryLine => ({
  status: null,
  contentVisible: false,
  systems: 0,
  onScheduleShare: null,
  overdueStages: 0,
  decisions: [],
  region: { id: code, code, subjectCode, name, nameEn: name },
  ...rest,
});

const lines: SummaryLine[] = [
  line('RU-TUL', '71', 'Тульская область', {
    status: 'APPROVED',
    contentVisible: true,
    systems: 4,
    onScheduleShare: 0.5,
    overdueStages: 2,
    decisions: [{ decision: 'MIGRATE_AS_IS', count: 4 }],
  }),
  line('RU-BEL', '31', 'Белгородская область', {
    status: 'SUBMITTED',
    contentVisible: true,
    systems: 8,
    onScheduleShare: 1,
    overdueStages: 0,
    decisions: [{ decision: null, count: 1 }],
  }),
  line('RU-AMU', '28', 'Амурская область', {}),
  line('RU-KHM', '86', 'Ханты-Мансийский автономный округ — Югра', {
    status: 'DRAFT',
    contentVisible: true,
    systems: 3,
    onScheduleShare: 0.25,
    overdueStages: 5,
  }),
];

const regionOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('SummaryTable', () => {
  it('starts sorted by region name and says so', () => {
    renderWithProviders(<SummaryTable lines={lines} />);
    expect(regionOrder()).toEqual([
      'Амурская область',
      'Белгородская область',
      'Тульская область',
      'Ханты-Мансийский автономный округ — Югра',
    ]);
    expect(screen.getByRole('columnheader', { name: /Регион/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts numbers largest first on the first click and flips on the second; regions without a value go last', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SummaryTable lines={lines} />);
    await user.click(screen.getByRole('button', { name: /Просроченных этапов/ }));
    expect(regionOrder()).toEqual([
      'Ханты-Мансийский автономный округ — Югра',
      'Тульская область',
      'Амурская область',
      'Белгородская область',
    ]);
    expect(screen.getByRole('columnheader', { name: /Просроченных этапов/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /Регион/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /Доля в графике/ }));
    expect(regionOrder()).toEqual([
      'Белгородская область',
      'Тульская область',
      'Ханты-Мансийский автономный округ — Югра',
      'Амурская область',
    ]);
    await user.click(screen.getByRole('button', { name: /Доля в графике/ }));
    expect(regionOrder()).toEqual([
      'Ханты-Мансийский автономный округ — Югра',
      'Тульская область',
      'Белгородская область',
      'Амурская область',
    ]);
    expect(screen.getByRole('columnheader', { name: /Доля в графике/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by status in workflow order and shows shares, decisions and plan links', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SummaryTable lines={lines} />);
    await user.click(screen.getByRole('button', { name: /Статус плана/ }));
    expect(regionOrder()).toEqual([
      'Тульская область',
      'Белгородская область',
      'Ханты-Мансийский автономный округ — Югра',
      'Амурская область',
    ]);
    const bel = screen.getByRole('row', { name: /Белгородская область/ });
    expect(within(bel).getByRole('link', { name: 'Белгородская область' })).toHaveAttribute(
      'href',
      '/regions/RU-BEL/gostech',
    );
    expect(bel).toHaveTextContent('На проверке');
    expect(bel).toHaveTextContent('100 %');
    expect(bel).toHaveTextContent('Решение не принято: 1');
    expect(screen.getByRole('row', { name: /Амурская область/ })).toHaveTextContent('Нет плана');
  });
});
