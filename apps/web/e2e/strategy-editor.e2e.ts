import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';

/** A second API client signed in as the same editor (the "colleague"), talking to the same server. */
async function apiClient(app: App, email: string) {
  const login = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: 'demo-password' },
    }),
  });
  const token = login.headers.get('x-session-token');
  if (!token) throw new Error(`no session token: ${await login.text()}`);
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

const goal = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

describe('a regional editor writes the strategy', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('signs in, builds a 2030 → 2024 → 2021 chain with indicators, sees inline errors, survives a reload and a stale save', async () => {
    const page = await app.newPage();
    // The editor needs a session: the guard sends us to sign in and back.
    await page.goto(`${app.url}/regions/RU-BEL/edit`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Электронная почта').fill('editor.bel@tsifra.test');
    await page.getByLabel('Пароль').fill('wrong-password');
    await page.getByLabel('Пароль').press('Enter');
    await page.getByText('Неверный адрес почты или пароль').waitFor();
    await page.getByLabel('Пароль').fill('demo-password');
    await page.getByLabel('Пароль').press('Enter');
    await page.getByRole('heading', { name: 'Редактор стратегии: Белгородская область' }).waitFor();
    expect(page.url()).toBe(`${app.url}/regions/RU-BEL/edit`);
    await page.getByRole('group', { name: 'Учётная запись' }).getByText('Редактор региона · RU-BEL').waitFor();

    // 2030 goal in healthcare.
    const health = page.getByRole('region', { name: /^Здравоохранение/ });
    await health.getByRole('button', { name: 'Добавить цель в отрасль «Здравоохранение»' }).click();
    await health.getByLabel('Формулировка цели').fill('E2E: цифровое здравоохранение для всех');
    await health.getByRole('button', { name: 'Добавить цель', exact: true }).click();
    const g2030 = goal(page, 'E2E: цифровое здравоохранение для всех');
    await g2030.waitFor();
    // Focus moves to the new goal.
    await expect(g2030.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // 2024 goal under it, with an indicator and targets.
    await page.getByRole('button', { name: 'Добавить цель 2024 «E2E: цифровое здравоохранение для всех»' }).click();
    let form = page.getByRole('form', { name: 'Новая цель' });
    await form.getByLabel('Формулировка цели').fill('E2E: электронные медкарты');
    await form.getByRole('button', { name: 'Добавить показатель' }).click();
    await form.getByLabel('Наименование показателя').fill('Доля медкарт в электронном виде');
    await form.getByLabel('Единица измерения').selectOption({ label: 'Процент (%)' });
    await form.getByLabel('Направление').selectOption({ label: 'Рост' });
    await form.getByLabel('Базовый год').fill('2020');
    await form.getByLabel('Базовое значение').fill('40,5');
    await form.getByLabel('План на 2021').fill('55');
    await form.getByLabel('План на 2024').fill('90');
    await form.getByLabel('Ответственный орган').fill('Министерство здравоохранения Белгородской области');
    await form.getByRole('button', { name: 'Добавить цель', exact: true }).click();
    const g2024 = goal(page, 'E2E: электронные медкарты');
    await g2024.waitFor();

    // 2021 task under the 2024 goal; an impossible percentage is flagged inline, field by field.
    await page.getByRole('button', { name: 'Добавить цель 2021 «E2E: электронные медкарты»' }).click();
    form = page.getByRole('form', { name: 'Новая цель' });
    await form.getByLabel('Формулировка цели').fill('E2E: подключить поликлиники к ЕГИСЗ');
    await form.getByRole('button', { name: 'Добавить показатель' }).click();
    await form.getByLabel('Наименование показателя').fill('Поликлиники, подключённые к ЕГИСЗ');
    await form.getByLabel('Единица измерения').selectOption({ label: 'Процент (%)' });
    await form.getByLabel('Базовый год').fill('2020');
    await form.getByLabel('Базовое значение').fill('30');
    await form.getByLabel('План на 2021').fill('150');
    const target2021 = form.getByLabel('План на 2021');
    await form.getByText('Процент должен быть от 0 до 100').waitFor();
    await expect(target2021.getAttribute('aria-invalid')).resolves.toBe('true');
    // Saving is refused in the browser, and focus goes to the field at fault.
    await form.getByRole('button', { name: 'Добавить цель', exact: true }).click();
    await expect(target2021.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await target2021.fill('75');
    await expect(form.getByText('Процент должен быть от 0 до 100').count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Добавить цель', exact: true }).click();
    await goal(page, 'E2E: подключить поликлиники к ЕГИСЗ').waitFor();

    // Reload: all three are stored, nested 2030 → 2024 → 2021, with the indicator.
    await page.reload();
    await g2030.waitFor();
    await g2030.getByRole('article', { name: 'E2E: электронные медкарты' }).waitFor();
    await g2030
      .getByRole('article', { name: 'E2E: электронные медкарты' })
      .getByRole('article', { name: 'E2E: подключить поликлиники к ЕГИСЗ' })
      .waitFor();
    await expect(g2024.textContent()).resolves.toContain('Доля медкарт в электронном виде');
    await expect(g2024.textContent()).resolves.toMatch(/2024: 90/);

    // A stale save: the user edits the 2030 goal while a colleague's script changes it.
    await page.getByRole('button', { name: 'Изменить «E2E: цифровое здравоохранение для всех»' }).click();
    form = page.getByRole('form', { name: 'Изменение цели' });
    await form.getByLabel('Формулировка цели').fill('E2E: цифровое здравоохранение для всех жителей');

    const api = await apiClient(app, 'editor.bel@tsifra.test');
    const { region } = await api<{
      region: { strategy: { id: string; version: number; goals: { id: string; title: string }[] } };
    }>('{ region(code: "RU-BEL") { strategy { id version goals(horizon: Y2030) { id title } } } }');
    const target = region.strategy.goals.find((g) => g.title === 'E2E: цифровое здравоохранение для всех')!;
    await api(
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
      {
        id: target.id,
        v: region.strategy.version,
        input: { horizon: 'Y2030', sectorCode: 'healthcare', title: target.title, description: 'Описание от коллеги' },
      },
    );

    await form.getByRole('button', { name: 'Сохранить цель' }).click();
    const conflict = form.getByRole('region', { name: 'Стратегию изменили, пока вы редактировали' });
    await conflict.waitFor();
    // What changed on the server for this goal, next to the user's input, which is kept.
    const described = conflict.getByRole('row', { name: /Описание/ });
    await expect(described.textContent()).resolves.toContain('Описание от коллеги');
    const titleRow = conflict.getByRole('row', { name: /Формулировка цели/ });
    await expect(titleRow.textContent()).resolves.toContain('E2E: цифровое здравоохранение для всех жителей');
    await expect(form.getByLabel('Формулировка цели').inputValue()).resolves.toBe(
      'E2E: цифровое здравоохранение для всех жителей',
    );

    // One action re-applies the edit on the new version; the colleague's description stays.
    await conflict.getByRole('button', { name: 'Применить мои изменения к новой версии' }).click();
    const renamed = goal(page, 'E2E: цифровое здравоохранение для всех жителей');
    await renamed.waitFor();
    await expect(renamed.textContent()).resolves.toContain('Описание от коллеги');
    await page.reload();
    await renamed.waitFor();

    // Unsaved input is guarded: leaving asks first; Escape cancels the form, then leaving is free.
    await page.getByRole('button', { name: 'Изменить «E2E: цифровое здравоохранение для всех жителей»' }).click();
    form = page.getByRole('form', { name: 'Изменение цели' });
    await form.getByLabel('Описание').fill('Черновик, который нельзя потерять');
    await page.getByRole('link', { name: /просмотр стратегии/ }).click();
    const guard = page.getByRole('alertdialog', { name: 'Есть несохранённые изменения' });
    await guard.waitFor();
    await guard.getByRole('button', { name: 'Остаться и сохранить' }).click();
    expect(page.url()).toBe(`${app.url}/regions/RU-BEL/edit`);
    await expect(form.getByLabel('Описание').inputValue()).resolves.toBe('Черновик, который нельзя потерять');
    await form.getByLabel('Описание').press('Escape');
    await expect(form.count()).resolves.toBe(0);
    await page.getByRole('link', { name: /просмотр стратегии/ }).click();
    await page.waitForURL(`${app.url}/regions/RU-BEL`);
    expect(app.externalRequests).toEqual([]);
  });

  it('keeps the editor out of the first page, whose JS stays under 250 KB gzip', () => {
    const dist = join(__dirname, '..', 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((f) => /Editor|Login|Users|Tokens/.test(f))).toEqual([]);
    const gzipped = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    expect(gzipped).toBeLessThan(250 * 1024);
  });
});
