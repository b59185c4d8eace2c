import { screen, waitFor } from '@testing-library/react';
import { RATIONALE_MAX } from '@tsifra/domain/strategy/sector-choices';
import { SetStrategySectorsMutation } from '../routes/EditorRoute';
import { badInput, renderEditor, VERSION } from './editorRouteHarness';

describe('the sector choice with rationales', () => {
  it('sends setStrategySectors with the chosen sectors in catalogue order and trimmed rationales', async () => {
    const sent = jest.fn(() => ({
      data: { setStrategySectors: { __typename: 'Strategy', id: 'st1', version: VERSION + 1 } },
    }));
    const { user } = renderEditor([
      {
        request: {
          query: SetStrategySectorsMutation,
          variables: {
            strategyId: 'st1',
            version: VERSION,
            sectorCodes: ['healthcare', 'education'],
            rationales: [
              { sectorCode: 'healthcare', rationale: 'Очереди в поликлиниках' },
              { sectorCode: 'education', rationale: 'Школы без интернета' },
            ],
          },
        },
        result: sent,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    expect(screen.getByRole('button', { name: 'Сохранить отрасли' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Образование и наука/ }));
    await user.type(screen.getByLabelText('Обоснование выбора: Образование и наука'), '  Школы без интернета ');
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });

  it('flags a rationale longer than the domain allows and does not save', async () => {
    const sent = jest.fn(() => ({
      data: { setStrategySectors: { __typename: 'Strategy', id: 'st1', version: VERSION + 1 } },
    }));
    const { user } = renderEditor([
      { request: { query: SetStrategySectorsMutation, variables: () => true }, result: sent },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    const rationale = screen.getByLabelText('Обоснование выбора: Здравоохранение');
    await user.clear(rationale);
    await user.click(rationale);
    await user.paste('а'.repeat(RATIONALE_MAX + 1));
    expect(rationale).toHaveAttribute('aria-invalid', 'true');
    expect(rationale).toHaveAccessibleDescription(`Слишком длинно: не больше ${RATIONALE_MAX} символов`);
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    expect(sent).not.toHaveBeenCalled();
  });

  it("shows the server's BAD_USER_INPUT for a rationale under that sector's rationale", async () => {
    const sent = jest.fn(() => badInput('A rationale may be at most 2000 characters.', 'rationales[1].rationale'));
    const { user } = renderEditor([
      {
        request: {
          query: SetStrategySectorsMutation,
          variables: {
            strategyId: 'st1',
            version: VERSION,
            sectorCodes: ['healthcare', 'education'],
            rationales: [
              { sectorCode: 'healthcare', rationale: 'Очереди в поликлиниках' },
              { sectorCode: 'education', rationale: null },
            ],
          },
        },
        result: sent,
      },
    ]);
    await screen.findByRole('heading', { name: /Томская область/ });
    await user.click(screen.getByRole('checkbox', { name: /Образование и наука/ }));
    await user.click(screen.getByRole('button', { name: 'Сохранить отрасли' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    const education = screen.getByLabelText('Обоснование выбора: Образование и наука');
    await waitFor(() => expect(education).toHaveAttribute('aria-invalid', 'true'));
    expect(education).toHaveAccessibleDescription('A rationale may be at most 2000 characters.');
    expect(screen.getByLabelText('Обоснование выбора: Здравоохранение')).not.toHaveAttribute('aria-invalid');
  });
});
