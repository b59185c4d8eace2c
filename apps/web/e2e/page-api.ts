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

/** Signs in through the form, as a person does (`/login?next=…`, Enter in the password field), and waits for `next`. */
export async function signInWithForm(page: Page, app: App, email: string, next: string): Promise<void> {
  await page.goto(`${app.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo-password');
  await page.getByLabel('Пароль').press('Enter');
  await page.waitForURL(`${app.url}${next}`);
}
