import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { LoginRoute, LoginMutation } from '../routes/LoginRoute';
import { MeQuery } from '../../../shared/session/useMe';

function renderLogin(lang: 'ru' | 'en' = 'ru') {
  const sent = jest.fn(() => ({
    errors: [new GraphQLError('Wrong email or password.', { extensions: { code: 'UNAUTHENTICATED' } })],
  }));
  renderWithProviders(
    <MockedProvider
      mocks={[
        { request: { query: MeQuery }, result: { data: { me: null } }, maxUsageCount: Number.POSITIVE_INFINITY },
        {
          request: { query: LoginMutation, variables: () => true },
          result: sent,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ]}
    >
      <LoginRoute />
    </MockedProvider>,
    { lang, route: '/login' },
  );
  return { sent };
}

describe('LoginRoute', () => {
  it('says an empty form needs its fields, without asking the server or calling it a wrong password', async () => {
    const user = userEvent.setup();
    const { sent } = renderLogin();
    await user.click(await screen.findByRole('button', { name: 'Войти' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Заполните обязательные поля');
    expect(alert).not.toHaveTextContent('Неверный');
    expect(screen.getByLabelText('Электронная почта')).toHaveAccessibleDescription('Введите адрес электронной почты');
    expect(screen.getByLabelText('Пароль')).toHaveAccessibleDescription('Введите пароль');
    expect(screen.getByLabelText('Электронная почта')).toHaveFocus();
    expect(sent).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Электронная почта'), 'editor@tsifra.test');
    await user.click(screen.getByRole('button', { name: 'Войти' }));
    expect(screen.getByLabelText('Пароль')).toHaveFocus();
    expect(screen.getByLabelText('Пароль')).toHaveAccessibleDescription('Введите пароль');
    expect(screen.getByLabelText('Электронная почта')).not.toHaveAttribute('aria-invalid');
    expect(sent).not.toHaveBeenCalled();
  });

  it("shows a wrong password in Russian only: never the server's English sentence", async () => {
    const user = userEvent.setup();
    const { sent } = renderLogin();
    await user.type(await screen.findByLabelText('Электронная почта'), 'editor@tsifra.test');
    await user.type(screen.getByLabelText('Пароль'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Войти' }));

    const alert = await screen.findByText('Неверный адрес почты или пароль');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(alert.closest('[role="alert"]')!.textContent).toBe('Неверный адрес почты или пароль');
    expect(screen.queryByText(/Wrong email or password/)).toBeNull();
  });

  it('says it in English in the English interface', async () => {
    const user = userEvent.setup();
    renderLogin('en');
    await user.type(await screen.findByLabelText('Email'), 'editor@tsifra.test');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Wrong email or password');
    expect(screen.getByRole('alert').textContent).toBe('Wrong email or password');
  });
});
