import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { UserMenu } from '../components/UserMenu';
import { MeQuery, homeOf, safeNext } from '../../../shared/session/useMe';

const editor = {
  __typename: 'User' as const,
  id: 'u1',
  email: 'editor.bel@tsifra.test',
  name: 'Редактор Белгородской области',
  role: 'REGIONAL_EDITOR' as const,
  region: {
    __typename: 'Region' as const,
    id: 'r1',
    code: 'RU-BEL',
    name: 'Белгородская область',
    nameEn: 'Belgorod Oblast',
  },
};

function renderMenu(me: typeof editor | null, route = '/regions/RU-BEL') {
  return renderWithProviders(
    <MockedProvider mocks={[{ request: { query: MeQuery }, result: { data: { me } } }]}>
      <UserMenu />
    </MockedProvider>,
    { route },
  );
}

describe('UserMenu', () => {
  it("shows the signed-in user's name and role, a link to their region's editor, and sign-out", async () => {
    renderMenu(editor);
    expect(await screen.findByText('Редактор Белгородской области')).toBeInTheDocument();
    expect(screen.getByText('Редактор региона · RU-BEL')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Моя стратегия' })).toHaveAttribute('href', '/regions/RU-BEL/edit');
    expect(screen.getByRole('button', { name: 'Выйти' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Пользователи' })).not.toBeInTheDocument();
  });

  it('offers sign-in to an anonymous visitor, coming back to the same page', async () => {
    renderMenu(null, '/regions/RU-TUL?tab=goals');
    expect(await screen.findByRole('link', { name: 'Войти' })).toHaveAttribute(
      'href',
      '/login?next=%2Fregions%2FRU-TUL%3Ftab%3Dgoals',
    );
  });
});

describe('where sign-in leads', () => {
  it("sends a regional editor to their region's editor, others to the overview", () => {
    expect(homeOf(editor)).toBe('/regions/RU-BEL/edit');
    expect(homeOf({ role: 'FEDERAL_REVIEWER', region: null })).toBe('/');
  });

  it('follows only local paths in ?next (no open redirect)', () => {
    expect(safeNext('/regions/RU-BEL/edit')).toBe('/regions/RU-BEL/edit');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
