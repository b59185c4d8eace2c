import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INITIATIVE_TITLE_MAX } from '@tsifra/domain/strategy/initiatives';
import { RATIONALE_MAX } from '@tsifra/domain/strategy/sector-choices';
import { GraphQLError } from 'graphql';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../../../app/i18n';
import {
  AddInitiativeMutation,
  EditorRoute,
  EditorRouteQuery,
  MoveGoalMutation,
  SetStrategySectorsMutation,
  UpdateInitiativeMutation,
} from '../routes/EditorRoute';

const VERSION = 7;

const sectorRow = (code: string, name: string, nameEn: string) => ({
  __typename: 'Sector',
  id: `s-${code}`,
  code,
  name,
  nameEn,
  mainArea2021: true,
  maturityKeySector: true,
});

function goal(
  id: string,
  horizon: 'Y2030' | 'Y2024',
  title: string,
  position: number,
  parent: string | null,
  initiatives: unknown[] = [],
) {
  return {
    __typename: 'Goal',
    id,
    horizon,
    title,
    description: null,
    position,
    sector: { __typename: 'Sector', id: 's-healthcare', code: 'healthcare' },
    parent: parent ? { __typename: 'Goal', id: parent } : null,
    indicators: [],
    initiatives,
  };
}

const initiative = {
  __typename: 'Initiative',
  id: 'ini1',
  title: 'Единая медкарта',
  kind: 'REGIONAL',
  templateCode: null,
  startDate: '2022-01-01',
  endDate: '2024-12-31',
  responsible: 'Минздрав области',
  position: 0,
  budgets: [{ __typename: 'InitiativeBudget', year: 2022, source: 'REGIONAL', amount: 10 }],
};

function routeData() {
  return {
    me: {
      __typename: 'User',
      id: 'u1',
      role: 'REGIONAL_EDITOR',
      region: { __typename: 'Region', id: 'r1', code: 'tomsk' },
    },
    sectors: [
      sectorRow('healthcare', 'Здравоохранение', 'Healthcare'),
      sectorRow('education', 'Образование и наука', 'Education and science'),
    ],
    region: {
      __typename: 'Region',
      id: 'r1',
      code: 'tomsk',
      name: 'Томская область',
      nameEn: 'Tomsk Oblast',
      strategy: {
        __typename: 'Strategy',
        id: 'st1',
        status: 'DRAFT',
        edition: 2,
        basedOn: { __typename: 'Strategy', id: 'st0', edition: 1 },
        version: VERSION,
        revision: 0,
        deadline: null,
        updatedAt: '2021-05-01T00:00:00.000Z',
        contentVisible: true,
        sectors: [
          {
            __typename: 'Sector',
            id: 's-healthcare',
            code: 'healthcare',
            name: 'Здравоохранение',
            nameEn: 'Healthcare',
          },
        ],
        sectorChoices: [
          {
            __typename: 'SectorChoice',
            rationale: 'Очереди в поликлиниках',
            position: 0,
            sector: { __typename: 'Sector', id: 's-healthcare', code: 'healthcare' },
          },
        ],
        completeness: [],
        availableTransitions: ['SUBMITTED'],
        y2030: [
          goal('g1', 'Y2030', 'Цифровое здравоохранение', 0, null),
          goal('g2', 'Y2030', 'Телемедицина везде', 1, null),
        ],
        y2024: [goal('g3', 'Y2024', 'Электронные медкарты', 0, 'g1', [initiative])],
        y2021: [],
      },
    },
  };
}

const queryMock = () => ({
  request: { query: EditorRouteQuery, variables: { code: 'tomsk' } },
  result: { data: routeData() },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/**
 * Renders the editor route as the app does: the real i18n (Russian by default), Apollo's mock link,
 * and a data router (the unsaved-changes guard blocks navigation with useBlocker, which needs one).
 */
function renderEditor(mocks: unknown[]) {
  const user = userEvent.setup();
  const router = createMemoryRouter([{ path: '/regions/:code/edit', element: <EditorRoute /> }], {
    initialEntries: ['/regions/tomsk/edit'],
  });
  const utils = render(
    <I18nextProvider i18n={createI18n('ru')}>
      <MockedProvider mocks={[queryMock(), ...mocks] as never}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...utils, user };
}

const badInput = (message: string, field: string) => ({
  errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } })],
});

async function openAddInitiative(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: /Томская область/ });
  expect(screen.getByTestId('editor-edition')).toHaveTextContent('Редакция № 2');
  // Every goal has its own "add an initiative" button, named with the goal's title for screen readers.
  await user.click(screen.getByRole('button', { name: 'Добавить проект «Электронные медкарты»' }));
  return screen.getByRole('form', { name: 'Новый проект' });
}

describe('the initiative form in the editor', () => {
  it('adds an initiative with budget lines by year and source, sending addInitiative with the typed values', async () => {
    const sent = jest.fn(() => ({ data: { addInitiative: { __typename: 'Initiative', id: 'ini2' } } }));
    const { user } = renderEditor([
      {
        request: {
          query: AddInitiativeMutation,
          variables: {
            goalId: 'g3',
            version: VERSION,
            input: {
              title: 'Телемедицинские консультации',
              kind: 'FEDERAL_TEMPLATE',
              templateCode: 'TR-12',
              startDate: '2022-03-01',
              endDate: '2024-12-31',
              responsible: 'Минздрав области',
              budgets: [
                { year: 2022, source: 'FEDERAL', amount: 12.5 },
                { year: 2023, source: 'EXTRA_BUDGETARY', amount: 3 },
              ],
            },
          },
        },
        result: sent,
      },
    ]);
    const form = await openAddInitiative(user);
    const f = within(form);
    // The form opens on its first field, so a keyboard user starts typing at once.
    await waitFor(() => expect(f.getByLabelText('Название проекта')).toHaveFocus());
    await user.keyboard('  Телемедицинские консультации ');
    await user.selectOptions(f.getByLabelText('Вид'), 'Типовое федеральное решение');
    await user.type(f.getByLabelText('Код типового решения'), 'TR-12');
    await user.type(f.getByLabelText('Начало'), '2022-03-01');
    await user.type(f.getByLabelText('Окончание'), '2024-12-31');
    await user.type(f.getByLabelText('Ответственный'), 'Минздрав области');
    expect(f.getByText('Строк финансирования нет.')).toBeInTheDocument();

    await user.click(f.getByRole('button', { name: 'Добавить строку финансирования' }));
    const line1 = f.getByRole('group', { name: 'Строка финансирования 1' });
    // A new line starts in the initiative's first year.
    expect(within(line1).getByLabelText('Год')).toHaveValue('2022');
    await user.selectOptions(within(line1).getByLabelText('Источник'), 'Федеральный бюджет');
    await user.type(within(line1).getByLabelText('Сумма, млн руб.'), '12,5');

    await user.click(f.getByRole('button', { name: 'Добавить строку финансирования' }));
    const line2 = f.getByRole('group', { name: 'Строка финансирования 2' });
    await user.selectOptions(within(line2).getByLabelText('Год'), '2023');
    await user.selectOptions(within(line2).getByLabelText('Источник'), 'Внебюджетные средства');
    await user.type(within(line2).getByLabelText('Сумма, млн руб.'), '3{Enter}');

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Новый проект' })).not.toBeInTheDocument());
  });

  it('flags an end date before the start and a negative amount under their fields, and sends nothing', async () => {
    const sent = jest.fn(() => ({ data: { addInitiative: { __typename: 'Initiative', id: 'ini2' } } }));
    const { user } = renderEditor([{ request: { query: AddInitiativeMutation, variables: () => true }, result: sent }]);
    const f = within(await openAddInitiative(user));
    await user.type(f.getByLabelText('Название проекта'), 'Проект');
    await user.type(f.getByLabelText('Начало'), '2024-01-01');
    await user.type(f.getByLabelText('Окончание'), '2023-06-30');
    expect(f.getByLabelText('Окончание')).toHaveAttribute('aria-invalid', 'true');
    expect(f.getByLabelText('Окончание')).toHaveAccessibleDescription('Окончание не может быть раньше начала');
    expect(f.getByLabelText('Начало')).not.toHaveAttribute('aria-invalid');

    await user.clear(f.getByLabelText('Окончание'));
    await user.type(f.getByLabelText('Окончание'), '2025-06-30');
    expect(f.getByLabelText('Окончание')).not.toHaveAttribute('aria-invalid');

    await user.click(f.getByRole('button', { name: 'Добавить строку финансирования' }));
    const amount = within(f.getByRole('group', { name: 'Строка финансирования 1' })).getByLabelText('Сумма, млн руб.');
    await user.type(amount, '-5');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription('Сумма не может быть отрицательной');

    await user.click(f.getByRole('button', { name: 'Добавить проект' }));
    expect(f.getByRole('alert')).toHaveTextContent(/Исправьте 1 ошиб/);
    await waitFor(() => expect(amount).toHaveFocus());
    expect(sent).not.toHaveBeenCalled();
  });

  it('shows a too long title by the domain limit', async () => {
    const { user } = renderEditor([]);
    const f = within(await openAddInitiative(user));
    const title = f.getByLabelText('Название проекта');
    await user.click(title);
    await user.paste('я'.repeat(INITIATIVE_TITLE_MAX + 1));
    expect(title).toHaveAccessibleDescription(`Слишком длинно: не больше ${INITIATIVE_TITLE_MAX} символов`);
  });

  it("edits an initiative and puts the server's BAD_USER_INPUT (extensions.field) next to the field it names", async () => {
    const sent = jest.fn(() =>
      badInput("A budget year must fall within the initiative's years 2022–2024.", 'input.budgets[1].year'),
    );
    const { user } = renderEditor([
      {
        request: {
          query: UpdateInitiativeMutation,
          variables: {
            id: 'ini1',
            version: VERSION,
            input: {
              title: 'Единая медкарта',
              kind: 'REGIONAL',
              templateCode: null,
              startDate: '2022-01-01',
              endDate: '2024-12-31',
              responsible: 'Минздрав области',
              budgets: [
                { year: 2022, source: 'REGIONAL', amount: 10 },
                { year: 2024, source: 'REGIONAL', amount: 7 },
              ],
            },
          },
        },
        result: sent,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    await user.click(screen.getByRole('button', { name: 'Изменить проект «Единая медкарта»' }));
    const f = within(screen.getByRole('form', { name: 'Изменение проекта' }));
    expect(
      within(f.getByRole('group', { name: 'Строка финансирования 1' })).getByLabelText('Сумма, млн руб.'),
    ).toHaveValue('10');
    await user.click(f.getByRole('button', { name: 'Добавить строку финансирования' }));
    const line2 = f.getByRole('group', { name: 'Строка финансирования 2' });
    await user.selectOptions(within(line2).getByLabelText('Год'), '2024');
    await user.type(within(line2).getByLabelText('Сумма, млн руб.'), '7');
    await user.click(f.getByRole('button', { name: 'Сохранить проект' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    const year2 = within(line2).getByLabelText('Год');
    await waitFor(() => expect(year2).toHaveAttribute('aria-invalid', 'true'));
    expect(year2).toHaveAccessibleDescription("A budget year must fall within the initiative's years 2022–2024.");
    expect(within(f.getByRole('group', { name: 'Строка финансирования 1' })).getByLabelText('Год')).not.toHaveAttribute(
      'aria-invalid',
    );
    // The form stays open with the user's input.
    expect(within(line2).getByLabelText('Сумма, млн руб.')).toHaveValue('7');
  });
});

describe('the sector choice with rationales', () => {
  it('sends setStrategySectors with the chosen sectors in catalogue order and trimmed rationales', async () => {
    const sent = jest.fn(() => ({
      data: { setStrategySectors: { __typename: 'Strategy', id: 'st1', version: VERSION + 1 } },
    }));
    const { user } = renderEditor([
      {
        request: {
          query: SetStrategySectorsMutation,
          variables: {
            strategyId: 'st1',
            version: VERSION,
            sectorCodes: ['healthcare', 'education'],
            rationales: [
              { sectorCode: 'healthcare', rationale: 'Очереди в поликлиниках' },
              { sectorCode: 'education', rationale: 'Школы без интернета' },
            ],
          },
        },
        result: sent,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    expect(screen.getByRole('button', { name: 'Сохранить отрасли' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Образование и наука/ }));
    await user.type(screen.getByLabelText('Обоснование выбора: Образование и наука'), '  Школы без интернета ');
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });

  it('flags a rationale longer than the domain allows and does not save', async () => {
    const sent = jest.fn(() => ({
      data: { setStrategySectors: { __typename: 'Strategy', id: 'st1', version: VERSION + 1 } },
    }));
    const { user } = renderEditor([
      { request: { query: SetStrategySectorsMutation, variables: () => true }, result: sent },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    const rationale = screen.getByLabelText('Обоснование выбора: Здравоохранение');
    await user.clear(rationale);
    await user.click(rationale);
    await user.paste('а'.repeat(RATIONALE_MAX + 1));
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(`Слишком длинно: не больше ${RATIONALE_MAX} символов`);
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    expect(sent).not.toHaveBeenCalled();
  });

  it("shows the server's BAD_USER_INPUT for a rationale under that sector's rationale", async () => {
    const sent = jest.fn(() => badInput('A rationale may be at most 2000 characters.', 'rationales[1].rationale'));
    const { user } = renderEditor([
      {
        request: {
          query: SetStrategySectorsMutation,
          variables: {
            strategyId: 'st1',
            version: VERSION,
            sectorCodes: ['healthcare', 'education'],
            rationales: [
              { sectorCode: 'healthcare', rationale: 'Очереди в поликлиниках' },
              { sectorCode: 'education', rationale: null },
            ],
          },
        },
        result: sent,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    await user.click(screen.getByRole('checkbox', { name: /Образование и наука/ }));
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    const education = screen.getByLabelText('Обоснование выбора: Образование и наука');
    await waitFor(() => expect(education).toHaveAttribute('aria-invalid', 'true'));
    expect(education).toHaveAccessibleDescription('A rationale may be at most 2000 characters.');
    expect(screen.getByLabelText('Обоснование выбора: Здравоохранение')).not.toHaveAttribute('aria-invalid');
  });
});

describe('moving goals up and down', () => {
  it('disables "up" on the first goal and "down" on the last, and moves a goal up to the position before it', async () => {
    const up = jest.fn(() => ({ data: { moveGoal: { __typename: 'Strategy', id: 'st1', version: VERSION + 1 } } }));
    const { user } = renderEditor([
      {
        request: { query: MoveGoalMutation, variables: { id: 'g2', version: VERSION, parentId: null, position: 0 } },
        result: up,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    const first = screen.getByRole('group', { name: 'Действия с целью «Цифровое здравоохранение»' });
    const second = screen.getByRole('group', { name: 'Действия с целью «Телемедицина везде»' });
    const only = screen.getByRole('group', { name: 'Действия с целью «Электронные медкарты»' });
    expect(within(first).getByRole('button', { name: /Выше/ })).toBeDisabled();
    expect(within(second).getByRole('button', { name: /Ниже/ })).toBeDisabled();
    expect(within(only).getByRole('button', { name: /Выше/ })).toBeDisabled();
    expect(within(only).getByRole('button', { name: /Ниже/ })).toBeDisabled();

    await user.click(within(second).getByRole('button', { name: 'Выше «Телемедицина везде»' }));
    expect(within(second).getByRole('button', { name: 'Перемещение…' })).toBeDisabled();
    await waitFor(() => expect(up).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(within(second).getByRole('button', { name: 'Выше «Телемедицина везде»' })).toBeEnabled(),
    );
  });

  it('moves a goal down to the next position and shows the server refusing it', async () => {
    const refused = jest.fn(() => badInput('Position 1 is out of range.', 'position'));
    const { user } = renderEditor([
      {
        request: { query: MoveGoalMutation, variables: { id: 'g1', version: VERSION, parentId: null, position: 1 } },
        result: refused,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    await user.click(screen.getByRole('button', { name: 'Ниже «Цифровое здравоохранение»' }));
    expect(await screen.findByText(/Position 1 is out of range\./)).toBeInTheDocument();
  });
});
