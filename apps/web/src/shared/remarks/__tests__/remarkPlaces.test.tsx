import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n } from '../../../app/i18n';
import { renderWithProviders } from '../../../test/render';
import { GoalRemarkPins } from '../GoalRemarkPins';
import { OpenRemarksQuery } from '../remarkDocuments';
import { pathIndicatorName, remarkPath, remarkPlace } from '../remarkPlace';
import { RemarksScope } from '../useOpenRemarks';

const author = { __typename: 'User', id: 'rev', name: 'Эксперт' };
const PATH = ['Связь', 'Интернет для всех', 'Широкополосный доступ', 'Доля домохозяйств с ШПД', '2024'];
const remark = (id: string, indicatorId: string | null, year: number | null, targetPath: string[]) => ({
  __typename: 'Comment',
  id,
  body: `Замечание ${id}`,
  severity: 'MAJOR',
  status: 'OPEN',
  revision: 1,
  goalId: 'g1',
  indicatorId,
  year,
  targetPath,
  createdAt: '2021-09-01T10:00:00Z',
  author,
  goal: { __typename: 'Goal', id: 'g1', title: 'Широкополосный доступ' },
  replies: [] as unknown[],
});
// On the current indicator's 2024 value; on an indicator the goal no longer has; on the goal itself.
const REMARKS = [
  remark('on-value', 'i1', 2024, PATH),
  remark('on-gone', 'i-old', null, ['Связь', 'Интернет для всех', 'Широкополосный доступ', 'Скорость доступа']),
  remark('on-goal', null, null, ['Связь', 'Интернет для всех', 'Широкополосный доступ']),
];
const mocks = [
  {
    request: { query: OpenRemarksQuery, variables: { id: 's1' } },
    result: { data: { strategy: { __typename: 'Strategy', id: 's1', openRemarks: 3, remarks: REMARKS } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];
const indicators = [{ id: 'i1', name: 'Доля домохозяйств с ШПД' }];

function RemarksScopeHost() {
  return (
    <RemarksScope value="s1">
      <ul>
        <li>
          Доля домохозяйств с ШПД
          <GoalRemarkPins goalId="g1" indicatorId="i1" indicators={indicators} />
        </li>
      </ul>
      <GoalRemarkPins goalId="g1" indicators={indicators} />
    </RemarksScope>
  );
}

describe('where a remark is pinned', () => {
  it('reads the path from the revision, and the indicator a goal no longer has from it', () => {
    const i18n = createI18n('ru');
    const t = i18n.t.bind(i18n);
    expect(remarkPath(REMARKS[0]!)).toBe(
      'Связь › Интернет для всех › Широкополосный доступ › Доля домохозяйств с ШПД › 2024',
    );
    expect(pathIndicatorName(REMARKS[0]!)).toBe('Доля домохозяйств с ШПД');
    expect(pathIndicatorName(REMARKS[1]!)).toBe('Скорость доступа');
    expect(pathIndicatorName(REMARKS[2]!)).toBeUndefined();
    // A path too short to hold the indicator (the goal is gone from the revision) names it by its revision.
    expect(remarkPlace(t, { ...REMARKS[1]!, targetPath: [] })).toBe(
      'цель «Широкополосный доступ» › показатель из редакции 1',
    );
    expect(remarkPlace(t, REMARKS[1]!)).toBe('цель «Широкополосный доступ» › показатель «Скорость доступа»');
  });

  it('puts a remark on an indicator next to it, the rest by the goal, and shows the path in the thread', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <RemarksScopeHost />
      </MockedProvider>,
    );
    const byIndicator = await screen.findByRole('list', { name: 'Замечания к показателю «Доля домохозяйств с ШПД»' });
    const marker = within(byIndicator).getByRole('button', {
      name: 'Замечание (Существенное): цель «Широкополосный доступ» › показатель «Доля домохозяйств с ШПД» › значение 2024 г.',
    });
    expect(within(byIndicator).getAllByRole('button')).toHaveLength(1);
    const byGoal = screen.getByRole('list', { name: 'Замечания к цели' });
    expect(
      within(byGoal)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '!Замечание (Существенное): цель «Широкополосный доступ» › показатель «Скорость доступа»',
      '!Замечание (Существенное): цель «Широкополосный доступ»',
    ]);
    await user.click(marker);
    const thread = screen.getByRole('region', { name: /^Замечание \(Существенное\): цель/ });
    expect(within(thread).getByText(/^Связь › Интернет для всех/).textContent).toBe(
      'Место в стратегии: Связь › Интернет для всех › Широкополосный доступ › Доля домохозяйств с ШПД › 2024',
    );
  });
});
