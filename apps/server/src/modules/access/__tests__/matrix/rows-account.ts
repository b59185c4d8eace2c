import { OK, UN, NF, ADMIN_ONLY, SIGNED_IN, ANYONE, Row } from './kinds';

// Sign-in, tokens and users.
export const ACCOUNT_ROWS: Row[] = [
  {
    mutation: 'login',
    expect: ANYONE,
    prepare: async () => ({
      query: 'mutation { login(email: "reviewer@tsifra.test", password: "demo-password") { id } }',
    }),
  },
  {
    mutation: 'logout',
    expect: ANYONE,
    prepare: async (f, actor) => {
      const email = {
        anonymous: null,
        'editor of own region (RU-BEL)': 'editor.bel@tsifra.test',
        'editor of another region (RU-TUL)': 'editor.tul@tsifra.test',
        'federal reviewer': 'reviewer@tsifra.test',
        admin: 'admin@tsifra.test',
      }[actor];
      return { query: 'mutation { logout }', token: email ? await f.t.login(email) : undefined };
    },
  },
  {
    mutation: 'createApiToken',
    expect: SIGNED_IN,
    prepare: async () => ({ query: 'mutation { createApiToken(label: "matrix") { token } }' }),
  },
  {
    mutation: 'revokeApiToken',
    variant: "RU-BEL editor's token",
    expect: [UN, OK, NF, NF, OK],
    prepare: async (f) => {
      const res = await f.t.gql<{ createApiToken: { apiToken: { id: string } } }>(
        'mutation { createApiToken(label: "to revoke") { apiToken { id } } }',
        {},
        f.tokens['editor of own region (RU-BEL)'],
      );
      return {
        query: 'mutation($id: ID!) { revokeApiToken(id: $id) }',
        variables: { id: res.data!.createApiToken.apiToken.id },
      };
    },
  },
  {
    mutation: 'changePassword',
    expect: SIGNED_IN,
    prepare: async () => ({
      query: 'mutation { changePassword(currentPassword: "demo-password", newPassword: "demo-password") }',
    }),
  },
  {
    mutation: 'createUser',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      variables: {
        i: {
          email: `matrix-${f.n}@tsifra.test`,
          name: 'Матрица',
          role: 'FEDERAL_REVIEWER',
          password: 'matrix-password-1',
        },
      },
    }),
  },
  {
    mutation: 'updateUser',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { updateUser(id: $id, input: { name: "Переименован" }) { id } }',
      variables: { id: await f.user() },
    }),
  },
  {
    mutation: 'setUserPassword',
    expect: ADMIN_ONLY,
    prepare: async (f) => ({
      query: 'mutation($id: ID!) { setUserPassword(id: $id, password: "matrix-password-2") { id } }',
      variables: { id: await f.user() },
    }),
  },
];
