import { getNamedType, isObjectType } from 'graphql';
import { buildTsifraSchema } from '../../../graphql/schema';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const person = '__typename id name role email';
/**
 * Every field whose type is User, reached as a reader would: approved strategies and plans are public, so their
 * comments, remarks, revisions and history are what anonymous callers and other regions read.
 */
const READS: Record<string, string> = {
  'Comment.author': `{ regions { strategy { comments { author { ${person} } replies { author { ${person} } } } } } }`,
  'Comment.resolvedBy': `{ regions { strategy { remarks { author { ${person} } resolvedBy { ${person} } } } } }`,
  'StrategyRevision.submittedBy': `{ regions { strategy { revisions { submittedBy { ${person} } remarks { resolvedBy { ${person} } } } } } }`,
  'AuditEvent.actor': `{ regions { strategy { history { actor { ${person} } } } gostechPlan { history { actor { ${person} } } } } }`,
  'Notification.actor': `{ notifications { actor { ${person} } } }`,
};
/** User-typed fields that only ever answer with the caller themself, or only to administrators. */
const SELF_OR_ADMIN = [
  'Query.me',
  'Query.users',
  'Mutation.login',
  'Mutation.createUser',
  'Mutation.updateUser',
  'Mutation.setUserPassword',
];

/** Every User object in an answer. */
function people(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => people(v, found));
  else if (value && typeof value === 'object') {
    if ((value as { __typename?: string }).__typename === 'User') found.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => people(v, found));
  }
  return found;
}

describe('people as the public sees them', () => {
  let t: TestServer;
  const tokens: Record<string, string | undefined> = {};
  const ids: Record<string, string | undefined> = {};
  beforeAll(async () => {
    t = await startTestServer();
    tokens.admin = await t.login('admin@tsifra.test');
    tokens.reviewer = await t.login('reviewer@tsifra.test');
    tokens.otherRegion = await t.login('editor.bel@tsifra.test');
    // RU-TYU's strategy is submitted: its editor gets a notification, with the reviewer as actor, when it is returned.
    const created = await t.gql(
      'mutation { createUser(input: { email: "editor.tyu@tsifra.test", name: "Редактор ТЮ", role: REGIONAL_EDITOR, regionCode: "RU-TYU", password: "demo-password" }) { id } }',
      {},
      tokens.admin,
    );
    expect(created.errors).toBeUndefined();
    tokens.ownRegion = await t.login('editor.tyu@tsifra.test');
    ids.ownRegion = created.data.createUser.id;
    const strategy = await t.gql('{ regions { code strategy { id } } }');
    const id = strategy.data.regions.find((r: { code: string }) => r.code === 'RU-TYU').strategy.id;
    const returned = await t.gql(
      'mutation($id: ID!) { requestChanges(id: $id, comment: "Уточните целевые значения.") { status } }',
      { id },
      tokens.reviewer,
    );
    expect(returned.errors).toBeUndefined();
  });
  afterAll(() => t.stop());

  it('reads every User-typed field of the schema in this table (or knows it answers only with oneself or to administrators)', async () => {
    const schema = await buildTsifraSchema();
    const userFields: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        if (getNamedType(field.type).name === 'User') userFields.push(`${type.name}.${field.name}`);
    }
    expect(userFields.filter((f) => !(f in READS) && !SELF_OR_ADMIN.includes(f))).toEqual([]);
  });

  it.each(Object.keys(READS))(
    '%s: anonymous callers and other regions’ editors see names and roles, never an email address',
    async (field) => {
      const query = READS[field]!;
      // Non-staff readers: anonymous, an editor of another region, and the region's own editor (who reads its history and
      // notifications, where reviewers act): only the last may see one address, their own.
      const readers = field === 'Notification.actor' ? ['ownRegion'] : ['anonymous', 'otherRegion', 'ownRegion'];
      let seen = 0;
      for (const reader of readers) {
        const answer = await t.gql(query, {}, tokens[reader]);
        expect(answer.errors).toBeUndefined();
        const found = people(answer.data);
        seen += found.length;
        for (const p of found) {
          expect(typeof p.name).toBe('string');
          expect(typeof p.role).toBe('string');
          expect({ reader, email: p.email }).toEqual({
            reader,
            email: p.id === ids[reader] ? expect.stringContaining('@') : '',
          });
        }
        if (reader !== 'ownRegion') expect(JSON.stringify(answer)).not.toMatch(/@/);
      }
      expect(seen).toBeGreaterThan(0);
      // Staff (a federal reviewer) read the addresses they need.
      if (field !== 'Notification.actor') {
        const staff = await t.gql(query, {}, tokens.reviewer);
        expect(people(staff.data).some((p) => typeof p.email === 'string' && p.email.includes('@'))).toBe(true);
      }
    },
  );

  it('shows the signed-in user their own email, at sign-in and in me', async () => {
    const me = await t.gql('{ me { email } }', {}, tokens.otherRegion);
    expect(tokens.anonymous).toBeUndefined();
    expect(me.data.me.email).toBe('editor.bel@tsifra.test');
    const login = await t.gql(
      'mutation { login(email: "editor.tul@tsifra.test", password: "demo-password") { email } }',
    );
    expect(login.data.login.email).toBe('editor.tul@tsifra.test');
  });
});
