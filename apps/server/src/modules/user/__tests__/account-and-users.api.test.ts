import { SessionEntity } from '../session.entity';
import { UserEntity } from '../user.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const CREATE_TOKEN =
  'mutation($l: String!) { createApiToken(label: $l) { token apiToken { id label createdAt expiresAt lastUsedAt revokedAt } } }';
const TOKENS = '{ apiTokens { id label lastUsedAt revokedAt } }';
const ME = '{ me { email role active } }';
const CREATE_USER =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id email name role active region { code } } }';
const UPDATE_USER =
  'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name role active region { code } } }';

describe('personal API tokens', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    [bel, tul, admin] = await Promise.all([
      t.login('editor.bel@tsifra.test'),
      t.login('editor.tul@tsifra.test'),
      t.login('admin@tsifra.test'),
    ]);
  });
  afterAll(() => t.stop());

  it('shows the secret once, lists tokens without secrets, and lets the secret act as a Bearer token for 365 days', async () => {
    const created = await t.gql<{ createApiToken: { token: string; apiToken: any } }>(
      CREATE_TOKEN,
      { l: 'Выгрузка для аналитиков' },
      bel,
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const days = (Date.parse(apiToken.expiresAt) - Date.parse(apiToken.createdAt)) / 86_400_000;
    expect(days).toBe(365);
    expect(apiToken).toMatchObject({ label: 'Выгрузка для аналитиков', lastUsedAt: null, revokedAt: null });

    const listed = await t.gql<{ apiTokens: any[] }>(TOKENS, {}, bel);
    expect(listed.data!.apiTokens.map((x) => x.id)).toContain(apiToken.id);
    expect(JSON.stringify(listed.data)).not.toContain(token);
    // The schema has no field that could carry a secret or its hash.
    const fields = await t.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "ApiToken") { fields { name } } }',
    );
    expect(fields.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'createdAt',
      'cursor',
      'expiresAt',
      'id',
      'label',
      'lastUsedAt',
      'revokedAt',
    ]);
    // The paging cursor carries only the list's sort key and the id: no secret, no hash.
    const cursor = (
      await t.gql<{ apiTokens: { id: string; cursor: string }[] }>('{ apiTokens { id cursor } }', {}, bel)
    ).data!.apiTokens.find((x) => x.id === apiToken.id)!.cursor;
    expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual([
      'ApiToken',
      Date.parse(apiToken.createdAt),
      apiToken.id,
    ]);

    expect((await t.gql<{ me: any }>(ME, {}, token)).data!.me).toMatchObject({
      email: 'editor.bel@tsifra.test',
      active: true,
    });
    const stored = await t.server.db.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: apiToken.id });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it('records the last use at most once a minute per token', async () => {
    const { token, apiToken } = (
      await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE_TOKEN, { l: 'cron' }, bel)
    ).data!.createApiToken;
    const { statements: first } = await t.sql.count(() => t.gql(ME, {}, token));
    const { statements: later } = await t.sql.count(async () => {
      for (let i = 0; i < 5; i++) await t.gql(ME, {}, token);
    });
    expect(first.filter((s) => /^UPDATE/i.test(s.trim()))).toHaveLength(1);
    expect(later.filter((s) => /^UPDATE/i.test(s.trim()))).toHaveLength(0);
    const listed = (await t.gql<{ apiTokens: any[] }>(TOKENS, {}, bel)).data!.apiTokens.find(
      (x) => x.id === apiToken.id,
    );
    expect(Date.now() - Date.parse(listed.lastUsedAt)).toBeLessThan(60_000);
  });

  it('revokes a token at once; someone else’s token reads as NOT_FOUND, except for an admin', async () => {
    const mine = (
      await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
        CREATE_TOKEN,
        { l: 'to revoke' },
        bel,
      )
    ).data!.createApiToken;
    const stranger = await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: mine.apiToken.id }, tul);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await t.gql<{ me: any }>(ME, {}, mine.token)).data!.me).not.toBeNull();

    const revoked = await t.gql<{ revokeApiToken: boolean }>(
      'mutation($id: ID!) { revokeApiToken(id: $id) }',
      { id: mine.apiToken.id },
      bel,
    );
    expect(revoked.data!.revokeApiToken).toBe(true);
    expect((await t.gql<{ me: any }>(ME, {}, mine.token)).data!.me).toBeNull();
    expect(
      (await t.gql<{ apiTokens: any[] }>(TOKENS, {}, bel)).data!.apiTokens.find((x) => x.id === mine.apiToken.id)
        .revokedAt,
    ).not.toBeNull();

    const other = (
      await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
        CREATE_TOKEN,
        { l: 'admin revokes' },
        tul,
      )
    ).data!.createApiToken;
    expect(
      (
        await t.gql<{ revokeApiToken: boolean }>(
          'mutation($id: ID!) { revokeApiToken(id: $id) }',
          { id: other.apiToken.id },
          admin,
        )
      ).data!.revokeApiToken,
    ).toBe(true);
    expect((await t.gql<{ me: any }>(ME, {}, other.token)).data!.me).toBeNull();
  });

  it('does not revoke a web session through revokeApiToken', async () => {
    const session = await t.server.db.dataSource.getRepository(SessionEntity).findOneByOrFail({ kind: 'session' });
    const res = await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: session.id }, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['an empty label', '  ', 'required'],
    ['a 201-character label', 'x'.repeat(201), 'too_long'],
  ])('refuses %s with BAD_USER_INPUT at label', async (_what, label, rule) => {
    const before = await t.server.db.dataSource.getRepository(SessionEntity).count();
    const res = await t.gql(CREATE_TOKEN, { l: label }, bel);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label', details: [{ rule }] });
    expect(await t.server.db.dataSource.getRepository(SessionEntity).count()).toBe(before);
  });

  it('needs a signed-in user for every token operation', async () => {
    expect((await t.gql(TOKENS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(CREATE_TOKEN, { l: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('users administration and passwords', () => {
  let t: TestServer;
  let admin: string;
  let bel: string;
  beforeAll(async () => {
    t = await startTestServer();
    [admin, bel] = await Promise.all([t.login('admin@tsifra.test'), t.login('editor.bel@tsifra.test')]);
  });
  afterAll(() => t.stop());

  const userCount = () => t.server.db.dataSource.getRepository(UserEntity).count();
  const newUser = (extra: Record<string, unknown> = {}) => ({
    email: 'New.Editor@Tsifra.test',
    name: 'Новый редактор',
    role: 'REGIONAL_EDITOR',
    regionCode: 'RU-KLU',
    password: 'correct-horse-battery',
    ...extra,
  });

  it('lists users for admins only', async () => {
    const res = await t.gql<{ users: { email: string; active: boolean }[] }>(
      '{ users { email role active } }',
      {},
      admin,
    );
    expect(res.data!.users.map((u) => u.email)).toEqual(
      expect.arrayContaining(['admin@tsifra.test', 'editor.bel@tsifra.test']),
    );
    expect((await t.gql('{ users { email } }', {}, bel)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql('{ users { email } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates a user who can sign in with the password; the email is stored lower-cased', async () => {
    const res = await t.gql<{ createUser: any }>(CREATE_USER, { input: newUser() }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toMatchObject({
      email: 'new.editor@tsifra.test',
      role: 'REGIONAL_EDITOR',
      active: true,
      region: { code: 'RU-KLU' },
    });
    const token = await t.login('new.editor@tsifra.test', 'correct-horse-battery');
    expect((await t.gql<{ me: any }>(ME, {}, token)).data!.me.email).toBe('new.editor@tsifra.test');
    const stored = await t.server.db.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: 'new.editor@tsifra.test' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['a taken email (any case)', { email: 'EDITOR.BEL@tsifra.test' }, 'CONFLICT', 'input.email'],
    ['an editor without a region', { regionCode: null }, 'BAD_USER_INPUT', 'input.regionCode'],
    [
      'a reviewer with a region',
      { email: 'r2@tsifra.test', role: 'FEDERAL_REVIEWER' },
      'BAD_USER_INPUT',
      'input.regionCode',
    ],
    ['an unknown region', { email: 'x2@tsifra.test', regionCode: 'RU-XXX' }, 'BAD_USER_INPUT', 'input.regionCode'],
    [
      'an 11-character password',
      { email: 'x3@tsifra.test', password: 'short-pass1' },
      'BAD_USER_INPUT',
      'input.password',
    ],
    ['a malformed email', { email: 'not an email' }, 'BAD_USER_INPUT', 'input.email'],
    ['an empty name', { email: 'x4@tsifra.test', name: ' ' }, 'BAD_USER_INPUT', 'input.name'],
  ] as [string, Record<string, unknown>, string, string][])(
    'refuses %s with %s at %s and creates nobody',
    async (_what, patch, code, field) => {
      const before = await userCount();
      const res = await t.gql(CREATE_USER, { input: newUser({ email: 'another@tsifra.test', ...patch }) }, admin);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await userCount()).toBe(before);
    },
  );

  it('updates name, role and region; an omitted region goes with a role that has none', async () => {
    const { id } = (
      await t.gql<{ createUser: { id: string } }>(
        CREATE_USER,
        { input: newUser({ email: 'promote@tsifra.test' }) },
        admin,
      )
    ).data!.createUser;
    const renamed = await t.gql<{ updateUser: any }>(UPDATE_USER, { id, input: { name: 'Переименован' } }, admin);
    expect(renamed.data!.updateUser).toMatchObject({
      name: 'Переименован',
      role: 'REGIONAL_EDITOR',
      region: { code: 'RU-KLU' },
    });
    const reviewer = await t.gql<{ updateUser: any }>(UPDATE_USER, { id, input: { role: 'FEDERAL_REVIEWER' } }, admin);
    expect(reviewer.data!.updateUser).toMatchObject({ role: 'FEDERAL_REVIEWER', region: null });
    const noRegion = await t.gql(UPDATE_USER, { id, input: { role: 'REGIONAL_EDITOR' } }, admin);
    expect(noRegion.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.regionCode' });
    const back = await t.gql<{ updateUser: any }>(
      UPDATE_USER,
      { id, input: { role: 'REGIONAL_EDITOR', regionCode: 'RU-TUL' } },
      admin,
    );
    expect(back.data!.updateUser).toMatchObject({ role: 'REGIONAL_EDITOR', region: { code: 'RU-TUL' } });
    expect(
      (await t.gql(UPDATE_USER, { id: '00000000-0000-0000-0000-000000000000', input: { name: 'x' } }, admin))
        .errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('deactivating ends the user’s sessions and tokens; signing in then fails with the same message as a wrong password', async () => {
    const { id } = (
      await t.gql<{ createUser: { id: string } }>(
        CREATE_USER,
        { input: newUser({ email: 'leaver@tsifra.test' }) },
        admin,
      )
    ).data!.createUser;
    const session = await t.login('leaver@tsifra.test', 'correct-horse-battery');
    const apiToken = (await t.gql<{ createApiToken: { token: string } }>(CREATE_TOKEN, { l: 'script' }, session)).data!
      .createApiToken.token;
    const off = await t.gql<{ updateUser: any }>(UPDATE_USER, { id, input: { active: false } }, admin);
    expect(off.data!.updateUser.active).toBe(false);
    expect((await t.gql<{ me: any }>(ME, {}, session)).data!.me).toBeNull();
    expect((await t.gql<{ me: any }>(ME, {}, apiToken)).data!.me).toBeNull();
    const live = await t.server.db.dataSource.getRepository(SessionEntity).findBy({ userId: id });
    expect(live.every((s) => s.revokedAt !== null)).toBe(true);

    const inactive = await t.gql(
      'mutation { login(email: "leaver@tsifra.test", password: "correct-horse-battery") { id } }',
    );
    const wrong = await t.gql(
      'mutation { login(email: "editor.bel@tsifra.test", password: "wrong-password!") { id } }',
    );
    const unknown = await t.gql(
      'mutation { login(email: "nobody.at.all@tsifra.test", password: "correct-horse-battery") { id } }',
    );
    expect(inactive.errors?.[0]).toMatchObject({
      message: wrong.errors?.[0]?.message,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('keeps an admin from locking themselves out', async () => {
    const me = await t.server.db.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@tsifra.test' });
    const off = await t.gql(UPDATE_USER, { id: me.id, input: { active: false } }, admin);
    expect(off.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.active' });
    const demote = await t.gql(UPDATE_USER, { id: me.id, input: { role: 'FEDERAL_REVIEWER' } }, admin);
    expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    expect((await t.gql<{ me: any }>(ME, {}, admin)).data!.me).toMatchObject({ role: 'ADMIN', active: true });
  });

  it('lets an admin set a password: the old one stops working and the user’s web sessions end', async () => {
    const { id } = (
      await t.gql<{ createUser: { id: string } }>(
        CREATE_USER,
        { input: newUser({ email: 'reset@tsifra.test' }) },
        admin,
      )
    ).data!.createUser;
    const session = await t.login('reset@tsifra.test', 'correct-horse-battery');
    const short = await t.gql(
      'mutation($id: ID!, $p: String!) { setUserPassword(id: $id, password: $p) { id } }',
      { id, p: 'too-short' },
      admin,
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const set = await t.gql(
      'mutation($id: ID!, $p: String!) { setUserPassword(id: $id, password: $p) { id } }',
      { id, p: 'a-brand-new-password' },
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect((await t.gql<{ me: any }>(ME, {}, session)).data!.me).toBeNull();
    await expect(t.login('reset@tsifra.test', 'correct-horse-battery')).rejects.toThrow();
    await expect(t.login('reset@tsifra.test', 'a-brand-new-password')).resolves.toEqual(expect.any(String));
  });

  it('lets a user change their own password: the current one is checked, other web sessions end, this one and API tokens stay', async () => {
    await t.gql(CREATE_USER, { input: newUser({ email: 'self@tsifra.test' }) }, admin);
    const here = await t.login('self@tsifra.test', 'correct-horse-battery');
    const elsewhere = await t.login('self@tsifra.test', 'correct-horse-battery');
    const script = (await t.gql<{ createApiToken: { token: string } }>(CREATE_TOKEN, { l: 'script' }, here)).data!
      .createApiToken.token;
    const change = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    const wrong = await t.gql(change, { c: 'not-my-password', n: 'another-long-password' }, here);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await t.gql(change, { c: 'correct-horse-battery', n: 'short' }, here);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await t.gql<{ me: any }>(ME, {}, elsewhere)).data!.me).not.toBeNull();

    const ok = await t.gql<{ changePassword: boolean }>(
      change,
      { c: 'correct-horse-battery', n: 'another-long-password' },
      here,
    );
    expect(ok.data!.changePassword).toBe(true);
    expect((await t.gql<{ me: any }>(ME, {}, here)).data!.me).not.toBeNull();
    expect((await t.gql<{ me: any }>(ME, {}, elsewhere)).data!.me).toBeNull();
    expect((await t.gql<{ me: any }>(ME, {}, script)).data!.me).not.toBeNull();
    await expect(t.login('self@tsifra.test', 'another-long-password')).resolves.toEqual(expect.any(String));
  });
});
