import { CombinedGraphQLErrors } from '@apollo/client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { RemarkForm } from '../components/RemarkForm';

const target = 'Замечание к значению 2024 г. показателя «Доля поликлиник с ЭМК»: 75 %';

describe('RemarkForm', () => {
  it('says what the remark is pinned to, focuses the text, and sends it with the chosen severity', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<RemarkForm targetLabel={target} onSubmit={onSubmit} onCancel={jest.fn()} />);

    const form = screen.getByRole('form', { name: 'Новое замечание' });
    expect(form).toHaveTextContent(target);
    expect(screen.getByLabelText('Текст замечания')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Существенное' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Блокирующее' }));
    await user.type(screen.getByLabelText('Текст замечания'), '  План завышен.  ');
    await user.click(screen.getByRole('button', { name: 'Добавить замечание' }));

    expect(onSubmit).toHaveBeenCalledWith('План завышен.', 'BLOCKER');
  });

  it('refuses an empty remark with a message tied to the field, without calling the server', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<RemarkForm targetLabel={target} onSubmit={onSubmit} onCancel={jest.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Добавить замечание' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Текст замечания')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Текст замечания')).toHaveAccessibleDescription('Напишите текст замечания.');
  });

  it('shows progress while saving and the server refusal with its code afterwards, keeping the text', async () => {
    const user = userEvent.setup();
    let reject: (e: unknown) => void = () => undefined;
    const onSubmit = jest.fn(() => new Promise((_, r) => (reject = r)));
    renderWithProviders(<RemarkForm targetLabel={target} onSubmit={onSubmit} onCancel={jest.fn()} />);

    await user.type(screen.getByLabelText('Текст замечания'), 'Проверьте значение.');
    await user.click(screen.getByRole('button', { name: 'Добавить замечание' }));
    expect(screen.getByRole('button', { name: 'Сохранение…' })).toBeDisabled();

    reject(
      new CombinedGraphQLErrors({
        errors: [{ message: 'Only reviewers and admins add remarks.', extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Действие не выполнено');
    expect(alert).toHaveTextContent('Недостаточно прав для этого действия. (FORBIDDEN)');
    expect(within(alert).getByText('Only reviewers and admins add remarks.')).toHaveAttribute('lang', 'en');
    expect(screen.getByLabelText('Текст замечания')).toHaveValue('Проверьте значение.');
    expect(screen.getByRole('button', { name: 'Добавить замечание' })).toBeEnabled();
  });

  it('cancels with Escape or the Cancel button', async () => {
    const user = userEvent.setup();
    const onCancel = jest.fn();
    renderWithProviders(<RemarkForm targetLabel={target} onSubmit={jest.fn()} onCancel={onCancel} />);

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
