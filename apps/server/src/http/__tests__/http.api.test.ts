import { Writable } from 'node:stream';
import { startTestServer, DEMO_PASSWORD, type TestServer } from '../../testing/test-server';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

/** The raw sign-in response (its Set-Cookie is under test). */
const signIn = (t: TestServer, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { e: 'reviewer@tsifra.test', p: DEMO_PASSWORD } }),
  });

describe('HTTP hygiene', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { CORS_ORIGINS: 'https://partner.example.org' } });
  });
  afterAll(() => t.stop());

  describe('CSRF prevention (Apollo csrfPrevention)', () => {
    it('refuses a GET query without a preflight-forcing header', async () => {
      const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF|preflight/i);
    });

    it('answers a GET query that carries apollo-require-preflight', async () => {
      const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ sectors { code } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { sectors: unknown[] } }).data.sectors.length).toBeGreaterThan(0);
    });

    it('never runs a mutation sent by GET', async () => {
      const q = encodeURIComponent('mutation { logout }');
      const res = await fetch(`${t.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(405);
    });

    it.each([
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"mutation { logout }"}\r\n--x--',
      ],
      ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20logout%20%7D'],
      ['text/plain', '{"query":"mutation { logout }"}'],
    ])('refuses a simple-request POST with %s (415, nothing runs)', async (contentType, body) => {
      const res = await t.fetchRaw(body, contentType);
      expect(res.status).toBe(415);
      expect(JSON.parse(res.body).errors[0].extensions).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        requestId: expect.any(String),
      });
    });

    it('answers a JSON POST', async () => {
      const res = await t.gql('{ sectors { code } }');
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('bodies', () => {
    it('refuses a body over 1 MB with 413 and a code', async () => {
      const res = await t.fetchRaw(
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
      );
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('accepts a body just under 1 MB', async () => {
      const res = await t.fetchRaw(
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(900_000) } }),
      );
      expect(res.status).toBe(200);
    });

    it('refuses malformed JSON with 400 and a code', async () => {
      const res = await t.fetchRaw('{"query": "{ __typename }"');
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('headers', () => {
    it('sends security headers with a same-origin CSP that allows the IDE workers', async () => {
      const res = await fetch(`${t.url}/health`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toBeNull(); // plain HTTP outside production
    });

    it('sends the same security headers on a GraphQL answer, with its exact length and no ETag', async () => {
      const health = await fetch(`${t.url}/health`);
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'headers-1', 'accept-encoding': 'identity' },
        body: '{"query":"{ sectors { code name } }"}',
      });
      expect(res.status).toBe(200);
      for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy'])
        expect(res.headers.get(name)).toBe(health.headers.get(name));
      expect(res.headers.get('x-request-id')).toBe('headers-1');
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      expect(JSON.parse(body.toString('utf8')).data.sectors.length).toBeGreaterThan(0);
      expect(res.headers.get('etag')).toBeNull(); // a POST answer is never revalidated: no hashing of every body
    });

    it('compresses a large GraphQL answer only for a client that accepts it', async () => {
      const query = JSON.stringify({ query: '{ regions { code name nameEn federalDistrict } }' });
      const post = (headers: Record<string, string>) =>
        fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: query,
        });
      // fetch asks for gzip by default and inflates the body itself.
      const gz = await post({});
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(((await gz.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(85);
      const plain = await post({ 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(((await plain.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(85);
    });

    it('gives no CORS permission to an unknown origin', async () => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('gives CORS permission to an origin in CORS_ORIGINS', async () => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    });
  });

  describe('session cookie', () => {
    it('is HttpOnly and SameSite=Lax, without Secure in local development', async () => {
      const res = await signIn(t);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/tsifra_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).not.toMatch(/Secure/i);
    });
  });
});

describe('outside local development', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { NODE_ENV: 'production', RATE_LIMIT_ENABLED: 'false' } });
  });
  afterAll(() => t.stop());

  it('sets the Secure flag on the session cookie and HSTS', async () => {
    const res = await signIn(t);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('rate limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { RATE_LIMIT_IP_PER_MINUTE: '40', RATE_LIMIT_USER_PER_MINUTE: '10' } });
  });
  afterAll(() => t.stop());

  it('limits a signed-in user (429, RATE_LIMITED, Retry-After), then the IP', async () => {
    const token = await t.login('editor.bel@tsifra.test');
    const user = [];
    for (let i = 0; i < 12; i++) user.push(await t.gql('{ me { email } }', undefined, token));
    expect(user.slice(0, 10).every((r) => r.status === 200 && !r.errors)).toBe(true);
    expect(user[10]!.status).toBe(429);
    expect(user[10]!.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: expect.any(String) });

    // Anonymous requests still pass until the IP's budget (40 per minute) is spent.
    const anon = [];
    for (let i = 0; i < 30; i++)
      anon.push(
        await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
      );
    const statuses = anon.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBe(40 - 13); // 1 login + 12 user requests already counted
    const refused = anon.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'RATE_LIMITED',
    );
    // The health check is outside the limits.
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });
});

describe('structured logs', () => {
  it('writes one JSON line per request with its id and no secrets', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const t = await startTestServer({ env: { LOG_LEVEL: 'info' }, serverOptions: { logDestination: destination } });
    try {
      const res = await signIn(t, { 'x-request-id': 'log-me-1' });
      const token = res.headers.get('x-session-token')!;
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          cookie: `tsifra_session=${token}`,
          'x-request-id': 'log-me-2',
        },
        body: '{"query":"{ me { id } }"}',
      });
      const entries = lines.map(
        (l) =>
          JSON.parse(l) as {
            req?: { id: string; headers: Record<string, string> };
            res?: { statusCode: number };
            responseTime?: number;
          },
      );
      const first = entries.find((e) => e.req?.id === 'log-me-1');
      const second = entries.find((e) => e.req?.id === 'log-me-2');
      expect(first).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
      expect(second?.req?.headers.authorization).toBe('[redacted]');
      expect(second?.req?.headers.cookie).toBe('[redacted]');
      const all = lines.join('\n');
      expect(all).not.toContain(token);
      expect(all).not.toContain(DEMO_PASSWORD);
    } finally {
      await t.stop();
    }
  });
});
