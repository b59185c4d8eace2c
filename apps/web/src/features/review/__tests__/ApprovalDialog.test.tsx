import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { OpenRemarksQuery } from '../../../shared/remarks/remarkDocuments';
import { ApproveStrategyMutation, DecisionPanel } from '../components/DecisionPanel';

const PATH = ['Связь', 'Интернет для всех', 'Широкополосный доступ', 'Доля домохозяйств с ШПД', '2024'];
const REMARK = {
  __typename: 'Comment',
  id: 'c1',
  body: 'План на 2024 год завышен.',
  severity: 'MAJOR',
  status: 'OPEN',
  revision: 1,
  goalId: 'g1',
  indicatorId: 'i1',
  year: 2024,
  targetPath: PATH,
  createdAt: '2021-09-01T10:00:00Z',
  author: { __typename: 'User', id: 'rev', name: 'Эксперт' },
  goal: { __typename: 'Goal', id: 'g1', title: 'Широкополосный доступ' },
  replies: [],
};
const openRemarks = {
  request: { query: OpenRemarksQuery, variables: { id: 's1' } },
  result: { data: { strategy: { __typename: 'Strategy', id: 's1', openRemarks: 1, remarks: [REMARK] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const approved = (remarks?: string) => ({
  request: { query: ApproveStrategyMutation, variables: remarks ? { id: 's1', remarks } : { id: 's1' } },
  result: jest.fn(() => ({
    data: {
      approveStrategy: {
        __typename: 'Strategy',
        id: 's1',
        status: 'APPROVED',
        version: 9,
        contentVisible: true,
        openRemarks: 0,
        openBlockers: 0,
        lastActivityAt: '2021-09-02T00:00:00.000Z',
      },
    },
  })),
});

function renderPanel(open: number, mocks: unknown[], lang: 'ru' | 'en' = 'ru') {
  const onDecided = jest.fn();
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <DecisionPanel strategyId="s1" revision={2} openRemarks={open} openBlockers={0} onDecided={onDecided} />
    </MockedProvider>,
    { lang },
  );
  return { onDecided };
}

describe('the approval dialog and the open remarks', () => {
  it('names each open remark with its path and approves only after an explicit choice, sent with the approval', async () => {
    const user = userEvent.setup();
    const approve = approved('RESOLVE');
    const { onDecided } = renderPanel(1, [openRemarks, approve]);
    await user.click(screen.getByRole('button', { name: 'Утвердить' }));
    const dialog = screen.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    const list = await within(dialog).findByRole('list', { name: 'Открытые замечания' });
    const item = await within(list).findByText(
      'Существенное: цель «Широкополосный доступ» › показатель «Доля домохозяйств с ШПД» › значение 2024 г.',
    );
    expect(item.closest('li')).toHaveTextContent(PATH.join(' › '));
    expect(item.closest('li')).toHaveTextContent('«План на 2024 год завышен.»');
    const group = within(dialog).getByRole('group', { name: 'Что сделать с ним при утверждении?' });
    const resolve = within(group).getByRole('radio', { name: /^Снять замечание/ });
    const carry = within(group).getByRole('radio', { name: /^Перенести замечание в следующую редакцию/ });
    expect(resolve).not.toBeChecked();
    expect(carry).not.toBeChecked();
    // Focus starts on the choice, not on «Утвердить»: Enter twice never approves.
    expect(resolve).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Выберите, что сделать с открытыми замечаниями.');
    expect(group).toHaveAccessibleDescription('Выберите, что сделать с открытыми замечаниями.');
    expect(approve.result).not.toHaveBeenCalled();

    await user.click(resolve);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(approve.result).toHaveBeenCalledTimes(1);
    expect(onDecided).toHaveBeenCalled();
    expect(await screen.findByText('Редакция 2 утверждена: стратегия опубликована, 1 замечание снято.')).toBeVisible();
  });

  it('carries the remarks over when the reviewer says so, by keyboard', async () => {
    const user = userEvent.setup();
    const approve = approved('CARRY_OVER');
    renderPanel(1, [openRemarks, approve]);
    await user.click(screen.getByRole('button', { name: 'Утвердить' }));
    const dialog = screen.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    await within(dialog).findByRole('list', { name: 'Открытые замечания' });
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: /^Перенести замечание/ })).toBeChecked();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(approve.result).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText(
        'Редакция 2 утверждена: стратегия опубликована, 1 замечание перенесено в следующую редакцию.',
      ),
    ).toBeVisible();
  });

  it('asks nothing when no remark is open', async () => {
    const user = userEvent.setup();
    const approve = approved();
    renderPanel(0, [approve]);
    await user.click(screen.getByRole('button', { name: 'Утвердить' }));
    const dialog = screen.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    expect(within(dialog).getByText('Открытых замечаний нет.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('radio')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));
    await waitFor(() => expect(approve.result).toHaveBeenCalledTimes(1));
  });

  it('speaks English in the English interface', async () => {
    const user = userEvent.setup();
    renderPanel(1, [openRemarks], 'en');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve revision 2?' });
    await within(dialog).findByText(
      'Major: goal “Широкополосный доступ” › indicator “Доля домохозяйств с ШПД” › value for 2024',
    );
    expect(within(dialog).getByRole('group', { name: 'What should the approval do with it?' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Resolve the remark/ })).toHaveAccessibleName(
      'Resolve the remark It is marked resolved in your name: you confirm the region addressed it.',
    );
    expect(within(dialog).getByRole('radio', { name: /^Carry the remark over/ })).toBeInTheDocument();
  });
});
