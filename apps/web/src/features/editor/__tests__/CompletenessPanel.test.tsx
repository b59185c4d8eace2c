import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completenessProblems } from '@tsifra/domain/strategy/completeness';
import { renderWithProviders } from '../../../test/render';
import { CompletenessPanel } from '../components/CompletenessPanel';

const goals = new Map([
  ['g1', { title: 'Электронные медкарты', horizon: 'Y2024' as const }],
  ['g2', { title: 'Телемедицина', horizon: 'Y2021' as const }],
]);
const sectorName = (code: string) => ({ healthcare: 'Здравоохранение', education: 'Образование' })[code] ?? code;

describe('CompletenessPanel', () => {
  // The same list the server's Strategy.completeness gives: the domain's rule, on loaded data.
  const problems = completenessProblems({
    sectors: ['healthcare'],
    goals: [
      { id: 'g1', sectorCode: 'healthcare', horizon: 'Y2024', parentId: null, indicators: [] },
      {
        id: 'g2',
        sectorCode: 'healthcare',
        horizon: 'Y2021',
        parentId: 'g1',
        indicators: [{ name: 'Консультации', targets: [{ year: 2022, value: 5 }] }],
      },
    ],
  });

  it('lists what must be cleared, in words', () => {
    renderWithProviders(
      <CompletenessPanel problems={problems} goals={goals} sectorName={sectorName} onFocus={jest.fn()} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Осталось устранить 3 замечания');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Здравоохранение: нет целей на 2030 год',
      'Цель «Электронные медкарты» (2024): нет показателей',
      'Показатель «Консультации» цели «Телемедицина»: нет плана на 2021 год',
    ]);
  });

  it('takes each item to the place to fix it', async () => {
    const onFocus = jest.fn();
    renderWithProviders(
      <CompletenessPanel problems={problems} goals={goals} sectorName={sectorName} onFocus={onFocus} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /нет целей на 2030/ }));
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'sector', sectorCode: 'healthcare', horizon: 'Y2030' });
    await user.click(screen.getByRole('button', { name: /нет показателей/ }));
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'goal', goalId: 'g1', control: 'add-indicator' });
    await user.click(screen.getByRole('button', { name: /нет плана на 2021/ }));
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'goal', goalId: 'g2', control: 'indicators[0].target.2021' });
  });

  it('says when the strategy is complete', () => {
    renderWithProviders(<CompletenessPanel problems={[]} goals={goals} sectorName={sectorName} onFocus={jest.fn()} />, {
      lang: 'en',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Everything is filled in');
  });
});
