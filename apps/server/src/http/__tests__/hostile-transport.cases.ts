import { randomBytes, randomUUID } from 'node:crypto';
import { GRAPHQL_LIMITS } from '../graphql-limits';
import { type Case, type HostileContext } from './hostile-cases';

/**
 * Hostile requests at the transport: malformed JSON and envelopes, wrong content types and methods, oversized bodies,
 * depth/alias/directive/token/fragment bombs, batched floods, and forged, malformed, expired or revoked credentials
 * (sections 1–6 of the hostile-input suite). One list of cases per batch; the suite runs each and checks health.
 */
export function transportBatches(ctx: HostileContext): Case[][] {
  const { t, bel, expiredToken, revokedToken, post, outcome, gql } = ctx;
  const batches: Case[][] = [];

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
  batches.push(
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
  batches.push([
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
  batches.push(
    [1.1, 2, 8].map((mb) => ({
      group: 'oversized body',
      name: `${mb} MB`,
      run: () =>
        post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(Math.round(mb * 1024 * 1024)) } })),
    })),
  );

  // 4. Depth, alias, directive, token and fragment bombs.
  const deep = (n: number) => `{ me ${'{ region { strategy '.repeat(n)}{ id ${'} } '.repeat(n)}} }`;
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { code strategy { goals { title } } }`).join(' ')} }`;
  batches.push([
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
  batches.push(
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
  batches.push([
    ...forged.map((token) => ({
      group: 'forged token',
      name: `Bearer ${token.slice(0, 30)}`,
      run: () => post(JSON.stringify({ query: createMow }), { authorization: `Bearer ${token}` }),
    })),
    ...forged.slice(0, 5).map((token) => ({
      group: 'forged cookie',
      name: `cookie ${token.slice(0, 30)}`,
      run: () => post(JSON.stringify({ query: createMow }), { cookie: `tsifra_session=${encodeURIComponent(token)}` }),
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
  return batches;
}
