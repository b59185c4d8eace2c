import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import type { FragmentType } from '../../../gql';
import type { StrategyStatus } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import {
  RegionsOverview,
  type RegionsOverview_district,
  type RegionsOverview_region,
} from '../components/RegionsOverview';

const DISTRICTS = {
  CENTRAL: ['Центральный федеральный округ', 'Central Federal District'],
  NORTH_WESTERN: ['Северо-Западный федеральный округ', 'North-Western Federal District'],
  URAL: ['Уральский федеральный округ', 'Ural Federal District'],
  SIBERIAN: ['Сибирский федеральный округ', 'Siberian Federal District'],
} as const;
type DistrictCode = keyof typeof DISTRICTS;

interface StrategyFacts {
  status: StrategyStatus;
  revision: number;
  daysLeft?: number | null;
  daysLate?: number | null;
  openRemarks?: number | null;
  lastActivityAt?: string;
}

/** Fixture data for every fragment the overview spreads (masking is a type-level concern only). */
function region(
  code: string,
  name: string,
  nameEn: string,
  district: DistrictCode,
  tile: [number, number],
  strategy: StrategyFacts | null,
) {
  return {
    __typename: 'Region',
    id: `region-${code}`,
    code,
    name,
    nameEn,
    federalDistrict: district,
    federalDistrictName: DISTRICTS[district][0],
    federalDistrictNameEn: DISTRICTS[district][1],
    tile: { row: tile[0], col: tile[1] },
    strategy: strategy && {
      id: `strategy-${code}`,
      deadline: '2021-09-01',
      daysLeft: null,
      daysLate: null,
      openRemarks: null,
      lastActivityAt: '2021-08-01T10:00:00.000Z',
      ...strategy,
    },
  } as unknown as FragmentType<typeof RegionsOverview_region>;
}

const regions = [
  region('RU-BEL', 'Белгородская область', 'Belgorod Oblast', 'CENTRAL', [6, 2], {
    status: 'DRAFT',
    revision: 0,
    daysLeft: 12,
    openRemarks: 0,
    lastActivityAt: '2021-08-20T10:00:00.000Z',
  }),
  region('RU-TUL', 'Тульская область', 'Tula Oblast', 'CENTRAL', [5, 3], {
    status: 'APPROVED',
    revision: 2,
    openRemarks: 0,
  }),
  region('RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug', 'URAL', [4, 8], {
    status: 'APPROVED',
    revision: 1,
    daysLate: 3,
    openRemarks: 0,
  }),
  region('RU-MUR', 'Мурманская область', 'Murmansk Oblast', 'NORTH_WESTERN', [0, 4], {
    status: 'SUBMITTED',
    revision: 1,
    openRemarks: 4,
    lastActivityAt: '2021-08-25T10:00:00.000Z',
  }),
  region('RU-KEM', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast', 'SIBERIAN', [6, 10], {
    status: 'CHANGES_REQUESTED',
    revision: 1,
    daysLeft: -5,
    daysLate: 5,
    openRemarks: 2,
  }),
  region('RU-TY', 'Республика Тыва', 'Tuva Republic', 'SIBERIAN', [8, 10], null),
];

const districts = (Object.keys(DISTRICTS) as DistrictCode[]).map(
  (code) =>
    ({ code, name: DISTRICTS[code][0], nameEn: DISTRICTS[code][1] }) as unknown as FragmentType<
      typeof RegionsOverview_district
    >,
);

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderOverview(route = '/', lang: 'ru' | 'en' = 'ru') {
  return renderWithProviders(
    <>
      <RegionsOverview regions={regions} districts={districts} />
      <Search />
    </>,
    { route, lang },
  );
}

const shownRegions = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const countOf = (statusLabel: string) => {
  const counts = screen.getByRole('list', { name: 'Регионов по статусам' });
  const button = within(counts).getByRole('button', { name: new RegExp(`^${statusLabel} \\d+$`) });
  return Number(button.textContent?.replace(/\D+/g, ''));
};

describe('RegionsOverview', () => {
  it('lists every region with status, revision, deadline in words, open remarks and last activity', () => {
    renderOverview();

    expect(shownRegions()).toHaveLength(6);
    expect(screen.getByText('Показано 6 регионов из 6')).toBeInTheDocument();
    const belgorod = screen.getByRole('row', { name: /Белгородская/ });
    expect(within(belgorod).getByText('Черновик')).toBeInTheDocument();
    expect(within(belgorod).getByText('осталось 12 дней')).toBeInTheDocument();
    expect(within(belgorod).getByText('RU-BEL')).toHaveClass('nowrap');
    const kemerovo = screen.getByRole('row', { name: /Кемеровская/ });
    expect(within(kemerovo).getByText('просрочена на 5 дней')).toBeInTheDocument();
    expect(within(kemerovo).getByRole('cell', { name: '2' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Ханты/ })).getByText('подана с опозданием на 3 дня'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Тыва/ })).getByText('Не начата')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Белгородская область' })).toHaveAttribute('href', '/regions/RU-BEL');
  });

  it('shows a region by its edition in force and links the amendment waiting for review beside it', () => {
    const base = region('RU-YAN', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets', 'URAL', [3, 8], {
      status: 'SUBMITTED',
      revision: 1,
    }) as unknown as Record<string, unknown>;
    const yamal = {
      ...base,
      strategy: { ...(base['strategy'] as object), id: 'strategy-RU-YAN-2' },
      strategyInForce: {
        ...(base['strategy'] as object),
        id: 'strategy-RU-YAN-1',
        status: 'APPROVED',
        revision: 2,
        openAmendment: { id: 'strategy-RU-YAN-2', edition: 2, status: 'SUBMITTED' },
      },
    } as unknown as FragmentType<typeof RegionsOverview_region>;
    renderWithProviders(<RegionsOverview regions={[...regions, yamal]} districts={districts} />);
    const row = screen.getByRole('row', { name: /Ямало-Ненецкий/ });
    expect(within(row).getByText('Утверждена')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Редакция 2: На проверке' })).toHaveAttribute(
      'href',
      '/regions/RU-YAN/review',
    );
    // Regions without an amendment get no such link.
    expect(within(screen.getByRole('row', { name: /Тульская/ })).queryByRole('link', { name: /^Редакция/ })).toBeNull();
    expect(countOf('Утверждена')).toBe(3);
  });

  it('counts regions per status, including regions without a strategy', () => {
    renderOverview();

    expect(countOf('Утверждена')).toBe(2);
    expect(countOf('Черновик')).toBe(1);
    expect(countOf('На проверке')).toBe(1);
    expect(countOf('Возвращена на доработку')).toBe(1);
    expect(countOf('Не начата')).toBe(1);
  });

  it('filters by federal district and status, keeps both in the URL, and resets them', async () => {
    const user = userEvent.setup();
    renderOverview();

    await user.selectOptions(screen.getByLabelText('Федеральный округ'), 'Центральный федеральный округ');
    expect(shownRegions()).toEqual(['Белгородская область', 'Тульская область']);
    expect(countOf('Утверждена')).toBe(1);
    expect(countOf('На проверке')).toBe(0);

    await user.selectOptions(screen.getByLabelText('Статус стратегии'), 'Утверждена');
    expect(shownRegions()).toEqual(['Тульская область']);
    expect(screen.getByText('Показан 1 регион из 6')).toBeInTheDocument();
    expect(screen.getByTestId('search')).toHaveTextContent('?district=CENTRAL&status=APPROVED');

    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    expect(shownRegions()).toHaveLength(6);
  });

  it('filters by status from a count button and says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderOverview('/?district=URAL');

    await user.click(screen.getByRole('button', { name: 'Черновик 0' }));

    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
    expect(screen.getByText('Нет регионов, подходящих под фильтры.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Черновик 0' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('sorts by a column from its header button, toggles the direction and marks it with aria-sort', async () => {
    const user = userEvent.setup();
    renderOverview();
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

    expect(header('Регион')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header('Открытые замечания')).getByRole('button'));
    expect(header('Открытые замечания')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Регион')).not.toHaveAttribute('aria-sort');
    // No strategy (no count) first, then 0, 0, 0 by name, then 2 and 4.
    expect(shownRegions()).toEqual([
      'Республика Тыва',
      'Белгородская область',
      'Тульская область',
      'Ханты-Мансийский автономный округ — Югра',
      'Кемеровская область — Кузбасс',
      'Мурманская область',
    ]);

    await user.click(within(header('Открытые замечания')).getByRole('button'));
    expect(header('Открытые замечания')).toHaveAttribute('aria-sort', 'descending');
    expect(shownRegions().slice(0, 2)).toEqual(['Мурманская область', 'Кемеровская область — Кузбасс']);
    expect(screen.getByTestId('search')).toHaveTextContent('sort=remarks&dir=desc');
  });

  it('sorts the deadline column most urgent first: overdue, then fewest days left, submitted last', async () => {
    const user = userEvent.setup();
    renderOverview('/?sort=deadline');

    expect(screen.getByRole('columnheader', { name: /Срок/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(shownRegions().slice(0, 3)).toEqual([
      'Кемеровская область — Кузбасс',
      'Белгородская область',
      'Ханты-Мансийский автономный округ — Югра',
    ]);
    await user.click(screen.getByRole('button', { name: /Регион/ }));
    expect(shownRegions()[0]).toBe('Белгородская область');
  });

  it('switches to the map and back, remembering the view in the URL, with the same filters', async () => {
    const user = userEvent.setup();
    renderOverview('/?status=APPROVED');

    await user.click(screen.getByRole('button', { name: 'Карта' }));
    expect(screen.getByTestId('search')).toHaveTextContent('view=map');
    expect(screen.getByRole('button', { name: 'Карта' })).toHaveAttribute('aria-pressed', 'true');
    // The map's code loads on first use (a lazy chunk): it shows once that has arrived.
    const map = await screen.findByRole('group', { name: /Карта регионов/ });
    expect(within(map).getAllByRole('link')).toHaveLength(6);
    expect(within(map).getByRole('link', { name: 'Тульская область: Утверждена' })).not.toHaveClass('tile--dimmed');
    expect(
      within(map).getByRole('link', { name: 'Белгородская область: Черновик (не подходит под фильтры)' }),
    ).toHaveClass('tile--dimmed');

    await user.click(screen.getByRole('button', { name: 'Таблица' }));
    expect(shownRegions()).toEqual(['Тульская область', 'Ханты-Мансийский автономный округ — Югра']);
  });

  it('shows names and districts in English when English is chosen', () => {
    renderOverview('/', 'en');

    expect(screen.getByRole('link', { name: 'Tula Oblast' })).toBeInTheDocument();
    expect(screen.getByText('Showing 6 regions of 6')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Ural Federal District' })).toBeInTheDocument();
    expect(screen.getByText('12 days left')).toBeInTheDocument();
  });
});
