import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../../testing/test-server';

/** The national read of the batching test: every region's strategy, goals three levels deep, indicators and values. */
const NATIONAL_READ = `{ regions { code name federalDistrict strategy { status sectors { code } goals(horizon: Y2030) { title sector { code }
  children { title horizon children { title horizon indicators { name targets { year value } } }
  indicators { name baselineValue targets { year value } actuals { year value } } } } } } }`;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they travelled, before any decoding. */
  body: Buffer;
}

/** A request through node:http, which (unlike fetch) neither asks for nor decodes compression on its own. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const decode = (r: RawResponse) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

describe('compression', () => {
  let t: TestServer;
  let webDist: string;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `слово ${i}`))};\n`;
  const hashed = '/assets/main-AbC123_x.js';

  beforeAll(async () => {
    // A built web app in miniature: a hashed script with the build's precompressed copies, and the app shell.
    webDist = mkdtempSync(join(tmpdir(), 'tsifra-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, hashed), script);
    writeFileSync(join(webDist, `${hashed}.br`), brotliCompressSync(script));
    writeFileSync(join(webDist, `${hashed}.gz`), gzipSync(script));
    writeFileSync(
      join(webDist, 'index.html'),
      `<!doctype html><title>Цифра</title><script type="module" src="${hashed}"></script>`,
    );
    t = await startTestServer({ webDist });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
  ])('sends the precompressed script to a client accepting %s as %s, cached as immutable', async (accept, encoding) => {
    const res = await raw(`${t.url}${hashed}`, { headers: { 'accept-encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(script.length / 3);
    expect(decode(res).toString()).toBe(script);
  });

  it('sends the script as it is to a client that accepts no compression', async () => {
    const res = await raw(`${t.url}${hashed}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.toString()).toBe(script);
    const none = await raw(`${t.url}${hashed}`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(script);
  });

  it('has the app shell revalidated on every load and refuses paths outside the build', async () => {
    for (const path of ['/', '/regions/RU-TUL', '/index.html']) {
      const res = await raw(`${t.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.toString()).toContain('<title>Цифра</title>');
    }
    const escape = await raw(`${t.url}/assets/..%2f..%2fetc%2fpasswd`, { headers: { 'accept-encoding': 'br' } });
    expect(escape.body.toString()).not.toContain('root:');
  });

  it('compresses the national read on the wire, and answers uncompressed to a client that does not ask', async () => {
    const post = (accept?: string) =>
      raw(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { 'accept-encoding': accept } : {}) },
        body: JSON.stringify({ query: NATIONAL_READ }),
      });
    const plain = await post();
    const br = await post('gzip, deflate, br');
    const gzip = await post('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode(br).toString()).data).toEqual(JSON.parse(plain.body.toString()).data);
    expect(JSON.parse(decode(gzip).toString()).data).toEqual(JSON.parse(plain.body.toString()).data);
    expect(JSON.parse(plain.body.toString()).data.regions).toHaveLength(85);
    // The figure quoted in the closing note of issue 17.
    process.stdout.write(
      `national read: ${plain.body.length} B plain, ${gzip.body.length} B gzip (${(plain.body.length / gzip.body.length).toFixed(1)}×), ${br.body.length} B brotli (${(plain.body.length / br.body.length).toFixed(1)}×)\n`,
    );
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
  });

  it('leaves small answers uncompressed (below the 1 KB threshold)', async () => {
    const res = await raw(`${t.url}/health`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString()).status).toBe('ok');
  });
});
