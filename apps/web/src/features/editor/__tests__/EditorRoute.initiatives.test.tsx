import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INITIATIVE_TITLE_MAX } from '@tsifra/domain/strategy/initiatives';
import { AddInitiativeMutation, UpdateInitiativeMutation } from '../routes/EditorRoute';
import { badInput, renderEditor, VERSION } from './editorRouteHarness';

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
