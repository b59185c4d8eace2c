import { startApp, type App } from './harness';

describe('a visitor on the overview', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('sees all 85 regions, opens one and reads its 2030 goals, with no request leaving the machine', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(85);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/85/);

    await page.getByRole('link', { name: 'Тульская область' }).click();
    await page.getByRole('heading', { name: 'Цели по отраслям' }).waitFor();
    const goals2030 = page.getByRole('region', { name: 'Цели до 2030 года' });
    expect(await goals2030.count()).toBeGreaterThan(0);
    await expect(goals2030.first().textContent()).resolves.toMatch(/Цифровое|цифров/i);
    expect(page.url()).toBe(`${app.url}/regions/RU-TUL`);
    expect(app.externalRequests).toEqual([]);
  });

  it('filters by federal district', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByLabel('Федеральный округ').selectOption({ label: 'Уральский федеральный округ' });
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 6);
    await expect(page.locator('table tbody').textContent()).resolves.toContain('Ханты-Мансийский');
  });

  it('switches to English', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('table tbody tr').first().waitFor();
    await page
      .getByRole('button', { name: /english|EN/i })
      .first()
      .click();
    await page.getByRole('link', { name: 'Tula Oblast' }).waitFor();
  });

  it('serves a working GraphQL IDE on GET /graphql, all from this server', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30000 });
    expect(await page.title()).toMatch(/GraphQL|GraphiQL|Цифра/i);
    expect(app.externalRequests).toEqual([]);
  });
});
