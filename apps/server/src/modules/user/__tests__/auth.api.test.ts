import { startTestServer, type TestServer } from '../../../testing/test-server';

describe('signing in', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const me = (token?: string) =>
    t.gql<{ me: { email: string; role: string; region: { code: string } | null } | null }>(
      '{ me { email role region { code } } }',
      {},
      token,
    );

  it('is anonymous without a session', async () => {
    expect((await me()).data!.me).toBeNull();
  });

  it('sets an http-only SameSite cookie and accepts the same secret as a Bearer token', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "Editor.Bel@tsifra.test", password: "demo-password") { email } }',
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/tsifra_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viaCookie = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await viaCookie.json()) as { data: { me: { email: string } } }).data.me.email).toBe(
      'editor.bel@tsifra.test',
    );
    const token = res.headers.get('x-session-token')!;
    expect((await me(token)).data!.me).toMatchObject({ role: 'REGIONAL_EDITOR', region: { code: 'RU-BEL' } });
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const wrong = await t.gql('mutation { login(email: "reviewer@tsifra.test", password: "nope") { id } }');
    const unknown = await t.gql('mutation { login(email: "nobody@tsifra.test", password: "nope") { id } }');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the session on logout', async () => {
    const token = await t.login('admin@tsifra.test');
    expect((await me(token)).data!.me?.role).toBe('ADMIN');
    const out = await t.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data!.logout).toBe(true);
    expect((await me(token)).data!.me).toBeNull();
  });

  it('ignores a forged token', async () => {
    expect((await me('forged-token-value')).data!.me).toBeNull();
    const res = await t.gql('mutation { createStrategy(regionCode: "RU-MOW") { id } }', {}, 'forged-token-value');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits repeated failures for one email, even with the right password afterwards', async () => {
    for (let i = 0; i < 10; i++)
      await t.gql('mutation { login(email: "editor.tul@tsifra.test", password: "guess") { id } }');
    const blocked = await t.gql(
      'mutation { login(email: "editor.tul@tsifra.test", password: "demo-password") { id } }',
    );
    expect(blocked.errors?.[0]?.message).toMatch(/Too many failed sign-ins/);
  });
});
