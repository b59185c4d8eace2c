import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { MockedProvider } from '@apollo/client/testing/react';
import { MeQuery } from '../../shared/session/useMe';
import { Header as HeaderView } from '../Header';

// The header asks who is signed in (the user menu): here, nobody.
const Header = () => (
  <MockedProvider mocks={[{ request: { query: MeQuery }, result: { data: { me: null } } }]}>
    <HeaderView />
  </MockedProvider>
);
import { LANGUAGE_STORAGE_KEY, createI18n } from '../i18n';

describe('language switch', () => {
  it('starts in Russian and switches the texts to English', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Header />);

    expect(screen.getByRole('link', { name: 'Регионы' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'RU' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByRole('link', { name: 'Regions' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Регионы' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice for the next visit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Header />);
    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(createI18n().language).toBe('en');
  });

  it('links to the bundled GraphQL IDE', () => {
    renderWithProviders(<Header />);
    expect(screen.getByRole('link', { name: 'GraphQL IDE' })).toHaveAttribute('href', '/graphql');
  });
  it('keeps the tab title in the interface language', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Header />);
    expect(document.title).toBe('Цифра');
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(document.title).toBe('Tsifra');
    await user.click(screen.getByRole('button', { name: 'RU' }));
    expect(document.title).toBe('Цифра');
  });
});
