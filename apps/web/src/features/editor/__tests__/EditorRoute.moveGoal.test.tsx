import { screen, waitFor, within } from '@testing-library/react';
import { MoveGoalMutation } from '../routes/EditorRoute';
import { badInput, renderEditor, VERSION } from './editorRouteHarness';

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
