import type { BrowserContext, Page, Response } from 'playwright-core';
import { startApp, type App } from './harness';

/**
 * What a cold visit costs (issues 16 and 18): the bytes the browser transfers for the landing page and the
 * strategy editor with an empty cache, that static JavaScript is served compressed, and that the editor's
 * first paint waits on no GraphQL request that waits on another (no waterfall).
 */

const EDITOR = { email: 'editor.bel@tsifra.test', path: '/regions/RU-BEL/edit', title: /^Редактор стратегии/ };

async function signIn(context: BrowserContext, app: App) {
  const res = await context.request.post(`${app.url}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: EDITOR.email, p: 'demo-password' },
    },
  });
  expect(res.ok()).toBe(true);
}

interface Transfer {
  total: number;
  js: number;
  graphql: number;
  requests: number;
}

/** Bytes on the wire (headers and bodies, after content-encoding) for everything the page fetched so far. */
async function transferred(page: Page): Promise<Transfer> {
  return page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    const sum = (list: PerformanceResourceTiming[]) => list.reduce((s, e) => s + e.transferSize, 0);
    return {
      total: sum(entries),
      js: sum(entries.filter((e) => e.name.endsWith('.js'))),
      graphql: sum(entries.filter((e) => e.name.includes('/graphql'))),
      requests: entries.length,
    };
  });
}

/**
 * Holds every GraphQL answer back, from the first GraphQL request until the page has been quiet (no request started
 * or finished) for `quietMs`, then lets them all through. A request sent during the hold waited on no GraphQL answer;
 * one sent after it may have.
 */
function holdGraphql(page: Page, quietMs: number) {
  const sentDuringHold: string[] = [];
  const sentAfter: string[] = [];
  const held: Array<() => void> = [];
  let released = false;
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    released = true;
    for (const go of held.splice(0)) go();
  };
  const quiet = () => {
    if (released || held.length === 0) return;
    clearTimeout(timer);
    timer = setTimeout(release, quietMs);
  };
  page.on('request', quiet);
  page.on('requestfinished', quiet);
  void page.route('**/graphql', async (route) => {
    const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName ?? '?';
    if (released) {
      sentAfter.push(operation);
      return route.continue();
    }
    sentDuringHold.push(operation);
    const answer = new Promise<void>((resolve) => held.push(resolve));
    quiet();
    await answer;
    return route.continue();
  });
  return { sentDuringHold, sentAfter, stop: () => clearTimeout(timer) };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe('first load', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('serves static JavaScript compressed and reports the cold-load bytes of the landing page and the editor', async () => {
    const landing = await app.newPage();
    const scripts: Response[] = [];
    landing.on('response', (res) => {
      if (new URL(res.url()).pathname.endsWith('.js')) scripts.push(res);
    });
    await landing.goto(`${app.url}/`, { waitUntil: 'networkidle' });
    await landing.getByRole('heading', { level: 1 }).first().waitFor();
    const landingBytes = await transferred(landing);

    // Every script worth compressing (the build leaves files under 1 KiB as they are) comes brotli- or gzip-encoded.
    const encodings = [];
    for (const res of scripts)
      if ((await res.body()).length >= 1024) encodings.push([res.url(), res.headers()['content-encoding'] ?? 'none']);
    expect(encodings.length).toBeGreaterThan(2);
    for (const [url, encoding] of encodings)
      expect([url, encoding]).toEqual([url, expect.stringMatching(/^(br|gzip)$/)]);

    const editor = await app.newPage();
    await signIn(editor.context(), app);
    await editor.goto(`${app.url}${EDITOR.path}`, { waitUntil: 'networkidle' });
    await editor.getByRole('heading', { name: EDITOR.title }).waitFor();
    const editorBytes = await transferred(editor);

    // Printed for the closing note (cold cache, own context each).
    process.stdout.write(
      `cold load: landing ${kb(landingBytes.total)} (JS ${kb(landingBytes.js)}, GraphQL ${kb(landingBytes.graphql)}, ` +
        `${landingBytes.requests} requests); editor ${kb(editorBytes.total)} (JS ${kb(editorBytes.js)}, ` +
        `GraphQL ${kb(editorBytes.graphql)}, ${editorBytes.requests} requests)\n`,
    );
    // Compressed, the landing page's JavaScript is well under its uncompressed size (~850 KB before compression).
    expect(landingBytes.js).toBeGreaterThan(0);
    expect(landingBytes.js).toBeLessThan(250_000);
    await landing.context().close();
    await editor.context().close();
  });

  it("sends the editor's query and the session query together: neither waits on the other's answer", async () => {
    const page = await app.newPage();
    await signIn(page.context(), app);
    // The heading shows once the signed-in guard has the session (MeQuery) and the editor has its data
    // (EditorRouteQuery). Before the change the editor's code was fetched, and its query sent, only after the
    // session had answered: me → editor, a waterfall on every cold open.
    const graphql = holdGraphql(page, 3000);
    await page.goto(`${app.url}${EDITOR.path}`);
    await page.getByRole('heading', { name: EDITOR.title }).waitFor();
    graphql.stop();
    process.stdout.write(
      `editor GraphQL: sent before any answer: ${graphql.sentDuringHold.join(', ')}; ` +
        `sent after an answer: ${graphql.sentAfter.join(', ') || 'none'}\n`,
    );
    expect(graphql.sentDuringHold).toEqual(expect.arrayContaining(['MeQuery', 'EditorRouteQuery']));
    await page.context().close();
  });
});
