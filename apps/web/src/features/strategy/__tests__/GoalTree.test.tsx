import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import type { Horizon } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { GoalItem_goal } from '../components/GoalItem';
import { GoalTree, GoalTree_strategy } from '../components/GoalTree';
import { IndicatorTable_indicator } from '../components/IndicatorTable';

const healthcare = { id: 'sector-health', code: 'HEALTHCARE', name: 'Здравоохранение', nameEn: 'Healthcare' } as const;
const education = { id: 'sector-edu', code: 'EDUCATION', name: 'Образование', nameEn: 'Education' } as const;

// KhMAO broadband share: real figures from domain.md (84.9 in 2020 → 92.5 in 2024).
const broadband = makeFragmentData(
  {
    id: 'ind-broadband',
    name: 'Доля домохозяйств с широкополосным доступом',
    unit: '%',
    baselineYear: 2020,
    baselineValue: 84.9,
    direction: 'INCREASE',
    responsible: 'Департамент информационных технологий',
    targets: [
      { year: 2021, value: 86.6 },
      { year: 2022, value: 88.2 },
      { year: 2023, value: 90.2 },
      { year: 2024, value: 92.5 },
    ],
    actuals: [{ year: 2021, value: 86.9 }],
  },
  IndicatorTable_indicator,
);

type Node = ReturnType<typeof goal>;
function goal(id: string, horizon: Horizon, position: number, title: string, indicators: (typeof broadband)[] = []) {
  return makeFragmentData(
    {
      id,
      horizon,
      title,
      description: null,
      indicators: indicators.map((indicator) => ({ ...indicator, id: 'ind-broadband' })),
    },
    GoalItem_goal,
  );
}

function strategyWithGoals() {
  const task2021 = {
    ...goal('g-2021', 'Y2021', 0, 'Подключить школы к сети', [broadband]),
    position: 0,
    horizon: 'Y2021' as const,
    id: 'g-2021',
  };
  const goal2024 = {
    ...goal('g-2024', 'Y2024', 0, 'Связь во всех населённых пунктах'),
    id: 'g-2024',
    horizon: 'Y2024' as const,
    position: 0,
    children: [task2021],
  };
  const top = (
    node: Node,
    id: string,
    horizon: Horizon,
    position: number,
    sector: typeof healthcare | typeof education,
    children: (typeof goal2024)[] = [],
  ) => ({
    ...node,
    id,
    horizon,
    position,
    sector,
    children,
  });
  return makeFragmentData(
    {
      id: 'strategy-khm',
      sectors: [healthcare, education],
      goals: [
        // Deliberately out of order: the tree orders by horizon, then position.
        top(goal('g-edu-2024', 'Y2024', 0, 'Электронный дневник в каждой школе'), 'g-edu-2024', 'Y2024', 0, education),
        top(goal('g-2030-b', 'Y2030', 1, 'Телемедицина для отдалённых посёлков'), 'g-2030-b', 'Y2030', 1, healthcare),
        top(goal('g-2030', 'Y2030', 0, 'Цифровое здравоохранение для всех жителей'), 'g-2030', 'Y2030', 0, healthcare, [
          goal2024,
        ]),
        top(goal('g-edu-2030', 'Y2030', 0, 'Цифровая образовательная среда'), 'g-edu-2030', 'Y2030', 0, education),
      ],
    },
    GoalTree_strategy,
  );
}

const goalArticle = (title: string) => screen.getByRole('article', { name: title });

describe('GoalTree', () => {
  it('nests 2021 tasks inside 2024 goals inside 2030 goals', () => {
    renderWithProviders(<GoalTree strategy={strategyWithGoals()} />);

    const goal2030 = goalArticle('Цифровое здравоохранение для всех жителей');
    const goal2024 = within(goal2030).getByRole('article', { name: 'Связь во всех населённых пунктах' });
    const task2021 = within(goal2024).getByRole('article', { name: 'Подключить школы к сети' });

    expect(within(goal2030).getByText('Горизонт 2030')).toBeInTheDocument();
    expect(
      within(goal2024)
        .getAllByText(/Горизонт/)
        .map((el) => el.textContent),
    ).toEqual(['Горизонт 2024', 'Горизонт 2021']);
    expect(within(task2021).queryByRole('article')).not.toBeInTheDocument();
    // The sibling 2030 goal does not swallow the nested ones.
    expect(
      within(goalArticle('Телемедицина для отдалённых посёлков')).queryByRole('article', {
        name: 'Связь во всех населённых пунктах',
      }),
    ).not.toBeInTheDocument();
  });

  it('groups goals by sector, then by horizon from 2030 down, by position within a horizon', () => {
    renderWithProviders(<GoalTree strategy={strategyWithGoals()} />);

    const health = screen.getByRole('region', { name: /Здравоохранение/ });
    expect(within(health).getByRole('heading', { level: 3 })).toHaveTextContent('Здравоохранение (4 цели)');
    const healthTopLevel = within(within(health).getByRole('region', { name: 'Цели до 2030 года' })).getAllByRole(
      'article',
    );
    expect(healthTopLevel[0]).toHaveAccessibleName('Цифровое здравоохранение для всех жителей');
    expect(healthTopLevel.at(-1)).toHaveAccessibleName('Телемедицина для отдалённых посёлков');

    const edu = screen.getByRole('region', { name: /Образование/ });
    expect(within(edu).getByRole('heading', { level: 3 })).toHaveTextContent('Образование (2 цели)');
    expect(
      within(edu)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Цели до 2030 года', 'Цели до 2024 года']);
  });

  it("shows an indicator's unit, baseline and targets by year in a table", () => {
    renderWithProviders(<GoalTree strategy={strategyWithGoals()} />);

    const task = goalArticle('Подключить школы к сети');
    expect(within(task).getByText('Доля домохозяйств с широкополосным доступом')).toBeInTheDocument();
    expect(within(task).getByText('84,9 (2020 г.)')).toBeInTheDocument();
    const table = within(task).getByRole('table', {
      name: 'Доля домохозяйств с широкополосным доступом: значения по годам',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Год', '2021', '2022', '2023', '2024']);
    const targets = within(table).getByRole('row', { name: /План/ });
    expect(
      within(targets)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['86,6', '88,2', '90,2', '92,5']);
    const actuals = within(table).getByRole('row', { name: /Факт/ });
    expect(
      within(actuals)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['86,9', '—', '—', '—']);
  });

  it('formats numbers for the chosen language', () => {
    renderWithProviders(<GoalTree strategy={strategyWithGoals()} />, { lang: 'en' });

    const table = screen.getByRole('table', { name: /values by year/ });
    expect(within(table).getByRole('row', { name: /Target/ })).toHaveTextContent('92.5');
    expect(screen.getAllByRole('heading', { level: 4, name: 'Goals for 2030' })).toHaveLength(2);
  });

  it('says so when a strategy has no goals yet', () => {
    renderWithProviders(
      <GoalTree strategy={makeFragmentData({ id: 's', sectors: [healthcare], goals: [] }, GoalTree_strategy)} />,
    );
    expect(screen.getByText('Цели ещё не заданы.')).toBeInTheDocument();
  });
  it('writes units in the interface language: «чел.» in Russian, «people» in English', () => {
    const withUnit = (unit: string) =>
      JSON.parse(
        JSON.stringify(strategyWithGoals()).replaceAll('"unit":"%"', JSON.stringify({ unit }).slice(1, -1)),
      ) as ReturnType<typeof strategyWithGoals>;
    const ru = renderWithProviders(<GoalTree strategy={withUnit('чел.')} />);
    expect(screen.getAllByText('чел.').length).toBeGreaterThan(0);
    ru.unmount();
    renderWithProviders(<GoalTree strategy={withUnit('чел.')} />, { lang: 'en' });
    expect(screen.getAllByText('people').length).toBeGreaterThan(0);
    expect(screen.queryByText('чел.')).toBeNull();
  });
});
