import type { Page } from 'playwright-core';
import type { App } from './harness';

export type Vars = Record<string, unknown>;

/** GraphQL in the page's own browser context, so it carries (or sets) that context's session cookie. */
export async function gql<T>(app: App, page: Page, query: string, variables: Vars = {}): Promise<T> {
  const res = await page.request.post(`${app.url}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Waits until `read()` returns `expected` (the server state a UI action leads to). */
export async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`still ${String(last)}, expected ${String(expected)}`);
}
