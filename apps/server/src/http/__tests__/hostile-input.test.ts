import { createHash } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { buildTsifraSchema } from '../../graphql/schema';
import { changedTables, databaseChecksum, listTables, type DatabaseChecksum } from '../../ops/checksum';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { HOSTILE_STRINGS, type Case, type HostileContext, type Outcome } from './hostile-cases';
import { contentBatches } from './hostile-content.cases';
import { transportBatches } from './hostile-transport.cases';

/**
 * The hostile-input suite. Every case is an attack or a mistake a client can make; each must be refused with a 4xx
 * or a GraphQL error carrying `extensions.code` (never a 5xx, never INTERNAL_SERVER_ERROR), the server must answer its
 * health check after every batch, and the database checksum must be identical after all refused cases.
 * Hostile strings in free-text fields are legitimate text: those cases are accepted, and must come back byte for byte.
 */

describe('hostile input', () => {
  let t: TestServer;
  let editor: string;
  let reviewer: string;
  let admin: string;
  let bel: { id: string; version: number };
  let vgg: { id: string; version: number };
  let tul: { id: string; goalId: string };
  let foreignGoalId: string;
  let expiredToken: string;
  let revokedToken: string;
  const tally = { tried: 0, refused: 0, storedVerbatim: 0, failures: [] as string[] };

  const post = async (body: string, headers: Record<string, string> = {}): Promise<Outcome> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return outcome(res);
  };
  const outcome = async (res: Response): Promise<Outcome> => {
    const body = await res.text();
    let codes: string[] = [];
    let requestIds: string[] = [];
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string; requestId?: string } }[] };
      codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
      requestIds = (parsed.errors ?? []).map((e) => e.extensions?.requestId ?? '');
    } catch {
      // not JSON: judged by status alone below
    }
    return { status: res.status, codes, requestIds, body };
  };
  const gql = (query: string, variables?: Record<string, unknown>, token?: string) =>
    post(JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});

  /** What the case lists are built from (once beforeAll has run). */
  const cases = (): HostileContext => ({
    t,
    editor,
    reviewer,
    admin,
    bel,
    vgg,
    tul,
    foreignGoalId,
    expiredToken,
    revokedToken,
    post,
    outcome,
    gql,
  });

  const checksum = (): Promise<DatabaseChecksum> =>
    databaseChecksum((sql) => t.server.db.dataSource.query(sql), t.dialect, { sameDatabase: true });

  /** A refusal: a 4xx, or a GraphQL error with a code on every error; never a 5xx, never an unexpected error. */
  function refused(o: Outcome): string | null {
    if (o.status >= 500) return `HTTP ${o.status}: ${o.body.slice(0, 300)}`;
    if (o.codes.includes('INTERNAL_SERVER_ERROR')) return `INTERNAL_SERVER_ERROR: ${o.body.slice(0, 300)}`;
    if (o.status >= 400 && o.status < 500) return null;
    if (o.codes.length === 0) return `accepted (HTTP ${o.status}): ${o.body.slice(0, 300)}`;
    if (o.codes.includes('(none)')) return `an error without a code: ${o.body.slice(0, 300)}`;
    if (o.requestIds.some((id) => !id)) return `an error without a request id: ${o.body.slice(0, 300)}`;
    return null;
  }

  async function runBatch(cases: Case[]): Promise<void> {
    for (const c of cases) {
      tally.tried++;
      const problem = refused(await c.run());
      if (problem) tally.failures.push(`[${c.group}] ${c.name}: ${problem}`);
      else tally.refused++;
    }
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestServer();
    [editor, reviewer, admin] = await Promise.all([
      t.login('editor.bel@tsifra.test'),
      t.login('reviewer@tsifra.test'),
      t.login('admin@tsifra.test'),
    ]);
    const strategyOf = async (code: string, token: string) =>
      (
        await t.gql<{ region: { strategy: { id: string; version: number; goals: { id: string }[] } } }>(
          'query($c: String!) { region(code: $c) { strategy { id version goals { id } } } }',
          { c: code },
          token,
        )
      ).data!.region.strategy;
    // A comment to page the replies of (section 12), before the strategy's version is read.
    const belId = (await strategyOf('RU-BEL', editor)).id;
    expect(
      (
        await t.gql(
          'mutation($s: ID!) { addComment(strategyId: $s, body: "Комментарий для страниц") { id } }',
          { s: belId },
          editor,
        )
      ).errors,
    ).toBeUndefined();
    bel = await strategyOf('RU-BEL', editor);
    vgg = await strategyOf('RU-VGG', admin);
    const tulStrategy = await strategyOf('RU-TUL', admin);
    tul = { id: tulStrategy.id, goalId: tulStrategy.goals[0]!.id };
    foreignGoalId = (await strategyOf('RU-VGG', admin)).goals[0]?.id ?? tul.goalId;
    // An expired and a revoked session, made before the baseline checksum.
    expiredToken = await t.login('editor.bel@tsifra.test');
    await t.server.db.dataSource.query(
      t.dialect === 'sqlite'
        ? `UPDATE sessions SET expires_at = '2020-01-01 00:00:00.000' WHERE token_hash = ?`
        : `UPDATE sessions SET expires_at = '2020-01-01T00:00:00Z' WHERE token_hash = $1`,
      [createHash('sha256').update(expiredToken).digest('hex')],
    );
    revokedToken = await t.login('editor.bel@tsifra.test');
    await t.gql('mutation { logout }', undefined, revokedToken);
  });
  afterAll(() => t.stop());

  it('refuses every hostile request with a 4xx or a coded GraphQL error, stays up, and changes nothing', async () => {
    const before = await checksum();
    const tablesBefore = await listTables((sql) => t.server.db.dataSource.query(sql), t.dialect);

    for (const batch of transportBatches(cases())) await runBatch(batch);
    for (const batch of contentBatches(cases())) await runBatch(batch);

    // 11. Every mutation of the schema (including ones added later), anonymously, with a hostile string in every
    //     String and ID argument and input field.
    const schema = await buildTsifraSchema();
    const generic: Case[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      if (field.args.length === 0) continue;
      for (const s of HOSTILE_STRINGS.slice(0, 6)) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, s)]));
        const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const call = `mutation(${definitions}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')}) { __typename } }`;
        const selection =
          isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))
            ? call.replace(' { __typename }', '')
            : call;
        generic.push({
          group: 'every mutation, anonymous',
          name: `${field.name} ${s.slice(0, 20)}`,
          run: () => gql(selection, variables),
        });
      }
    }
    await runBatch(generic);

    // 12. Every paged list (every field with an `after` argument; the list below must name each one), with hostile
    //     cursors and page sizes out of range, as a caller who may read the list.
    const commentId = (
      await t.gql<{ strategy: { comments: { id: string }[] } }>(
        'query($id: ID!) { strategy(id: $id) { comments(first: 1) { id } } }',
        { id: bel.id },
        admin,
      )
    ).data!.strategy.comments[0]!.id;
    const paged: Record<string, { call: (args: string) => string; token: string }> = {
      'Query.notifications': { call: (a) => `notifications(${a}) { id }`, token: reviewer },
      'Query.apiTokens': { call: (a) => `apiTokens(${a}) { id }`, token: editor },
      'Query.users': { call: (a) => `users(${a}) { id }`, token: admin },
      'Strategy.comments': { call: (a) => `strategy(id: "${bel.id}") { comments(${a}) { id } }`, token: editor },
      'Strategy.remarks': { call: (a) => `strategy(id: "${bel.id}") { remarks(${a}) { id } }`, token: editor },
      'Strategy.history': { call: (a) => `strategy(id: "${bel.id}") { history(${a}) { id } }`, token: editor },
      'StrategyRevision.remarks': {
        call: (a) => `strategy(id: "${tul.id}") { latestRevision { remarks(${a}) { id } } }`,
        token: admin,
      },
      'Comment.replies': { call: (a) => `comment(id: "${commentId}") { replies(${a}) { id } }`, token: editor },
      'GostechPlan.systems': {
        call: (a) => `region(code: "RU-BEL") { gostechPlan { systems(${a}) { id } } }`,
        token: editor,
      },
      'GostechPlan.history': {
        call: (a) => `region(code: "RU-BEL") { gostechPlan { history(${a}) { id } } }`,
        token: editor,
      },
      // As an admin: the editor's cost budget is spent by the rows above (each refused over-cap page costs the maximum).
      'GostechPlan.remarks': {
        call: (a) => `region(code: "RU-BEL") { gostechPlan { remarks(${a}) { id } } }`,
        token: admin,
      },
      'Strategy.goals': { call: (a) => `strategy(id: "${bel.id}") { goals(${a}) { id } }`, token: editor },
      'Goal.children': { call: (a) => `strategy(id: "${bel.id}") { goals { children(${a}) { id } } }`, token: editor },
    };
    const withAfter = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) && !type.name.startsWith('__')
        ? Object.values(type.getFields())
            .filter((f) => f.args.some((a) => a.name === 'after'))
            .map((f) => `${type.name}.${f.name}`)
        : [],
    );
    expect(withAfter.sort()).toEqual(Object.keys(paged).sort());
    await runBatch(
      Object.entries(paged).flatMap(([name, { call, token }]) => [
        ...HOSTILE_STRINGS.slice(0, 8).map((s, i) => ({
          group: `paging: ${name} after`,
          name: `#${i}`,
          run: () => gql(`query($a: String) { ${call('after: $a')} }`, { a: s }, token),
        })),
        ...['0', '-1', '101', '2147483647', '1.5', '"10"', 'null, first: 0'].map((v) => ({
          group: `paging: ${name} first`,
          name: v,
          run: () => gql(`{ ${call(`first: ${v}`)} }`, undefined, token),
        })),
      ]),
    );

    const after = await checksum();
    expect(changedTables(before, after)).toEqual([]);
    expect(after.total).toBe(before.total);
    expect(await listTables((sql) => t.server.db.dataSource.query(sql), t.dialect)).toEqual(tablesBefore);
    process.stdout.write(
      `hostile input (${t.dialect}): ${tally.tried} refused-cases tried, ${tally.refused} refused correctly\n`,
    );
    expect(tally.failures).toEqual([]);
    expect(tally.tried).toBeGreaterThanOrEqual(200);
  });

  it('stores hostile text verbatim where text is legitimate, and it comes back byte for byte', async () => {
    const tablesBefore = await listTables((sql) => t.server.db.dataSource.query(sql), t.dialect);
    const counts = async () =>
      Object.fromEntries(
        Object.entries((await checksum()).tables)
          .filter(([n]) => ['regions', 'users', 'sectors'].includes(n))
          .map(([n, v]) => [n, v.rows]),
      );
    const countsBefore = await counts();
    let version = (
      await t.gql<{ strategy: { version: number } }>(
        'query($id: ID!) { strategy(id: $id) { version } }',
        { id: bel.id },
        editor,
      )
    ).data!.strategy.version;
    for (const s of HOSTILE_STRINGS) {
      tally.tried++;
      const res = await t.gql<{
        addGoal: {
          id: string;
          title: string;
          description: string;
          indicators: { name: string; unit: string; responsible: string }[];
        };
      }>(
        'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id title description indicators { name unit responsible } } }',
        {
          s: bel.id,
          v: version,
          input: {
            horizon: 'Y2030',
            sectorCode: 'healthcare',
            title: s,
            description: s,
            indicators: [
              {
                name: s,
                unit: 'ед.',
                responsible: s,
                baselineYear: 2020,
                baselineValue: 1,
                targets: [{ year: 2030, value: 2 }],
              },
            ],
          },
        },
        editor,
      );
      if (res.errors) {
        // A rule may refuse a control character; then it must be a coded refusal, not a crash.
        expect(res.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        tally.refused++;
        continue;
      }
      version++;
      const read = await t.gql<{
        strategy: {
          goals: {
            id: string;
            title: string;
            description: string;
            indicators: { name: string; responsible: string }[];
          }[];
        };
      }>(
        'query($id: ID!) { strategy(id: $id) { goals { id title description indicators { name responsible } } } }',
        { id: bel.id },
        editor,
      );
      const stored = read.data!.strategy.goals.find((g) => g.id === res.data!.addGoal.id)!;
      expect(stored).toMatchObject({ title: s, description: s, indicators: [{ name: s, responsible: s }] });
      tally.storedVerbatim++;

      tally.tried++;
      const comment = await t.gql<{ addComment: { body: string } }>(
        'mutation($s: ID!, $b: String!) { addComment(strategyId: $s, body: $b) { body } }',
        { s: bel.id, b: s },
        editor,
      );
      if (comment.errors) expect(comment.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else expect(comment.data!.addComment.body).toBe(s);
      if (comment.errors) tally.refused++;
      else tally.storedVerbatim++;
    }
    expect(await listTables((sql) => t.server.db.dataSource.query(sql), t.dialect)).toEqual(tablesBefore);
    expect(await counts()).toEqual(countsBefore);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    process.stdout.write(
      `hostile input (${t.dialect}): ${tally.tried} cases in all, ${tally.refused} refused, ${tally.storedVerbatim} stored verbatim, ${tally.failures.length} failures\n`,
    );
  });
});

/** A value of the given input type with `s` in every String and ID position (and plausible values elsewhere). */
function sample(type: GraphQLInputType, s: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [sample(inner.ofType, s)];
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return Object.fromEntries(
      fields.filter((f) => isNonNullType(f.type) || f.name !== 'parentId').map((f) => [f.name, sample(f.type, s)]),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  switch (inner.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    default:
      return s;
  }
}
