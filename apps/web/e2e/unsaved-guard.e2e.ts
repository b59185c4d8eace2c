import type { BrowserContext } from 'playwright-core';
import { startApp, type App } from './harness';

/**
 * The editor's unsaved-changes guard on the declarative router (issue 16 dropped the data router and its useBlocker):
 * a header link and the browser's back button both ask before unsaved input is lost, and «Уйти» goes where the user
 * was going.
 */

async function signIn(context: BrowserContext, app: App) {
  const res = await context.request.post(`${app.url}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: 'editor.bel@tsifra.test', p: 'demo-password' },
    },
  });
  expect(res.ok()).toBe(true);
}

describe('unsaved changes', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('holds a link and the back button while a goal is being typed, and leaves when told to', async () => {
    const page = await app.newPage();
    await signIn(page.context(), app);
    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Моя стратегия' }).click();
    await page.getByRole('heading', { name: 'Редактор стратегии: Белгородская область' }).waitFor();
    const editorUrl = `${app.url}/regions/RU-BEL/edit`;
    expect(page.url()).toBe(editorUrl);

    const health = page.getByRole('region', { name: /^Здравоохранение/ });
    await health.getByRole('button', { name: 'Добавить цель в отрасль «Здравоохранение»' }).click();
    await health.getByLabel('Формулировка цели').fill('Не сохранённая цель');

    const dialog = page.getByRole('alertdialog', { name: 'Есть несохранённые изменения' });
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Рейтинг' }).click();
    await dialog.waitFor();
    expect(page.url()).toBe(editorUrl);
    await page.getByRole('button', { name: 'Остаться и сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await health.getByLabel('Формулировка цели').inputValue()).toBe('Не сохранённая цель');

    // Back: the browser has already moved; the guard moves it back and asks.
    await page.goBack();
    await dialog.waitFor();
    await page.waitForURL(editorUrl);
    expect(await health.getByLabel('Формулировка цели').inputValue()).toBe('Не сохранённая цель');
    await page.getByRole('button', { name: 'Уйти без сохранения' }).click();
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    await page.context().close();
  });
});
