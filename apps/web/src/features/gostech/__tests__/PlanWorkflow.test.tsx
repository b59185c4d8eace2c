import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { PlanWorkflow } from '../components/PlanWorkflow';
import { RequestGostechPlanChangesMutation } from '../gostechMutations';

type MockedResponse = MockLink.MockedResponse;

const plan = (openRemarks: number) => ({
  id: 'p1',
  status: 'SUBMITTED' as const,
  deadline: '2022-12-31',
  revision: 1,
  availableTransitions: ['CHANGES_REQUESTED', 'APPROVED'],
  openRemarks,
});

function renderWorkflow(openRemarks: number, mocks: MockedResponse[] = []) {
  const refetch = jest.fn(() => Promise.resolve());
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <PlanWorkflow plan={plan(openRemarks)} problems={0} editable={false} write={jest.fn()} refetch={refetch} />
    </MockedProvider>,
  );
  return refetch;
}

describe('PlanWorkflow: returning the plan', () => {
  it('returns without a comment when a remark is open (the remark carries the request)', async () => {
    const refetch = renderWorkflow(1, [
      {
        request: { query: RequestGostechPlanChangesMutation, variables: { id: 'p1', comment: '' } },
        result: {
          data: {
            requestGostechPlanChanges: {
              __typename: 'GostechPlan',
              id: 'p1',
              status: 'CHANGES_REQUESTED',
              version: 3,
              reviewComment: null,
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = screen.getByRole('dialog', { name: 'Вернуть план на доработку?' });
    expect(dialog).toHaveTextContent('Комментарий можно не писать: план вернётся с 1 открытым замечанием.');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    await waitFor(() => expect(refetch).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for a comment when no remark is open', async () => {
    renderWorkflow(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Вернуть на доработку' }));
    const dialog = screen.getByRole('dialog', { name: 'Вернуть план на доработку?' });
    expect(dialog).toHaveTextContent('Напишите комментарий или сначала добавьте замечание.');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на доработку' }));
    expect(within(dialog).getByLabelText('Комментарий для региона')).toHaveAttribute('aria-invalid', 'true');
  });
});
