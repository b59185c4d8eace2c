import { createHash, randomBytes, randomUUID } from 'node:crypto';
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
import { GRAPHQL_LIMITS } from '../graphql-limits';

/**
 * The hostile-input suite. Every case is an attack or a mistake a client can make; each must be refused with a 4xx
 * or a GraphQL error carrying `extensions.code` (never a 5xx, never INTERNAL_SERVER_ERROR), the server must answer its
 * health check after every batch, and the database checksum must be identical after all refused cases.
 * Hostile strings in free-text fields are legitimate text: those cases are accepted, and must come back byte for byte.
 */

/** SQL injection, script injection and other awkward text. */
const HOSTILE_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE strategies; --",
  '" OR ""="',
  "1; DELETE FROM users WHERE '1'='1",
  "' UNION SELECT password_hash, email FROM users --",
  "Robert'); DROP TABLE goals;--",
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7} #{7*7} %s %n',
  '\u0000\u0001\u001b[31mnull byte and escape',
  '‮ right-to-left override ‭ 𝕌𝕟𝕚𝕔𝕠𝕕𝕖 👩‍👩‍👧',
  '../../../../etc/passwd',
  '__proto__',
];

interface Outcome {
  status: number;
  codes: string[];
  requestIds: string[];
  body: string;
}

interface Case {
  group: string;
  name: string;
  run: () => Promise<Outcome>;
}

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

  const checksum = (): Promise<DatabaseChecksum> =>
    databaseChecksum((sql) => t.server.db.dataSource.query(sql), t.dialect);

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

    // 1. Malformed JSON and broken GraphQL envelopes.
    const malformed = [
      '{',
      '{"query": "{ __typename }"',
      'nul',
      '[',
      '"just a string"',
      '12345',
      '',
      '{"query": 1}',
      '{"query": null}',
      '{}',
      '{"query": "{ __typename"}',
      '{"query": "{ __typename }", "variables": "not an object"}',
      '{"query": "{ __typename }", "variables": [1, 2]}',
      '{"query": "{ __typename }", "operationName": 5}',
      '{"query": "query A { __typename } query B { __typename }"}',
      '{"query": "query A { __typename }", "operationName": "Nope"}',
      '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "deadbeef"}}}',
      '{"query": "mutation { login(email: 1, password: 2) { id } }"}',
      '{"query": "subscription { x }"}',
      '{"query": "{ \\u0000 }"}',
      '\uFEFF{"query": "{ __typename }"',
    ];
    await runBatch(
      malformed.map((body, i) => ({
        group: 'malformed JSON',
        name: `#${i} ${body.slice(0, 40)}`,
        run: () => post(body),
      })),
    );

    // 2. Wrong content types and HTTP methods.
    const contentTypes = [
      'text/plain',
      'text/html',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/octet-stream',
      'application/json; charset=latin1',
      'image/png',
    ];
    await runBatch([
      ...contentTypes.map((type) => ({
        group: 'content type',
        name: type,
        run: () => post('{"query":"mutation { logout }"}', { 'content-type': type }),
      })),
      {
        group: 'content type',
        name: 'no content type',
        run: async () =>
          outcome(
            await fetch(`${t.url}/graphql`, {
              method: 'POST',
              body: new Uint8Array(Buffer.from('{"query":"{ __typename }"}')),
            }),
          ),
      },
      {
        group: 'method',
        name: 'PUT',
        run: async () =>
          outcome(
            await fetch(`${t.url}/graphql`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ __typename }"}',
            }),
          ),
      },
      {
        group: 'method',
        name: 'DELETE',
        run: async () => outcome(await fetch(`${t.url}/graphql`, { method: 'DELETE' })),
      },
      {
        group: 'method',
        name: 'GET mutation',
        run: async () =>
          outcome(
            await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
              headers: { 'apollo-require-preflight': '1' },
            }),
          ),
      },
      {
        group: 'method',
        name: 'GET without CSRF header',
        run: async () => outcome(await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`)),
      },
    ]);

    // 3. Oversized bodies.
    await runBatch(
      [1.1, 2, 8].map((mb) => ({
        group: 'oversized body',
        name: `${mb} MB`,
        run: () =>
          post(
            JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(Math.round(mb * 1024 * 1024)) } }),
          ),
      })),
    );

    // 4. Depth, alias, directive, token and fragment bombs.
    const deep = (n: number) => `{ me ${'{ region { strategy '.repeat(n)}{ id ${'} } '.repeat(n)}} }`;
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { code strategy { goals { title } } }`).join(' ')} }`;
    await runBatch([
      ...[5, 10, 30, 100].map((n) => ({ group: 'depth bomb', name: `depth ${2 * n + 2}`, run: () => gql(deep(n)) })),
      {
        group: 'depth bomb',
        name: 'goal children × 40',
        run: () => gql(`{ strategy(id: "${bel.id}") { goals { ${'children { '.repeat(40)}id${' }'.repeat(40)} } } }`),
      },
      ...[16, 50, 200, 1000].map((n) => ({ group: 'alias bomb', name: `${n} aliases`, run: () => gql(aliases(n)) })),
      {
        group: 'alias bomb',
        name: 'login × 50 aliases',
        run: () =>
          gql(
            `mutation { ${Array.from({ length: 50 }, (_, i) => `l${i}: login(email: "admin@tsifra.test", password: "guess${i}") { id }`).join(' ')} }`,
          ),
      },
      {
        group: 'directive bomb',
        name: '100 @include',
        run: () => gql(`{ sectors { code ${'@include(if: true) '.repeat(100)} } }`),
      },
      {
        group: 'directive bomb',
        name: '50 @skip on __typename',
        run: () => gql(`{ __typename ${'@skip(if: false) '.repeat(50)} }`),
      },
      {
        group: 'token bomb',
        name: `${GRAPHQL_LIMITS.maxTokens * 2} tokens`,
        run: () => gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens * 2)} }`),
      },
      {
        group: 'token bomb',
        name: 'huge string argument list',
        run: () => gql(`{ regions(federalDistrict: "x") { ${'code '.repeat(6000)} } }`),
      },
      {
        group: 'fragment bomb',
        name: 'fragment cycle',
        run: () => gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
      },
      {
        group: 'fragment bomb',
        name: 'fragment fan-out (billion laughs)',
        run: () =>
          gql(
            `{ ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { regions { code strategy { goals { ...G${i} } } } }`).join(' ')} ${Array.from({ length: 12 }, (_, i) => `fragment G${i} on Goal { children { id ${i < 11 ? `...G${i + 1}` : ''} } }`).join(' ')}`,
          ),
      },
      {
        group: 'cost bomb',
        name: 'rich national query × 4 aliases',
        run: () =>
          gql(
            `{ ${Array.from({ length: 4 }, (_, i) => `n${i}: regions { strategy { sectors { code } goals { sector { code } children { children { indicators { targets { year } actuals { year } } } indicators { targets { year } actuals { year } } } } } }`).join(' ')} }`,
          ),
      },
    ]);

    // 5. Batched-query floods (array bodies).
    await runBatch(
      [0, 1, 2, 10, 100, 1000].map((n) => ({
        group: 'batch flood',
        name: `${n} operations`,
        run: () =>
          post(
            JSON.stringify(
              Array.from({ length: n }, () => ({
                query: 'mutation { login(email: "admin@tsifra.test", password: "x") { id } }',
              })),
            ),
          ),
      })),
    );

    // 6. Forged, malformed, expired and revoked credentials on a mutation that needs a user.
    const createMow = 'mutation { createStrategy(regionCode: "RU-MOW") { id } }';
    const forged = [
      randomBytes(32).toString('base64url'),
      '',
      "' OR 1=1 --",
      'null',
      'undefined',
      'x'.repeat(8000),
      '../../etc/passwd',
      'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.',
      randomUUID(),
    ];
    await runBatch([
      ...forged.map((token) => ({
        group: 'forged token',
        name: `Bearer ${token.slice(0, 30)}`,
        run: () => post(JSON.stringify({ query: createMow }), { authorization: `Bearer ${token}` }),
      })),
      ...forged.slice(0, 5).map((token) => ({
        group: 'forged cookie',
        name: `cookie ${token.slice(0, 30)}`,
        run: () =>
          post(JSON.stringify({ query: createMow }), { cookie: `tsifra_session=${encodeURIComponent(token)}` }),
      })),
      {
        group: 'forged token',
        name: 'Basic auth',
        run: () =>
          post(JSON.stringify({ query: createMow }), {
            authorization: `Basic ${Buffer.from('admin@tsifra.test:demo-password').toString('base64')}`,
          }),
      },
      { group: 'expired token', name: 'expired session', run: () => gql(createMow, undefined, expiredToken) },
      { group: 'expired token', name: 'revoked session', run: () => gql(createMow, undefined, revokedToken) },
      {
        group: 'expired token',
        name: 'revoked session as cookie',
        run: () => post(JSON.stringify({ query: createMow }), { cookie: `tsifra_session=${revokedToken}` }),
      },
    ]);

    // 7. Hostile strings wherever a string is an identifier or a code (never stored).
    const goalInput = (over: Record<string, unknown> = {}) => ({
      horizon: 'Y2030',
      sectorCode: 'healthcare',
      title: 'Цель',
      ...over,
    });
    const addGoal =
      'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }';
    const hostileInIdentifiers: Case[] = HOSTILE_STRINGS.flatMap((s, i) => [
      {
        group: 'injection: regionCode',
        name: `#${i}`,
        run: () => gql('mutation($c: String!) { createStrategy(regionCode: $c) { id } }', { c: s }, admin),
      },
      {
        group: 'injection: sectorCodes',
        name: `#${i}`,
        run: () =>
          gql(
            'mutation($s: ID!, $v: Int!, $c: [String!]!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: $c) { id } }',
            { s: bel.id, v: bel.version, c: ['healthcare', s] },
            editor,
          ),
      },
      {
        group: 'injection: input.sectorCode',
        name: `#${i}`,
        run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ sectorCode: s }) }, editor),
      },
      {
        group: 'injection: strategyId',
        name: `#${i}`,
        run: () => gql(addGoal, { s, v: bel.version, input: goalInput() }, editor),
      },
      {
        group: 'injection: parentId',
        name: `#${i}`,
        run: () =>
          gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ horizon: 'Y2024', parentId: s }) }, editor),
      },
      {
        group: 'injection: goal id',
        name: `#${i}`,
        run: () =>
          gql(
            'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
            { id: s, v: bel.version },
            editor,
          ),
      },
      {
        group: 'injection: login',
        name: `#${i}`,
        run: () =>
          gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
            e: i % 2 ? s : 'admin@tsifra.test',
            p: s,
          }),
      },
      // Text fields behind a refusal: another region's strategy, a stale version, a reviewer editing, anonymous.
      {
        group: 'injection: cross-region title',
        name: `#${i}`,
        run: () => gql(addGoal, { s: vgg.id, v: vgg.version, input: goalInput({ title: s, description: s }) }, editor),
      },
      {
        group: 'injection: stale version',
        name: `#${i}`,
        run: () =>
          gql(addGoal, { s: bel.id, v: bel.version - 1, input: goalInput({ title: s, description: s }) }, editor),
      },
      {
        group: 'injection: reviewer edit',
        name: `#${i}`,
        run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ title: s }) }, reviewer),
      },
      {
        group: 'injection: comment on hidden draft',
        name: `#${i}`,
        run: () =>
          gql(
            'mutation($s: ID!, $b: String!) { addComment(strategyId: $s, body: $b) { id } }',
            { s: vgg.id, b: s },
            editor,
          ),
      },
      {
        group: 'injection: requestChanges by editor',
        name: `#${i}`,
        run: () =>
          gql(
            'mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { id } }',
            { id: bel.id, c: s },
            editor,
          ),
      },
    ]);
    await runBatch(hostileInIdentifiers);

    // 8. Invalid numbers, as variables and as literals.
    const indicator = (over: Record<string, unknown>) => ({
      name: 'Показатель',
      unit: '%',
      baselineYear: 2020,
      baselineValue: 40,
      targets: [{ year: 2030, value: 90 }],
      ...over,
    });
    const withIndicator = (over: Record<string, unknown>) => ({
      s: bel.id,
      v: bel.version,
      input: goalInput({ indicators: [indicator(over)] }),
    });
    const rawAddGoal = (indicatorLiteral: string, version = String(bel.version)) =>
      post(
        `{"query": ${JSON.stringify(`mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }`)}, "variables": {"s": "${bel.id}", "v": ${version}, "input": {"horizon": "Y2030", "sectorCode": "healthcare", "title": "Числа", "indicators": [${indicatorLiteral}]}}}`,
        { authorization: `Bearer ${editor}` },
      );
    const literal = (value: string) =>
      gql(
        `mutation { addGoal(strategyId: "${bel.id}", version: ${bel.version}, input: { horizon: Y2030, sectorCode: "healthcare", title: "Числа", indicators: [{ name: "x", unit: "%", baselineYear: 2020, baselineValue: ${value}, targets: [{ year: 2030, value: 90 }] }] }) { id } }`,
        undefined,
        editor,
      );
    await runBatch([
      ...['NaN', 'Infinity', '-Infinity', '1e309', '"40"', 'null', 'true', '[]', '{}', '"0x10"'].map((v) => ({
        group: 'number: baselineValue (JSON)',
        name: v,
        run: () =>
          rawAddGoal(
            `{"name": "x", "unit": "%", "baselineYear": 2020, "baselineValue": ${v}, "targets": [{"year": 2030, "value": 90}]}`,
          ),
      })),
      ...['1e309', '-1e309', 'NaN', '"40"', '0x10', '4_0'].map((v) => ({
        group: 'number: baselineValue (literal)',
        name: v,
        run: () => literal(v),
      })),
      ...['2020.5', '99999999999', '-1e309', '"2020"', 'NaN'].map((v) => ({
        group: 'number: baselineYear',
        name: v,
        run: () =>
          rawAddGoal(
            `{"name": "x", "unit": "%", "baselineYear": ${v}, "baselineValue": 40, "targets": [{"year": 2030, "value": 90}]}`,
          ),
      })),
      ...['-1', '1.5', '2147483648', '"1"', 'null', '1e309'].map((v) => ({
        group: 'number: version',
        name: v,
        run: () =>
          rawAddGoal(
            `{"name": "x", "unit": "%", "baselineYear": 2020, "baselineValue": 40, "targets": [{"year": 2030, "value": 90}]}`,
            v,
          ),
      })),
      {
        group: 'number: impossible',
        name: 'percentage 150',
        run: () => gql(addGoal, withIndicator({ targets: [{ year: 2030, value: 150 }] }), editor),
      },
      {
        group: 'number: impossible',
        name: 'percentage -5',
        run: () => gql(addGoal, withIndicator({ baselineValue: -5 }), editor),
      },
      {
        group: 'number: impossible',
        name: 'target year before baseline',
        run: () =>
          gql(
            addGoal,
            withIndicator({
              targets: [
                { year: 2030, value: 90 },
                { year: 2019, value: 10 },
              ],
            }),
            editor,
          ),
      },
      {
        group: 'number: impossible',
        name: 'duplicate target year',
        run: () =>
          gql(
            addGoal,
            withIndicator({
              targets: [
                { year: 2030, value: 90 },
                { year: 2030, value: 91 },
              ],
            }),
            editor,
          ),
      },
      {
        group: 'number: impossible',
        name: 'no target for the horizon year',
        run: () => gql(addGoal, withIndicator({ targets: [{ year: 2024, value: 60 }] }), editor),
      },
      {
        group: 'number: impossible',
        name: 'INCREASE falling below baseline',
        run: () => gql(addGoal, withIndicator({ direction: 'INCREASE', targets: [{ year: 2030, value: 10 }] }), editor),
      },
    ]);

    // 9. Unknown enums.
    await runBatch([
      ...['Y2099', 'y2030', '2030', '', 'Y2030; DROP TABLE goals'].map((h) => ({
        group: 'unknown enum: horizon',
        name: h,
        run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ horizon: h }) }, editor),
      })),
      ...['SIDEWAYS', 'increase', ''].map((d) => ({
        group: 'unknown enum: direction',
        name: d,
        run: () => gql(addGoal, withIndicator({ direction: d }), editor),
      })),
      {
        group: 'unknown enum: literal',
        name: 'horizon as a string literal',
        run: () =>
          gql(
            `mutation { addGoal(strategyId: "${bel.id}", version: ${bel.version}, input: { horizon: "Y2030", sectorCode: "healthcare", title: "x" }) { id } }`,
            undefined,
            editor,
          ),
      },
      {
        group: 'unknown enum: query',
        name: 'goals(horizon: Y1999)',
        run: () => gql(`{ strategy(id: "${bel.id}") { goals(horizon: Y1999) { id } } }`, undefined, editor),
      },
    ]);

    // 10. Cross-region and cross-role IDs.
    await runBatch([
      {
        group: 'cross-region',
        name: 'editor creates another region’s strategy',
        run: () => gql('mutation { createStrategy(regionCode: "RU-MOW") { id } }', undefined, editor),
      },
      {
        group: 'cross-region',
        name: 'editor adds a goal to an approved foreign strategy',
        run: () => gql(addGoal, { s: tul.id, v: 1, input: goalInput() }, editor),
      },
      {
        group: 'cross-region',
        name: 'editor updates a foreign goal',
        run: () =>
          gql(
            'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
            { id: foreignGoalId, v: vgg.version, input: goalInput() },
            editor,
          ),
      },
      {
        group: 'cross-region',
        name: 'editor deletes a foreign goal',
        run: () =>
          gql(
            'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
            { id: tul.goalId, v: 1 },
            editor,
          ),
      },
      {
        group: 'cross-region',
        name: 'foreign goal as parent',
        run: () =>
          gql(
            addGoal,
            { s: bel.id, v: bel.version, input: goalInput({ horizon: 'Y2024', parentId: tul.goalId }) },
            editor,
          ),
      },
      {
        group: 'cross-region',
        name: 'editor submits a foreign strategy',
        run: () =>
          gql(
            'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
            { id: vgg.id, v: vgg.version },
            editor,
          ),
      },
      {
        group: 'cross-region',
        name: 'editor sets a foreign strategy’s sectors',
        run: () =>
          gql(
            'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare"]) { id } }',
            { s: vgg.id, v: vgg.version },
            editor,
          ),
      },
      {
        group: 'cross-role',
        name: 'editor approves',
        run: () => gql('mutation($id: ID!) { approveStrategy(id: $id) { id } }', { id: bel.id }, editor),
      },
      {
        group: 'cross-role',
        name: 'reviewer sets sectors',
        run: () =>
          gql(
            'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare"]) { id } }',
            { s: bel.id, v: bel.version },
            reviewer,
          ),
      },
      {
        group: 'cross-role',
        name: 'reviewer approves a draft',
        run: () => gql('mutation($id: ID!) { approveStrategy(id: $id) { id } }', { id: bel.id }, reviewer),
      },
      {
        group: 'cross-role',
        name: 'anonymous comment',
        run: () => gql('mutation($s: ID!) { addComment(strategyId: $s, body: "hi") { id } }', { s: tul.id }),
      },
      {
        group: 'cross-region',
        name: 'random UUID strategy',
        run: () => gql(addGoal, { s: randomUUID(), v: 1, input: goalInput() }, editor),
      },
      {
        group: 'cross-region',
        name: 'goal id as strategy id',
        run: () => gql(addGoal, { s: tul.goalId, v: 1, input: goalInput() }, admin),
      },
    ]);

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
