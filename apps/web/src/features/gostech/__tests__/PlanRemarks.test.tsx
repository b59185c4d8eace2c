import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import {
  AddGostechPlanRemarkMutation,
  GostechPlanRemarksQuery,
  ReplyToPlanRemarkMutation,
  ResolvePlanRemarkMutation,
} from '../remarks/planRemarkDocuments';
import { PlanRemarks } from '../remarks/PlanRemarks';

type MockedResponse = MockLink.MockedResponse;

const reviewer = { __typename: 'User', id: 'u-rev', name: 'Эксперт Минцифры' };
const editor = { __typename: 'User', id: 'u-ed', name: 'Редактор Белгородской области' };
const remark = (id: string, severity: string, status: string, body: string, replies: unknown[] = []) => ({
  __typename: 'Comment',
  id,
  body,
  severity,
  status,
  revision: 2,
  createdAt: '2021-09-01T10:00:00Z',
  author: reviewer,
  replies,
});
const reply = {
  __typename: 'Comment',
  id: 'r1',
  body: 'Сроки уточним к пятнице.',
  createdAt: '2021-09-02T10:00:00Z',
  author: editor,
};

function remarksResult(remarks: ReturnType<typeof remark>[]): MockedResponse {
  const open = remarks.filter((r) => r.status === 'OPEN');
  return {
    request: { query: GostechPlanRemarksQuery, variables: { code: 'RU-BEL' } },
    result: {
      data: {
        region: {
          __typename: 'Region',
          id: 'reg',
          gostechPlan: {
            __typename: 'GostechPlan',
            id: 'p1',
            openRemarks: open.length,
            openBlockers: open.filter((r) => r.severity === 'BLOCKER').length,
            remarks,
          },
        },
      },
    },
  };
}

const FIRST = [
  remark('c1', 'BLOCKER', 'OPEN', 'Нет сроков вывода РМИС.', [reply]),
  remark('c2', 'MINOR', 'RESOLVED', 'Опечатка в названии.'),
];

function renderSection(
  mocks: MockedResponse[],
  rights: { canReview: boolean; canReply: boolean },
  onChanged = jest.fn(),
) {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <PlanRemarks regionCode="RU-BEL" planId="p1" onChanged={onChanged} {...rights} />
    </MockedProvider>,
  );
  return onChanged;
}

describe('PlanRemarks', () => {
  it('shows the open counts, each remark with severity and status in words, its pin, author and thread', async () => {
    renderSection([remarksResult(FIRST)], { canReview: false, canReply: true });
    const section = await screen.findByRole('region', { name: 'Замечания' });
    await within(section).findByText(/Открыто 1 замечание/);
    expect(section).toHaveTextContent('из них 1 блокирующее');
    const [first, second] = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('gostech-remark'));
    expect(first).toHaveTextContent('Блокирующее · открыто · к редакции 2');
    expect(first).toHaveTextContent('Нет сроков вывода РМИС.');
    expect(first).toHaveTextContent('Эксперт Минцифры');
    expect(within(first!).getByRole('list', { name: '1 ответ' })).toHaveTextContent(
      'Сроки уточним к пятнице.Редактор Белгородской области',
    );
    expect(second).toHaveTextContent('Незначительное · снято');
    // The region's editor replies but neither adds nor resolves.
    expect(within(section).queryByRole('button', { name: 'Добавить замечание' })).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Снять замечание' })).toBeNull();
    expect(within(section).getAllByLabelText('Ответ на замечание')).toHaveLength(2);
  });

  it('lets a reviewer add a remark: the text is required, success is announced and the list reloads', async () => {
    const added = remark('c3', 'MAJOR', 'OPEN', 'Не указан оператор ЗкВ.');
    const onChanged = renderSection(
      [
        remarksResult(FIRST),
        {
          request: {
            query: AddGostechPlanRemarkMutation,
            variables: { planId: 'p1', input: { body: 'Не указан оператор ЗкВ.', severity: 'MAJOR' } },
          },
          result: { data: { addGostechPlanRemark: { __typename: 'Comment', id: 'c3' } } },
        },
        remarksResult([...FIRST, added]),
      ],
      { canReview: true, canReply: true },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Добавить замечание' }));
    const form = screen.getByRole('form', { name: 'Добавить замечание' });
    await user.click(within(form).getByRole('button', { name: 'Добавить замечание' }));
    expect(within(form).getByLabelText('Текст замечания')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Серьёзность')).toHaveValue('MAJOR');
    await user.type(within(form).getByLabelText('Текст замечания'), 'Не указан оператор ЗкВ.');
    await user.click(within(form).getByRole('button', { name: 'Добавить замечание' }));
    await screen.findByText('Замечание добавлено.');
    await screen.findByText(/Открыто 2 замечания/);
    expect(screen.getByText('Не указан оператор ЗкВ.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Добавить замечание' })).toBeNull();
    expect(onChanged).toHaveBeenCalled();
  });

  it('resolves an open remark for a reviewer and shows a refused reply with ErrorNotice', async () => {
    const resolved = [remark('c1', 'BLOCKER', 'RESOLVED', 'Нет сроков вывода РМИС.', [reply]), FIRST[1]!];
    renderSection(
      [
        remarksResult(FIRST),
        {
          request: { query: ResolvePlanRemarkMutation, variables: { id: 'c1' } },
          result: { data: { resolveRemark: { __typename: 'Comment', id: 'c1', status: 'RESOLVED' } } },
        },
        remarksResult(resolved),
        {
          request: { query: ReplyToPlanRemarkMutation, variables: { remarkId: 'c2', body: 'Исправлено.' } },
          result: { errors: [new GraphQLError('Remark is resolved.', { extensions: { code: 'BAD_USER_INPUT' } })] },
        },
      ],
      { canReview: true, canReply: true },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Снять замечание' }));
    await screen.findByText('Замечание снято.');
    await screen.findByText(/Открыто 0 замечаний/);
    expect(screen.getAllByRole('button', { name: 'Открыть снова' })).toHaveLength(2);

    const second = screen.getAllByRole('listitem').filter((li) => li.classList.contains('gostech-remark'))[1]!;
    await user.type(within(second).getByLabelText('Ответ на замечание'), 'Исправлено.');
    await user.click(within(second).getByRole('button', { name: 'Ответить' }));
    expect(await within(second).findByRole('alert')).toHaveTextContent('Remark is resolved.');
  });
});
