import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../../gql';
import type { StrategyStatus } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { TileMap, TileMap_region } from '../TileMap';
import { nextTileIndex } from '../tileNavigation';

function region(
  code: string,
  name: string,
  row: number,
  col: number,
  status: StrategyStatus | null,
  inForce: StrategyStatus | null = status === 'APPROVED' ? status : null,
) {
  return makeFragmentData(
    {
      id: `region-${code}`,
      code,
      name,
      nameEn: `${name} (en)`,
      tile: { row, col },
      strategy: status && { id: `strategy-${code}`, status },
      strategyInForce: inForce && { id: `strategy-${code}-in-force`, status: inForce },
    },
    TileMap_region,
  );
}

// A small patch of the grid:   row 0: MUR . KAR      row 1: . SPE .      row 2: BEL . TY
const regions = [
  region('RU-BEL', 'Белгородская область', 2, 0, 'SUBMITTED'),
  region('RU-MUR', 'Мурманская область', 0, 0, 'APPROVED'),
  region('RU-KR', 'Республика Карелия', 0, 2, 'DRAFT'),
  region('RU-SPE', 'Санкт-Петербург', 1, 1, 'CHANGES_REQUESTED'),
  region('RU-TY', 'Республика Тыва', 2, 2, null),
];

const tile = (name: RegExp) => screen.getByRole('link', { name });

describe('TileMap', () => {
  it('places each region on its tile row and column of the CSS grid', () => {
    renderWithProviders(<TileMap regions={regions} />);

    expect(tile(/^Белгородская область/)).toHaveStyle({ gridRow: '3', gridColumn: '1' });
    expect(tile(/^Санкт-Петербург/)).toHaveStyle({ gridRow: '2', gridColumn: '2' });
    expect(tile(/^Республика Карелия/)).toHaveStyle({ gridRow: '1', gridColumn: '3' });
    expect(tile(/^Белгородская область/)).toHaveAttribute('href', '/regions/RU-BEL');
  });

  it('colours tiles by status and says the status in the name, the title and a symbol', () => {
    renderWithProviders(<TileMap regions={regions} />);

    const belgorod = tile(/^Белгородская область/);
    expect(belgorod).toHaveAccessibleName('Белгородская область: На проверке');
    expect(belgorod).toHaveAttribute('title', 'Белгородская область: На проверке');
    expect(belgorod).toHaveClass('tile--submitted');
    expect(belgorod).toHaveTextContent('BEL●');
    expect(tile(/^Мурманская/)).toHaveClass('tile--approved');
    expect(tile(/^Мурманская/)).toHaveTextContent('✓');
    expect(tile(/^Республика Тыва/)).toHaveAccessibleName('Республика Тыва: Не начата');
    expect(tile(/^Республика Тыва/)).toHaveClass('tile--none');
    const legend = screen.getByRole('list', { name: 'Условные обозначения' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['·Не начата', '✎Черновик', '●На проверке', '↺Возвращена на доработку', '✓Утверждена']);
  });

  it('shows the edition in force while an amendment is in work, not the amendment draft', () => {
    renderWithProviders(
      <TileMap
        regions={[
          region('RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 0, 0, 'SUBMITTED', 'APPROVED'),
          region('RU-TUL', 'Тульская область', 0, 1, 'DRAFT'),
        ]}
      />,
    );

    expect(tile(/^Ханты-Мансийский/)).toHaveAccessibleName('Ханты-Мансийский автономный округ — Югра: Утверждена');
    expect(tile(/^Ханты-Мансийский/)).toHaveClass('tile--approved');
    // No edition in force yet: the region's only edition, as before.
    expect(tile(/^Тульская/)).toHaveClass('tile--draft');
  });

  it('dims the tiles the filters leave out and keeps them reachable', () => {
    renderWithProviders(<TileMap regions={regions} matching={new Set(['region-RU-BEL'])} />);

    expect(tile(/^Белгородская/)).not.toHaveClass('tile--dimmed');
    expect(tile(/^Мурманская/)).toHaveClass('tile--dimmed');
    expect(tile(/^Мурманская/)).toHaveAccessibleName('Мурманская область: Утверждена (не подходит под фильтры)');
  });

  it('is one Tab stop; arrow keys move focus to the nearest tile in that direction', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TileMap regions={regions} />);

    await user.tab();
    expect(tile(/^Мурманская/)).toHaveFocus();
    expect(screen.getAllByRole('link').filter((a) => a.getAttribute('tabindex') === '0')).toHaveLength(1);

    // Right: the next tile in reading order (the gap in row 0 is skipped).
    await user.keyboard('{ArrowRight}');
    expect(tile(/^Республика Карелия/)).toHaveFocus();
    // Down: straight ahead (Tyva, two rows down) wins over the diagonal neighbour.
    await user.keyboard('{ArrowDown}');
    expect(tile(/^Республика Тыва/)).toHaveFocus();
    // Left: back in reading order, so the lone tile of row 1 is reachable too.
    await user.keyboard('{ArrowLeft}');
    expect(tile(/^Белгородская/)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tile(/^Санкт-Петербург/)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(tile(/^Мурманская/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(tile(/^Республика Карелия/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(tile(/^Республика Тыва/)).toHaveAttribute('tabindex', '0');
    expect(tile(/^Мурманская/)).toHaveAttribute('tabindex', '-1');
  });

  it('stays put at the edge of the map', () => {
    const positions = [
      { row: 0, col: 0 },
      { row: 0, col: 3 },
    ];
    expect(nextTileIndex(positions, 0, 'ArrowLeft')).toBeNull();
    expect(nextTileIndex(positions, 0, 'ArrowUp')).toBeNull();
    expect(nextTileIndex(positions, 0, 'ArrowRight')).toBe(1);
    expect(nextTileIndex(positions, 1, 'ArrowRight')).toBeNull();
    expect(nextTileIndex(positions, 1, 'ArrowDown')).toBeNull();
    expect(nextTileIndex(positions, 0, 'a')).toBeNull();
  });
});
