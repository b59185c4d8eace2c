import { act, screen, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { GoalForm, type GoalFormProps } from '../components/GoalForm';
import { goalStateOf, type GoalData, type GoalInputValue } from '../model/goalForm';
import type { WriteResult } from '../../../shared/forms/writeResult';

const mine: GoalData = {
  id: 'g1',
  horizon: 'Y2030',
  title: 'Цифровое здравоохранение',
  description: null,
  sector: { code: 'healthcare' },
  parent: null,
  indicators: [],
};

function renderForm(latest: GoalData | null, onSave: GoalFormProps['onSave']) {
  const props: GoalFormProps = {
    mode: 'edit',
    formId: 'f',
    initial: goalStateOf(mine),
    latest: goalStateOf(mine),
    horizonOptions: ['Y2030'],
    chosenSectors: ['healthcare'],
    onSave,
    onCancel: jest.fn(),
  };
  let refetch!: () => void;
  // The editor refetches after CONFLICT and passes the goal as the server has it now.
  function Editor() {
    const [current, setCurrent] = useState(props.latest);
    refetch = () => setCurrent(latest ? goalStateOf(latest) : null);
    return <GoalForm {...props} latest={current} />;
  }
  const utils = renderWithProviders(<Editor />);
  return { ...utils, showServer: () => act(() => refetch()) };
}

describe('the conflict view', () => {
  it("shows the server's value next to the user's, keeps the input, and re-applies the edit on the new version", async () => {
    const user = userEvent.setup();
    const onSave = jest
      .fn<Promise<WriteResult<unknown>>, [GoalInputValue, { asNew: boolean }]>()
      .mockResolvedValueOnce({
        kind: 'conflict',
        message: 'The strategy changed since you loaded it (you have version 3, it is at 4).',
      })
      .mockResolvedValueOnce({ kind: 'ok', data: 'g1' });
    const { showServer } = renderForm({ ...mine, description: 'Описание коллеги' }, onSave);

    await user.clear(screen.getByLabelText('Формулировка цели'));
    await user.type(screen.getByLabelText('Формулировка цели'), 'Цифровое здравоохранение для всех');
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    await showServer();

    const view = await screen.findByRole('region', { name: 'Стратегию изменили, пока вы редактировали' });
    expect(within(view).getByRole('heading')).toHaveFocus();
    expect(within(view).getByText(/version 3, it is at 4/)).toBeInTheDocument();
    const description = within(view).getByRole('row', { name: /Описание/ });
    expect(
      within(description)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Описание коллеги', '—']);
    expect(within(description).getByText('изменено другим')).toBeInTheDocument();
    const title = within(view).getByRole('row', { name: /Формулировка/ });
    expect(
      within(title)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Цифровое здравоохранение', 'Цифровое здравоохранение для всех']);
    // The user's input is still there.
    expect(screen.getByLabelText('Формулировка цели')).toHaveValue('Цифровое здравоохранение для всех');

    await user.click(within(view).getByRole('button', { name: 'Применить мои изменения к новой версии' }));
    // Their edit (the title) on top of the server's version (the colleague's description).
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'Цифровое здравоохранение для всех', description: 'Описание коллеги' }),
      { asNew: false },
    );
    expect(screen.queryByRole('region', { name: 'Стратегию изменили, пока вы редактировали' })).not.toBeInTheDocument();
  });

  it("discarding takes the server's version", async () => {
    const user = userEvent.setup();
    const onSave = jest
      .fn<Promise<WriteResult<unknown>>, [GoalInputValue, { asNew: boolean }]>()
      .mockResolvedValue({ kind: 'conflict', message: 'stale' });
    const { showServer } = renderForm({ ...mine, title: 'Новое от коллеги' }, onSave);
    await user.type(screen.getByLabelText('Формулировка цели'), '!');
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    await showServer();
    await user.click(await screen.findByRole('button', { name: 'Отказаться от моих изменений' }));
    expect(screen.getByLabelText('Формулировка цели')).toHaveValue('Новое от коллеги');
  });

  it('notices a change that arrived by refetch before sending anything', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn<Promise<WriteResult<unknown>>, [GoalInputValue, { asNew: boolean }]>();
    const { showServer } = renderForm({ ...mine, title: 'Переименовано' }, onSave);
    await showServer();
    await user.type(screen.getByLabelText('Формулировка цели'), '!');
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Стратегию изменили, пока вы редактировали' })).toBeInTheDocument();
  });

  it('offers to save a goal deleted meanwhile as a new one', async () => {
    const user = userEvent.setup();
    const onSave = jest
      .fn<Promise<WriteResult<unknown>>, [GoalInputValue, { asNew: boolean }]>()
      .mockResolvedValueOnce({ kind: 'conflict', message: 'stale' })
      .mockResolvedValueOnce({ kind: 'ok', data: 'g2' });
    const { showServer } = renderForm(null, onSave);
    await user.click(screen.getByRole('button', { name: 'Сохранить цель' }));
    await showServer();
    expect(await screen.findByText(/удалили на сервере/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Сохранить как новый элемент' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Цифровое здравоохранение' }), {
      asNew: true,
    });
  });
});
