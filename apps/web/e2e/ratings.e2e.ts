import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';

const rankOf = async (page: Page, region: string, column: number) =>
  Number(await page.locator(`tr[data-region="${region}"] td`).nth(column).innerText());

describe('ratings', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('an admin corrects an input, sees the draft move, publishes; a visitor reads the new publication and the previous one', async () => {
    const admin = await app.newPage();
    await admin.goto(`${app.url}/login?next=${encodeURIComponent('/ratings/admin/2021-11')}`);
    await admin.getByLabel('Электронная почта').fill('admin@tsifra.test');
    await admin.getByLabel('Пароль').fill('demo-password');
    await admin.getByRole('button', { name: 'Войти' }).click();
    await admin.waitForURL(`${app.url}/ratings/admin/2021-11`);
    await admin.getByRole('table', { name: 'Черновик рейтинга за 2021-11' }).waitFor();
    // Columns: 0 draft rank, 1 change, 2 published rank.
    const before = await rankOf(admin, 'RU-BEL', 0);
    expect(await rankOf(admin, 'RU-BEL', 2)).toBe(before);

    const form = admin.getByRole('form', { name: 'Исправить значение' });
    await form.getByLabel('Регион').selectOption('RU-BEL');
    await form.getByLabel('Параметр').selectOption('MATURITY');
    await form.getByLabel('Баллы').fill('10');
    await form.getByRole('button', { name: 'Исправить значение' }).click();
    await admin.getByText('Значение сохранено; черновик пересчитан.').waitFor();
    await admin.waitForFunction(
      (b) => Number(document.querySelector('tr[data-region="RU-BEL"] td')?.textContent) < b,
      before,
    );
    const moved = await rankOf(admin, 'RU-BEL', 0);
    expect(moved).toBeLessThan(before);
    expect(await rankOf(admin, 'RU-BEL', 2)).toBe(before);

    const publish = admin.getByRole('form', { name: 'Опубликовать' });
    await publish.getByLabel('Причина (для повторной публикации)').fill('исправлена оценка зрелости');
    await publish.getByRole('button', { name: 'Опубликовать' }).click();
    await admin.getByText('Опубликована версия 2.').waitFor();

    const visitor = await app.newPage();
    await visitor.goto(`${app.url}/ratings/2021-11`);
    await visitor.getByRole('table', { name: 'Рейтинг за 2021-11, версия 2' }).waitFor();
    await visitor.getByText('Причина переопубликования: исправлена оценка зрелости').waitFor();
    expect(await rankOf(visitor, 'RU-BEL', 0)).toBe(moved);
    await visitor.getByLabel('Версия публикации').selectOption('1');
    await visitor.getByRole('table', { name: 'Рейтинг за 2021-11, версия 1' }).waitFor();
    expect(await rankOf(visitor, 'RU-BEL', 0)).toBe(before);
  });

  it("a region's history shows the methodology change on the chart and in its table", async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/ratings/regions/RU-KHM`);
    await page.getByText(/С 2022-07 действует методика RCT-2022/).waitFor();
    await page.locator('figure svg').first().waitFor();
    expect(await page.locator('figure svg').first().innerHTML()).toContain('RCT-2022');
    await page.getByRole('button', { name: 'Показать таблицей' }).click();
    await page.getByRole('cell', { name: 'RCT-2022 — смена методики' }).waitFor();
    await page.getByText('Алексей Забозлаев', { exact: false }).waitFor();
  });
});
