import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';

async function signIn(page: Page, app: App, email: string, next: string) {
  await page.goto(`${app.url}${next}`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('demo-password');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL(`${app.url}${next}`);
}

const me = (app: App, token: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  }).then(
    (r) =>
      r.json() as Promise<{ data?: { me: { email: string } | null }; errors?: { extensions?: { code?: string } }[] }>,
  );

describe('accounts', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('an editor creates a personal API token, shown once, that works as a Bearer token until revoked', async () => {
    const page = await app.newPage();
    await signIn(page, app, 'editor.tul@tsifra.test', '/account/tokens');
    await page.getByLabel('Назначение').fill('Выгрузка показателей');
    await page.getByRole('button', { name: 'Создать токен' }).click();
    const secret = page
      .getByRole('region', { name: 'Токен «Выгрузка показателей» создан' })
      .getByLabel('Токен', { exact: true });
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expect(me(app, token)).resolves.toMatchObject({ data: { me: { email: 'editor.tul@tsifra.test' } } });

    await page.getByRole('button', { name: 'Готово, скрыть' }).click();
    expect(await page.getByLabel('Токен', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Отозвать «Выгрузка показателей»' }).click();
    await page.getByRole('button', { name: 'Да, отозвать' }).click();
    await page.getByText(/^Отозван /).waitFor();
    const after = await me(app, token);
    expect(after.data?.me ?? null).toBeNull();
  });

  it('an administrator creates a regional editor, who can then sign in', async () => {
    const page = await app.newPage();
    await signIn(page, app, 'admin@tsifra.test', '/admin/users');
    const form = page.getByRole('form', { name: 'Новый пользователь' });
    await form.getByLabel('Электронная почта').fill('editor.klu@tsifra.test');
    await form.getByLabel('Имя').fill('Редактор Калужской области');
    await form.getByLabel('Пароль (не короче 12 символов)').fill('short');
    await form.getByRole('button', { name: 'Создать пользователя' }).click();
    // The domain's rules, inline: the editor needs a region, the password is too short.
    await form.getByText('Для редактора региона нужен регион').waitFor();
    await form.getByText('Слишком коротко: не меньше 12 символов').waitFor();
    await form.getByLabel('Регион').selectOption('RU-KLU');
    await form.getByLabel('Пароль (не короче 12 символов)').fill('kaluga-password-2021');
    await form.getByRole('button', { name: 'Создать пользователя' }).click();
    await page.getByText('Пользователь editor.klu@tsifra.test создан.').waitFor();
    await page.getByRole('row', { name: /editor\.klu@tsifra\.test/ }).waitFor();

    const other = await app.newPage();
    await other.goto(`${app.url}/login`);
    await other.getByLabel('Электронная почта').fill('editor.klu@tsifra.test');
    await other.getByLabel('Пароль').fill('kaluga-password-2021');
    await other.getByLabel('Пароль').press('Enter');
    // A regional editor lands on their region's editor.
    await other.waitForURL(`${app.url}/regions/RU-KLU/edit`);
    expect(app.externalRequests).toEqual([]);
  });
});
