import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { ApproveStrategyMutation, DecisionPanel, RequestChangesMutation } from '../components/DecisionPanel';

function renderPanel(props: { openRemarks: number; openBlockers: number }, mocks: unknown[] = []) {
  const onDecided = jest.fn();
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <DecisionPanel strategyId="s1" revision={2} onDecided={onDecided} {...props} />
    </MockedProvider>,
  );
  return { onDecided };
}

describe('DecisionPanel', () => {
  it('disables returning until a remark is open, and says why', () => {
    renderPanel({ openRemarks: 0, openBlockers: 0 });

    const giveBack = screen.getByRole('button', { name: 'Вернуть на доработку' });
    expect(giveBack).toBeDisabled();
    expect(giveBack).toHaveAccessibleDescription('Чтобы вернуть на доработку, оставьте хотя бы одно замечание.');
    expect(screen.getByRole('button', { name: 'Утвердить' })).toBeEnabled();
  });

  it('disables approval while a blocker is open, and says why', () => {
    renderPanel({ openRemarks: 3, openBlockers: 2 });

    const approve = screen.getByRole('button', { name: 'Утвердить' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription('Утвердить нельзя: открыто 2 блокирующих замечания.');
    expect(screen.getByRole('button', { name: 'Вернуть на доработку' })).toBeEnabled();
  });

  it('returns for revision only with a comment, confirmed in a dialog', async () => {
    const user = userEvent.setup();
    const { onDecided } = renderPanel({ openRemarks: 1, openBlockers: 1 }, [
      {
        request: { query: RequestChangesMutation, variables: { id: 's1', comment: 'Обоснуйте план.' } },
        result: {
          data: {
            requestChanges: {
              __typename: 'Strategy',
              id: 's1',
              status: 'CHANGES_REQUESTED',
              version: 5,
              openRemarks: 2,
              openBlockers: 1,
              lastActivityAt: '2021-09-01T00:00:00.000Z',
            },
          },
        },
        delay: 300,
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = screen.getByRole('dialog', { name: 'Вернуть редакцию 2 на доработку?' });
    expect(screen.getByLabelText('Комментарий для региона')).toHaveFocus();
    await user.click(screen.getAllByRole('button', { name: 'Вернуть на доработку' }).at(-1)!);
    expect(screen.getByLabelText('Комментарий для региона')).toHaveAccessibleDescription(
      'Напишите комментарий: он обязателен при возврате.',
    );

    await user.type(screen.getByLabelText('Комментарий для региона'), 'Обоснуйте план.');
    await user.click(screen.getAllByRole('button', { name: 'Вернуть на доработку' }).at(-1)!);
    expect(await screen.findByRole('button', { name: 'Возвращаем…' })).toBeDisabled();
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onDecided).toHaveBeenCalled();
  });

  it('shows the server refusal in Russian by its rule, in the dialog that stays open', async () => {
    const user = userEvent.setup();
    const reason = 'A strategy cannot go from APPROVED to APPROVED.';
    const { onDecided } = renderPanel({ openRemarks: 0, openBlockers: 0 }, [
      {
        request: { query: ApproveStrategyMutation, variables: { id: 's1' } },
        // What workflow.service.ts throws when someone decided first: the code and the refusal's rule.
        result: {
          errors: [
            new GraphQLError(reason, {
              extensions: {
                code: 'INVALID_TRANSITION',
                details: [{ field: 'id', rule: 'no_such_transition', message: reason }],
              },
            }),
          ],
        },
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Утвердить' }));
    const dialog = screen.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    await user.click(screen.getAllByRole('button', { name: 'Утвердить' }).at(-1)!);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Действие не выполнено');
    expect(alert).toHaveTextContent('Такой переход статуса невозможен (INVALID_TRANSITION)');
    // No English sentence from the server: the only Latin letters are the code's.
    expect(alert.textContent!.replace('INVALID_TRANSITION', '')).not.toMatch(/[A-Za-z]/);
    expect(dialog).toBeInTheDocument();
    expect(onDecided).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Утвердить' })).toHaveFocus();
  });

  it('says a refusal without a rule by its code, the server sentence only as a detail marked English', async () => {
    const user = userEvent.setup();
    renderPanel({ openRemarks: 0, openBlockers: 0 }, [
      {
        request: { query: ApproveStrategyMutation, variables: { id: 's1' } },
        result: {
          errors: [new GraphQLError('Someone else decided.', { extensions: { code: 'INVALID_TRANSITION' } })],
        },
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Утвердить' }));
    await user.click(screen.getAllByRole('button', { name: 'Утвердить' }).at(-1)!);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Сейчас это действие недоступно в текущем статусе. (INVALID_TRANSITION)');
    expect(within(alert).getByText('Someone else decided.')).toHaveAttribute('lang', 'en');
  });
});
