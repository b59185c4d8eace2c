import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { Timeline } from '../components/Timeline';
import { placeBar } from '../model/timeline';

// 2021-01-01 … 2024-12-31 is 1461 days.
const pct = (days: number) => Math.round((days / 1461) * 100 * 1000) / 1000;

describe('placeBar', () => {
  it('places a bar by its days within 2021–2024, both ends included', () => {
    expect(placeBar('2021-01-01', '2021-03-31')).toEqual({
      left: 0,
      width: pct(90),
      clippedStart: false,
      clippedEnd: false,
    });
    expect(placeBar('2022-01-01', '2022-03-31')).toEqual({
      left: pct(365),
      width: pct(90),
      clippedStart: false,
      clippedEnd: false,
    });
    expect(placeBar('2024-10-01', '2024-12-31')).toEqual({
      left: pct(1369),
      width: pct(92),
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('clips bars running past the window and drops those wholly outside or backwards', () => {
    expect(placeBar('2020-07-01', '2021-01-31')).toEqual({
      left: 0,
      width: pct(31),
      clippedStart: true,
      clippedEnd: false,
    });
    expect(placeBar('2024-12-01', '2025-06-30')).toMatchObject({ left: pct(1430), width: pct(31), clippedEnd: true });
    expect(placeBar('2025-01-01', '2025-03-01')).toBeNull();
    expect(placeBar('2022-05-01', '2022-04-01')).toBeNull();
    expect(placeBar('2022-05-01', null)).toBeNull();
    expect(placeBar('not a date', '2022-04-01')).toBeNull();
  });
});

describe('Timeline', () => {
  const systems = [
    {
      id: 's1',
      name: 'Региональная медицинская информационная система',
      shortName: 'РМИС',
      stages: [
        {
          stage: 'PILOT' as const,
          plannedStart: '2022-07-01',
          plannedEnd: '2022-09-30',
          actualStart: null,
          actualEnd: null,
        },
        {
          stage: 'ASSESSMENT' as const,
          plannedStart: '2022-01-01',
          plannedEnd: '2022-03-31',
          actualStart: '2022-01-10',
          actualEnd: '2022-04-15',
        },
        {
          stage: 'DESIGN' as const,
          plannedStart: '2022-04-01',
          plannedEnd: '2022-06-30',
          actualStart: '2022-04-20',
          actualEnd: null,
        },
      ],
    },
    { id: 's2', name: 'Без дат', shortName: null, stages: [] },
  ];

  it('draws a planned and an actual bar per stage, in stage order, each labelled with its dates', () => {
    renderWithProviders(<Timeline systems={systems} today="2022-05-20" />);
    const rmis = screen.getByRole('group', { name: systems[0]!.name });
    const lanes = within(rmis)
      .getAllByTestId(/^lane-s1-/)
      .map((el) => el.dataset['testid']);
    expect(lanes).toEqual(['lane-s1-ASSESSMENT', 'lane-s1-DESIGN', 'lane-s1-PILOT']);

    const planned = screen.getByRole('img', {
      name: 'РМИС, Обследование: план с 1 января 2022 г. по 31 марта 2022 г.',
    });
    expect(planned).toHaveStyle({ left: `${pct(365)}%`, width: `${pct(90)}%` });
    expect(planned).toHaveAttribute('title', 'РМИС, Обследование: план с 1 января 2022 г. по 31 марта 2022 г.');
    const actual = screen.getByRole('img', {
      name: 'РМИС, Обследование: факт с 10 января 2022 г. по 15 апреля 2022 г.',
    });
    expect(actual).toHaveStyle({ left: `${pct(374)}%`, width: `${pct(96)}%` });

    // A started stage without an actual end runs to today.
    const ongoing = screen.getByRole('img', {
      name: 'РМИС, Проектирование: факт с 20 апреля 2022 г. по настоящее время',
    });
    expect(ongoing).toHaveStyle({ left: `${pct(474)}%`, width: `${pct(31)}%` });
    expect(ongoing).toHaveClass('timeline__bar--ongoing');
    // Nothing actual on the pilot yet: only its planned bar.
    expect(within(screen.getByTestId('lane-s1-PILOT')).getAllByRole('img')).toHaveLength(1);
    // A system without dates gets no lanes.
    expect(screen.queryByRole('group', { name: 'Без дат' })).not.toBeInTheDocument();
  });

  it('offers the same dates as a table', async () => {
    renderWithProviders(<Timeline systems={systems} today="2022-05-20" />);
    await userEvent.setup().click(screen.getByText('Сроки таблицей'));
    const table = screen.getByRole('table', { name: 'Плановые и фактические сроки этапов по системам' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Проектирование', '1 апреля 2022 г.', '30 июня 2022 г.', '20 апреля 2022 г.', '—']);
  });
});
