import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../../gql';
import type { ReviewDiff_DiffFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { DiffSummary } from '../components/DiffSummary';
import { RevisionView } from '../components/RevisionView';
import { diffMarks, EMPTY_MARKS } from '../diffMarks';
import type { PinTarget } from '../pins';
import { ReviewContent_revision } from '../reviewFragments';

const indicator = (id: string, name: string, targets: [number, number][], baselineValue = 10) => ({
  id,
  name,
  unit: '%',
  direction: 'INCREASE' as const,
  baselineYear: 2020,
  baselineValue,
  responsible: null,
  targets: targets.map(([year, value]) => ({ year, value })),
});

const revision = makeFragmentData(
  {
    id: 'rev-2',
    number: 2,
    content: {
      sectors: [{ code: 'healthcare', name: 'Здравоохранение', nameEn: 'Healthcare', rationale: null }],
      goals: [
        {
          id: 'g30',
          parentId: null,
          sectorCode: 'healthcare',
          horizon: 'Y2030' as const,
          title: 'Цифровое здравоохранение',
          description: null,
          position: 0,
          indicators: [
            indicator('i30', 'Доля записей онлайн', [
              [2024, 60],
              [2030, 90],
            ]),
          ],
        },
        {
          id: 'g24',
          parentId: 'g30',
          sectorCode: 'healthcare',
          horizon: 'Y2024' as const,
          title: 'Электронная медкарта',
          description: 'Все поликлиники',
          position: 0,
          indicators: [
            indicator(
              'i24',
              'Доля поликлиник с ЭМК',
              [
                [2021, 40],
                [2024, 75],
              ],
              12,
            ),
          ],
        },
        {
          id: 'g24b',
          parentId: 'g30',
          sectorCode: 'healthcare',
          horizon: 'Y2024' as const,
          title: 'Телемедицина в сёлах',
          description: null,
          position: 1,
          indicators: [indicator('i24b', 'Число телеконсультаций', [[2024, 5000]])],
        },
        {
          id: 'g21',
          parentId: 'g24',
          sectorCode: 'healthcare',
          horizon: 'Y2021' as const,
          title: 'Новая задача 2021',
          description: null,
          position: 0,
          indicators: [],
        },
      ],
    },
  },
  ReviewContent_revision,
);

const diff: ReviewDiff_DiffFragment = {
  from: 1,
  to: 2,
  baseEdition: null,
  changeCount: 5,
  sectorsAdded: [],
  sectorsRemoved: [],
  goalsAdded: [
    { goalId: 'g21', title: 'Новая задача 2021', horizon: 'Y2021', sectorCode: 'healthcare', parentId: 'g24' },
  ],
  goalsRemoved: [{ goalId: 'gone', title: 'Старая цель', horizon: 'Y2024', sectorCode: 'healthcare', parentId: 'g30' }],
  goalsMoved: [],
  goalsChanged: [
    {
      goalId: 'g24',
      title: 'Электронная медкарта',
      changes: [{ field: 'title', before: 'ЭМК', after: 'Электронная медкарта' }],
    },
  ],
  indicatorsAdded: [],
  indicatorsRemoved: [],
  indicatorsChanged: [],
  valueChanges: [
    {
      goalId: 'g24',
      indicatorId: 'i24',
      indicatorName: 'Доля поликлиник с ЭМК',
      unit: '%',
      kind: 'TARGET',
      year: 2024,
      before: 80,
      after: 75,
    },
    {
      goalId: 'g24',
      indicatorId: 'i24',
      indicatorName: 'Доля поликлиник с ЭМК',
      unit: '%',
      kind: 'TARGET',
      year: 2023,
      before: 65,
      after: null,
    },
    {
      goalId: 'g24',
      indicatorId: 'i24',
      indicatorName: 'Доля поликлиник с ЭМК',
      unit: '%',
      kind: 'BASELINE',
      year: 2020,
      before: 10,
      after: 12,
    },
    {
      goalId: 'g24',
      indicatorId: 'i24',
      indicatorName: 'Доля поликлиник с ЭМК',
      unit: '%',
      kind: 'TARGET',
      year: 2021,
      before: null,
      after: 40,
    },
  ],
  initiativesAdded: [],
  initiativesRemoved: [],
  initiativesChanged: [],
};

function renderView(
  options: {
    changesOnly?: boolean;
    canRemark?: boolean;
    marks?: ReturnType<typeof diffMarks>;
    onCompose?: (pin: PinTarget, label: string) => void;
    composing?: PinTarget | null;
  } = {},
) {
  return renderWithProviders(
    <RevisionView
      revision={revision}
      marks={options.marks ?? diffMarks(diff)}
      changesOnly={options.changesOnly ?? false}
      openRemarks={new Map([['g24|i24|2024', 2]])}
      canRemark={options.canRemark ?? false}
      composing={options.composing ?? null}
      onCompose={options.onCompose ?? (() => undefined)}
      composer={<p>composer here</p>}
    />,
  );
}

const valuesRow = (indicatorName: string) => screen.getByRole('table', { name: `${indicatorName}: значения по годам` });

describe('RevisionView', () => {
  it('marks a changed target with the old value struck out and the new one inserted, both read out in words', () => {
    renderView();
    const table = valuesRow('Доля поликлиник с ЭМК');

    const changed = within(table).getByRole('cell', { name: /было 80/ });
    expect(changed.querySelector('del')).toHaveTextContent('было 80');
    expect(changed.querySelector('ins')).toHaveTextContent('стало 75');
    expect(changed).toHaveClass('value--changed');
  });

  it('shows a new target year as inserted only and a dropped one as deleted only', () => {
    renderView();
    const table = valuesRow('Доля поликлиник с ЭМК');

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Год', '2021', '2023', '2024']);
    const added = within(table).getByRole('cell', { name: 'добавлено 40' });
    expect(added.querySelector('del')).toBeNull();
    const dropped = within(table).getByRole('cell', { name: 'удалено 65' });
    expect(dropped.querySelector('ins')).toBeNull();
  });

  it('marks a changed baseline and a goal added or reworded, with words and not colour alone', () => {
    renderView();

    const emk = screen.getByRole('article', { name: 'Электронная медкарта' });
    expect(within(emk).getAllByText('изменено').length).toBeGreaterThan(0);
    expect(within(emk).getByText('Название:').parentElement).toHaveTextContent(
      'Название: было ЭМК → стало Электронная медкарта',
    );
    expect(within(emk).getByText('Базовое значение').nextElementSibling).toHaveTextContent('было 10 → стало 12 (2020)');
    const added = screen.getByRole('article', { name: 'Новая задача 2021' });
    expect(within(added).getByText('новая цель')).toBeInTheDocument();
    expect(added).toHaveClass('rgoal--added');
  });

  it('with "changes only" hides untouched goals and keeps an untouched parent as context without its indicators', () => {
    renderView({ changesOnly: true });

    expect(screen.queryByRole('article', { name: 'Телемедицина в сёлах' })).toBeNull();
    const parent = screen.getByRole('article', { name: 'Цифровое здравоохранение' });
    expect(parent).toHaveClass('rgoal--context');
    expect(screen.queryByRole('table', { name: 'Доля записей онлайн: значения по годам' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Электронная медкарта' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Новая задача 2021' })).toBeInTheDocument();
  });

  it('without a diff shows everything unmarked', () => {
    renderView({ marks: EMPTY_MARKS });

    expect(screen.getByRole('article', { name: 'Телемедицина в сёлах' })).toBeInTheDocument();
    expect(document.querySelectorAll('del, ins')).toHaveLength(0);
  });

  it('lets a reviewer pick a single target value (Enter on it) to remark on, and counts open remarks there', async () => {
    const user = userEvent.setup();
    const onCompose = jest.fn();
    renderView({ canRemark: true, onCompose, marks: EMPTY_MARKS });

    const value = screen.getByRole('button', {
      name: '2024: 75 % — добавить замечание к значению показателя «Доля поликлиник с ЭМК»',
    });
    expect(value.closest('td')).toHaveTextContent('2 открытых замечания');
    value.focus();
    await user.keyboard('{Enter}');
    expect(onCompose).toHaveBeenCalledWith(
      { goalId: 'g24', indicatorId: 'i24', year: 2024 },
      'Замечание к значению 2024 г. показателя «Доля поликлиник с ЭМК»: 75 %',
    );

    await user.click(screen.getByRole('button', { name: 'Замечание к цели: Телемедицина в сёлах' }));
    expect(onCompose).toHaveBeenLastCalledWith({ goalId: 'g24b' }, 'Замечание к цели «Телемедицина в сёлах»');
  });

  it('shows the remark form under the value being remarked on, and no remark buttons for the region', () => {
    renderView({ canRemark: false, composing: { goalId: 'g24', indicatorId: 'i24', year: 2024 } });

    const emk = screen.getByRole('article', { name: 'Электронная медкарта' });
    expect(within(emk).getByText('composer here')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('DiffSummary', () => {
  it('lists added, removed and changed goals and every changed number', () => {
    renderWithProviders(<DiffSummary diff={diff} sectorName={(code) => code} />);

    expect(screen.getByRole('heading', { name: 'Изменения с редакции 1 по 2: 5 изменений' })).toBeInTheDocument();
    const group = (title: RegExp) => screen.getByRole('heading', { name: title }).parentElement!;
    expect(within(group(/^Добавлены цели/)).getByRole('link', { name: '«Новая задача 2021»' })).toHaveAttribute(
      'href',
      '#goal-g21',
    );
    expect(
      within(group(/^Удалены цели/))
        .getByText(/Старая цель/)
        .closest('del'),
    ).toHaveTextContent('удалено «Старая цель»');
    const values = within(group(/^Изменены значения \(4\)/))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(values).toContain('«Доля поликлиник с ЭМК», план на 2024: было 80 → стало 75 %');
    expect(values).toContain('«Доля поликлиник с ЭМК», базовое значение (2020): было 10 → стало 12 %');
    expect(values).toContain('«Доля поликлиник с ЭМК», план на 2023: удалено 65 %');
  });

  it('says when the revision is the first one', () => {
    renderWithProviders(<DiffSummary diff={{ ...diff, from: 0 }} sectorName={(code) => code} />);
    expect(screen.getByRole('heading', { name: 'Редакция 2 — первая: сравнивать не с чем' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
