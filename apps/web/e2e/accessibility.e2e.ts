import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './axe';
import { startApp, type App } from './harness';

/** Every page of the app (the GraphQL IDE excluded), as each role sees it. */
const PUBLIC_PAGES: [string, string][] = [
  ['overview table', '/'],
  ['overview map', '/?view=map'],
  ['region', '/regions/RU-BEL'],
  ['GosTech summary', '/gostech'],
  ['sign-in', '/login'],
];

/**
 * Known exception, reported to the lead: a map tile shows the region code («BEL») while its name is
 * «Белгородская область: Черновик» (axe's experimental label-content-name-mismatch, WCAG 2.5.3).
 * The fix — a name that starts with the code — changes the tile name a pre-existing browser test
 * asserts exactly, so it waits for that decision. Only the map page skips only this rule.
 */
const MAP_EXCEPTION = { disableRules: ['label-content-name-mismatch'] };

const ROLE_PAGES: Record<string, { email: string; pages: [string, string][] }> = {
  editor: {
    email: 'editor.bel@tsifra.test',
    pages: [
      ['editor', '/regions/RU-BEL/edit'],
      ['GosTech plan', '/regions/RU-BEL/gostech'],
      ['account', '/account/tokens'],
      ['review (own region)', '/regions/RU-BEL/review'],
    ],
  },
  reviewer: {
    email: 'reviewer@tsifra.test',
    pages: [
      ['review', '/regions/RU-BEL/review'],
      ['GosTech plan', '/regions/RU-BEL/gostech'],
      ['GosTech summary', '/gostech'],
      ['account', '/account/tokens'],
    ],
  },
  admin: {
    email: 'admin@tsifra.test',
    pages: [
      ['users', '/admin/users'],
      ['editor', '/regions/RU-BEL/edit'],
      ['review', '/regions/RU-BEL/review'],
      ['GosTech plan', '/regions/RU-BEL/gostech'],
      ['account', '/account/tokens'],
    ],
  },
};

// A shared 2-core machine runs these: generous per-test limits, the page itself decides when it is ready.
const PER_ROLE_MS = 300_000;

/** The page has rendered its h1 and nothing is loading any more. */
async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  await page
    .locator('.loading, [aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
}

async function signIn(page: Page, app: App, email: string) {
  await page.goto(`${app.url}/login`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo-password');
  await page.getByLabel('Пароль').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('accessibility: axe-core finds no serious or critical violation on any page, in any role', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(() => app?.stop());

  it(
    'anonymous visitor',
    async () => {
      const page = await app.newPage();
      for (const [name, path] of PUBLIC_PAGES) {
        await page.goto(`${app.url}${path}`);
        await settle(page);
        await expectNoSeriousA11yViolations(
          page,
          `anonymous · ${name}`,
          path.includes('view=map') ? MAP_EXCEPTION : {},
        );
      }
    },
    PER_ROLE_MS,
  );

  for (const [role, { email, pages }] of Object.entries(ROLE_PAGES)) {
    it(
      `${role}`,
      async () => {
        const page = await app.newPage();
        await signIn(page, app, email);
        for (const [name, path] of pages) {
          await page.goto(`${app.url}${path}`);
          await settle(page);
          await expectNoSeriousA11yViolations(page, `${role} · ${name}`);
        }
      },
      PER_ROLE_MS,
    );
  }

  it(
    'the submit confirmation dialog: focus on Cancel, no violation inside',
    async () => {
      const page = await app.newPage();
      await signIn(page, app, 'editor.bel@tsifra.test');
      await page.goto(`${app.url}/regions/RU-BEL/edit`);
      await settle(page);
      await page.getByRole('button', { name: 'Подать на проверку' }).click();
      const dialog = page.getByRole('dialog', { name: 'Подать редакцию 1 на проверку?' });
      await dialog.waitFor();
      // The safe choice has the focus: Enter twice never submits by accident.
      expect(await dialog.getByRole('button', { name: 'Отмена' }).evaluate((el) => el === document.activeElement)).toBe(
        true,
      );
      await expectNoSeriousA11yViolations(page, 'editor · submit dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    },
    PER_ROLE_MS,
  );
});
