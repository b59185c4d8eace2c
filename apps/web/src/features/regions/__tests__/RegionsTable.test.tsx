import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../../gql';
import type { StrategyStatus } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { RegionsTable, RegionsTable_districts, RegionsTable_regions } from '../components/RegionsTable';

const DISTRICTS = {
  CENTRAL: ['Центральный федеральный округ', 'Central Federal District'],
  NORTH_WESTERN: ['Северо-Западный федеральный округ', 'North-Western Federal District'],
  URAL: ['Уральский федеральный округ', 'Ural Federal District'],
  SIBERIAN: ['Сибирский федеральный округ', 'Siberian Federal District'],
} as const;
type DistrictCode = keyof typeof DISTRICTS;

function region(
  code: string,
  name: string,
  nameEn: string,
  district: DistrictCode,
  strategy: { status: StrategyStatus; revision: number } | null,
) {
  return makeFragmentData(
    {
      
      id: `region-${code}`,
      code,
      name,
      nameEn,
      federalDistrict: district,
      federalDistrictName: DISTRICTS[district][0],
      federalDistrictNameEn: DISTRICTS[district][1],
      strategy: strategy && { id: `strategy-${code}`, deadline: '2021-09-01', ...strategy },
    },
    RegionsTable_regions,
  );
}

const regions = [
  region('RU-BEL', 'Белгородская область', 'Belgorod Oblast', 'CENTRAL', { status: 'DRAFT', revision: 0 }),
  region('RU-TUL', 'Тульская область', 'Tula Oblast', 'CENTRAL', { status: 'APPROVED', revision: 2 }),
  region('RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug', 'URAL', {
    status: 'APPROVED',
    revision: 1,
  }),
  region('RU-MUR', 'Мурманская область', 'Murmansk Oblast', 'NORTH_WESTERN', { status: 'SUBMITTED', revision: 1 }),
  region('RU-TY', 'Республика Тыва', 'Tuva Republic', 'SIBERIAN', null),
];

const districts = (Object.keys(DISTRICTS) as DistrictCode[]).map((code) =>
  makeFragmentData(
    { code, name: DISTRICTS[code][0], nameEn: DISTRICTS[code][1] },
    RegionsTable_districts,
  ),
);

const shownRegions = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const countOf = (statusLabel: string) => {
  const counts = screen.getByRole('list', { name: 'Регионов по статусам' });
  const button = within(counts).getByRole('button', { name: new RegExp(`^${statusLabel} \\d+$`) });
  return Number(button.textContent?.replace(/\D+/g, ''));
};

describe('RegionsTable', () => {
  it('lists every region with a status badge in words, its revision and deadline', () => {
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />);

    expect(shownRegions()).toHaveLength(5);
    expect(screen.getByText('Показано 5 регионов из 5')).toBeInTheDocument();
    const tula = screen.getByRole('row', { name: /Тульская область/ });
    expect(within(tula).getByText('Утверждена')).toBeInTheDocument();
    expect(within(tula).getByRole('cell', { name: '2' })).toBeInTheDocument();
    expect(within(tula).getByRole('cell', { name: /1 сентября 2021/ })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Тыва/ })).getByText('Не начата')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Белгородская область' })).toHaveAttribute('href', '/regions/RU-BEL');
  });

  it('counts regions per status, including regions without a strategy', () => {
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />);

    expect(countOf('Утверждена')).toBe(2);
    expect(countOf('Черновик')).toBe(1);
    expect(countOf('На проверке')).toBe(1);
    expect(countOf('Возвращена на доработку')).toBe(0);
    expect(countOf('Не начата')).toBe(1);
  });

  it('filters by federal district and recounts statuses within it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />);

    await user.selectOptions(screen.getByLabelText('Федеральный округ'), 'Центральный федеральный округ');

    expect(shownRegions()).toEqual(['Белгородская область', 'Тульская область']);
    expect(screen.getByText('Показано 2 региона из 5')).toBeInTheDocument();
    expect(countOf('Утверждена')).toBe(1);
    expect(countOf('На проверке')).toBe(0);
  });

  it('filters by status, alone and together with the district', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />);

    await user.selectOptions(screen.getByLabelText('Статус стратегии'), 'Утверждена');
    expect(shownRegions()).toEqual(['Тульская область', 'Ханты-Мансийский автономный округ — Югра']);

    await user.selectOptions(screen.getByLabelText('Федеральный округ'), 'Центральный федеральный округ');
    expect(shownRegions()).toEqual(['Тульская область']);
    expect(screen.getByText('Показан 1 регион из 5')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    expect(shownRegions()).toHaveLength(5);
  });

  it('filters by status from a count button and says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />, {
      route: '/?district=URAL',
    });

    await user.click(screen.getByRole('button', { name: 'Черновик 0' }));

    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByText('Нет регионов, подходящих под фильтры.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Черновик 0' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows names and districts in English when English is chosen', () => {
    renderWithProviders(<RegionsTable regions={regions} districts={districts} />, { lang: 'en' });

    expect(screen.getByRole('link', { name: 'Tula Oblast' })).toBeInTheDocument();
    expect(screen.getByText('Showing 5 regions of 5')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Ural Federal District' })).toBeInTheDocument();
  });
});
