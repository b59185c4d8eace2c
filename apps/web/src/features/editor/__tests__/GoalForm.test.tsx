import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { GoalForm, type GoalFormProps } from '../components/GoalForm';
import { emptyGoal, goalStateOf, type GoalData, type GoalInputValue } from '../model/goalForm';
import type { WriteResult } from '../../../shared/forms/writeResult';

const existing: GoalData = {
  id: 'g1',
  horizon: 'Y2024',
  title: 'Электронные медкарты',
  description: null,
  sector: { code: 'healthcare' },
  parent: null,
  indicators: [
    {
      id: 'i1',
      name: 'Доля медкарт в электронном виде',
      unit: '%',
      direction: 'INCREASE',
      baselineYear: 2020,
      baselineValue: 40,
      responsible: null,
      targets: [
        { year: 2021, value: 55 },
        { year: 2024, value: 90 },
      ],
    },
  ],
};

function setup(props: Partial<GoalFormProps> = {}, lang: 'ru' | 'en' = 'ru') {
  const onSave = jest
    .fn<Promise<WriteResult<unknown>>, [GoalInputValue, { asNew: boolean }]>()
    .mockResolvedValue({ kind: 'ok', data: 'g1' });
  const onCancel = jest.fn();
  const all: GoalFormProps = {
    mode: 'add',
    formId: 'f',
    initial: emptyGoal('Y2024', 'healthcare', null),
    horizonOptions: ['Y2030', 'Y2024', 'Y2021'],
    chosenSectors: ['healthcare'],
    onSave,
    onCancel,
    ...props,
  };
  const utils = renderWithProviders(<GoalForm {...all} />, { lang });
  return { ...utils, onSave, onCancel, props: all, user: userEvent.setup() };
}

const indicator = () => screen.getByRole('group', { name: /^Показатель 1/ });

describe('GoalForm', () => {
  it('flags each broken rule under its field as it is typed, in Russian', async () => {
    const { user } = setup({ initial: goalStateOf(existing), mode: 'edit', latest: goalStateOf(existing) });
    const target2021 = within(indicator()).getByLabelText('План на 2021');
    await user.clear(target2021);
    await user.type(target2021, '150');
    expect(target2021).toHaveAttribute('aria-invalid', 'true');
    expect(target2021).toHaveAccessibleDescription('Процент должен быть от 0 до 100');

    const target2024 = within(indicator()).getByLabelText('План на 2024');
    await user.clear(target2024);
    await user.type(target2024, '30');
    expect(target2024).toHaveAccessibleDescription('При росте план не может быть ниже базового значения 40');

    await user.clear(within(indicator()).getByLabelText('Базовый год'));
    await user.type(within(indicator()).getByLabelText('Базовый год'), '2020,5');
    expect(within(indicator()).getByLabelText('Базовый год')).toHaveAccessibleDescription('Нужен целый год');
    // Untouched fields stay quiet.
    expect(screen.getByLabelText('Формулировка цели')).not.toHaveAttribute('aria-invalid');
  });

  it('translates the same rules into English', async () => {
    const { user } = setup({ initial: goalStateOf(existing), mode: 'edit' }, 'en');
    const ind = screen.getByRole('group', { name: /^Indicator 1/ });
    const target2021 = within(ind).getByLabelText('Target for 2021');
    await user.clear(target2021);
    await user.type(target2021, '-1');
    expect(target2021).toHaveAccessibleDescription(
      "A percentage must be between 0 and 100 · An increasing indicator's target may not be below the baseline 40"
        .split(' · ')
        .join(' '),
    );
  });

  it('refuses to send an invalid goal: shows every error, focuses the first and calls nothing', async () => {
    const { user, onSave } = setup();
    await user.click(screen.getByRole('button', { name: 'Добавить показатель' }));
    // Adding an indicator moves focus to its name in the next frame; let that happen first, as it would for a person.
    await waitFor(() => expect(within(indicator()).getByLabelText('Наименование показателя')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Добавить цель' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Формулировка цели')).toHaveAccessibleDescription('Обязательное поле');
    await waitFor(() => expect(screen.getByLabelText('Формулировка цели')).toHaveFocus());
    expect(within(indicator()).getByLabelText('Единица измерения')).toHaveAccessibleDescription('Обязательное поле');
    expect(within(indicator()).getByText('Нужен план на 2024 год — горизонт цели')).toBeInTheDocument();
    expect(screen.getByRole('alert', { name: '' })).toHaveTextContent(/Исправьте \d+ ошиб/);
  });

  it('sends the GoalInput the API takes: trimmed text, unit symbol, parsed numbers, blank years left out', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByLabelText('Формулировка цели'), '  Телемедицина  ');
    await user.click(screen.getByRole('button', { name: 'Добавить показатель' }));
    const ind = indicator();
    await user.type(within(ind).getByLabelText('Наименование показателя'), 'Консультации');
    await user.selectOptions(within(ind).getByLabelText('Единица измерения'), 'Тысяча человек (тыс. чел.)');
    await user.type(within(ind).getByLabelText('Базовый год'), '2019');
    await user.type(within(ind).getByLabelText('Базовое значение'), '1,5');
    await user.type(within(ind).getByLabelText('План на 2024'), '3');
    await user.click(screen.getByRole('button', { name: 'Добавить цель' }));
    expect(onSave).toHaveBeenCalledWith(
      {
        horizon: 'Y2024',
        sectorCode: 'healthcare',
        title: 'Телемедицина',
        description: null,
        parentId: null,
        indicators: [
          {
            name: 'Консультации',
            unit: 'тыс. чел.',
            direction: null,
            baselineYear: 2019,
            baselineValue: 1.5,
            targets: [{ year: 2024, value: 3 }],
            responsible: null,
          },
        ],
      },
      { asNew: false },
    );
  });

  it("puts the server's BAD_USER_INPUT errors on the fields their paths name", async () => {
    const { user, onSave } = setup({ initial: goalStateOf(existing), mode: 'edit', latest: goalStateOf(existing) });
    onSave.mockResolvedValueOnce({
      kind: 'invalid',
      message: 'bad',
      errors: [
        // targets[1] of the sent input is the 2024 target (2021 is targets[0]).
        {
          field: 'input.indicators[0].targets[1].value',
          rule: 'target_below_baseline',
          message: 'below',
          params: { baselineValue: 40 },
        },
        { field: 'input.title', rule: 'too_long', message: 'long', params: { max: 500 } },
        { field: 'input.parentId', rule: 'goal_cycle', message: 'A goal cannot be nested under itself.' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    const target2024 = within(indicator()).getByLabelText('План на 2024');
    expect(target2024).toHaveAttribute('aria-invalid', 'true');
    expect(target2024).toHaveAccessibleDescription('При росте план не может быть ниже базового значения 40');
    expect(within(indicator()).getByLabelText('План на 2021')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Формулировка цели')).toHaveAccessibleDescription(
      'Слишком длинно: не больше 500 символов',
    );
    // A field the form has no control for is shown at the form level, translated.
    expect(screen.getByText('Цель нельзя вложить в саму себя или в свою подцель')).toBeInTheDocument();
    // Editing the field clears the server's verdict on it.
    await user.type(screen.getByLabelText('Формулировка цели'), '!');
    expect(screen.getByLabelText('Формулировка цели')).not.toHaveAttribute('aria-invalid');
  });

  it('cancels on Escape', async () => {
    const { user, onCancel } = setup();
    await user.type(screen.getByLabelText('Формулировка цели'), 'x{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });

  it('shows progress while saving', async () => {
    let resolve!: (r: WriteResult<unknown>) => void;
    const { user, onSave } = setup({ initial: goalStateOf(existing), mode: 'edit' });
    onSave.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    expect(screen.getByRole('button', { name: 'Сохранение…' })).toBeDisabled();
    await act(async () => resolve({ kind: 'ok', data: 'g1' }));
    expect(screen.getByRole('button', { name: 'Сохранить цель' })).toBeEnabled();
  });
});
