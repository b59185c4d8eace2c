import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type TypeNode,
} from 'graphql';
import { buildTsifraSchema } from '../../graphql/schema';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { COST_BUDGETS, operationCost } from '../cost-budget';
import { estimateNodes, GRAPHQL_LIMITS, graphqlLimits } from '../graphql-limits';

/** The national nested query the README promises will always pass. */
const NATIONAL_QUERY = `{ regions { code name federalDistrict strategy { status goals(horizon: Y2030) { title children { title horizon children { title } indicators { name baselineValue targets { year value } } } } } } }`;
/** The richer national query of the batching test (estimated at 640 220 objects). */
const RICH_NATIONAL_QUERY = `{ regions { code name federalDistrict strategy { status sectors { code } goals(horizon: Y2030) { title sector { code }
  children { title horizon children { title horizon indicators { name targets { year value } } }
  indicators { name baselineValue targets { year value } actuals { year value } } } } } } }`;

/** `me { region { strategy { region { strategy … } } } } }`: single objects, so only the depth grows. */
const nest = (depth: number) => `{ me ${'{ region { strategy '.repeat(depth)}{ id ${'} } '.repeat(depth)}} }`;

describe('GraphQL limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('lets the national nested query through', async () => {
    const res = await t.gql(NATIONAL_QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data.regions).toHaveLength(85);
  });

  it('lets the GraphiQL introspection query through', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} with QUERY_TOO_DEEP`, async () => {
    const ok = await t.gql(nest(4)); // depth 10
    expect(ok.errors).toBeUndefined();
    const res = await t.gql(nest(5)); // depth 12
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(res.errors?.[0]?.message).toBe(`Query too deep: 12 levels, the limit is ${GRAPHQL_LIMITS.maxDepth}.`);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: sectors { code }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(res.errors?.[0]?.message).toMatch(/^Too many aliases: 50, the limit is 15\.$/);
  });

  it('lets the richer national query through', async () => {
    const res = await t.gql(RICH_NATIONAL_QUERY);
    expect(res.errors).toBeUndefined();
  });

  it("lets the benchmark's federal read through (every region's whole tree with indicators and targets)", async () => {
    const goal = 'id horizon title indicators { name unit targets { year value } }';
    const res = await t.gql(
      `{ regions { code name federalDistrict strategy { status goals { ${goal} children { ${goal} children { ${goal} } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeDefined();
  });

  it('refuses the rich national query aliased four times as too many objects (QUERY_TOO_COMPLEX) or too costly', async () => {
    const inner = RICH_NATIONAL_QUERY.trim().slice(1, -1).trim();
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `n${i}: ${inner}`).join(' ')} }`;
    const res = await t.gql(query);
    expect(res.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COSTLY']).toContain(res.errors?.[0]?.extensions?.code);
    for (const error of res.errors ?? []) expect(error.message).not.toMatch(/Syntax Error/);
    expect(res.data).toBeUndefined();
  });

  it('refuses a query over the list-aware node estimate even when depth and aliases are within limits', async () => {
    const part =
      'regions { strategy { goals { children { children { indicators { targets { year } actuals { year } } } } } } }';
    const res = await t.gql(`{ a: ${part} b: ${part} c: ${part} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions?.maxNodes).toBe(GRAPHQL_LIMITS.maxNodes);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, async () => {
    const res = await t.gql(`{ sectors { code ${'@include(if: true) '.repeat(30)} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxTokens} tokens`, async () => {
    const res = await t.gql(`{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 10)} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
  });

  it('refuses batched (array) bodies', async () => {
    const res = await t.fetchRaw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBeDefined();
  });

  it('puts the request id on every error, matching the X-Request-Id header', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'quote-me-123' },
      body: JSON.stringify({ query: '{ strategy(id: "00000000-0000-0000-0000-000000000000") { id } nope }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('quote-me-123');
    const body = (await res.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) expect(error.extensions.requestId).toBe('quote-me-123');

    const generated = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ nope }"}',
    });
    const id = generated.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      ((await generated.json()) as { errors: { extensions: { requestId: string } }[] }).errors[0]!.extensions.requestId,
    ).toBe(id);
  });

  it('suggests field names outside production', async () => {
    const res = await t.gql('{ sector { code } }');
    expect(res.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe('GraphQL limits in production', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { NODE_ENV: 'production', COOKIE_SECURE: 'false', RATE_LIMIT_ENABLED: 'false' } });
  });
  afterAll(() => t.stop());

  it('does not suggest field names', async () => {
    const res = await t.gql('{ sector { code } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean|sectors/);
    expect(res.errors?.[0]?.extensions?.requestId).toBeDefined();
  });

  it('masks unexpected errors: no stack, no SQL, but a code and the request id', async () => {
    // An unparsable id reaches the database as a malformed UUID on PostgreSQL; whatever fails, nothing leaks.
    const res = await t.gql('{ strategy(id: "x\' OR 1=1 --") { id } }');
    for (const error of res.errors ?? []) {
      expect(error.extensions?.code).toBeDefined();
      expect(error.extensions?.requestId).toBeDefined();
      expect(error.extensions?.stacktrace).toBeUndefined();
      expect(JSON.stringify(error)).not.toMatch(/SELECT|QueryFailedError|invalid input syntax|at .*\.js/);
    }
  });
});

describe('the web app’s own operations', () => {
  it('all pass every limit (depth, cost, aliases, directives, tokens, objects)', async () => {
    const generated = join(__dirname, '..', '..', '..', '..', 'web', 'src', 'gql', 'graphql.ts');
    expect(existsSync(generated)).toBe(true);
    const documents = [
      ...readFileSync(generated, 'utf8').matchAll(/export const (\w+Document) = (\{.*?\}) as unknown as DocumentNode/g),
    ];
    expect(documents.length).toBeGreaterThan(0);
    const schema = await buildTsifraSchema();
    const limits = graphqlLimits({ production: true });
    const costs: [string, number][] = [];
    for (const [, name, json] of documents) {
      const document = parse(print(JSON.parse(json!) as DocumentNode), limits.parseOptions);
      const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
      let nodes = 0;
      try {
        nodes = estimateNodes(schema, document, sampleVariables(document));
      } catch {
        // An input-object variable the sampler cannot fake: a mutation, whose result is a handful of objects.
        expect(print(document)).toMatch(/^mutation/m);
      }
      expect({ name, withinLimit: nodes <= GRAPHQL_LIMITS.maxNodes }).toEqual({ name, withinLimit: true });
      costs.push([name!, operationCost(nodes)]);
    }
    // A page of the web app never costs more than a twentieth of an anonymous minute: browsing is never rate limited.
    costs.sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      `costliest web operations: ${costs
        .slice(0, 5)
        .map(([n, c]) => `${n} ${c}`)
        .join(', ')}\n`,
    );
    expect(costs[0]![1]).toBeLessThanOrEqual(COST_BUDGETS.anonymous / 20);
  });
});

/** Plausible values for an operation's variables (only their types matter to the estimate). */
function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  const isList = (type: TypeNode): boolean =>
    type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));
  const sample: Record<string, unknown> = {
    Int: 1,
    Float: 1,
    Boolean: false,
    String: 'RU-TUL',
    ID: '00000000-0000-0000-0000-000000000000',
  };
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (v.type.kind !== Kind.NON_NULL_TYPE) continue;
      const value = sample[named(v.type)] ?? 'Y2030';
      variables[v.variable.name.value] = isList(v.type) ? [value] : value;
    }
  }
  return variables;
}
