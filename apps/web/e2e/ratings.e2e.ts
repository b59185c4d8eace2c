import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { signInWithForm } from './page-api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The downloaded workbook with one cell set: the «Значение» of `region` × `parameter`; returns the file and the row. */
async function withValue(path: string, region: string, parameter: string, value: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const [regionCol, parameterCol, valueCol] = ['Регион', 'Параметр', 'Значение'].map((h) => header.indexOf(h));
  let row = 0;
  sheet.eachRow((r, n) => {
    if (r.getCell(regionCol!).text === region && r.getCell(parameterCol!).text === parameter) row = n;
  });
  if (!row) throw new Error(`no row for ${region} × ${parameter}`);
  sheet.getRow(row).getCell(valueCol!).value = value;
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), row };
}

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

  it('an admin round-trips the month as XLSX: a bad value is reported by row and column and nothing is written; the fixed file imports after its dry run', async () => {
    const admin = await app.newPage();
    await signInWithForm(admin, app, 'admin@tsifra.test', '/ratings/admin/2021-10');
    await admin.getByRole('table', { name: 'Черновик рейтинга за 2021-10' }).waitFor();
    const before = await rankOf(admin, 'RU-BEL', 0);
    const panel = admin.getByRole('region', { name: 'Импорт значений за 2021-10 из XLSX' });

    // Download with the keyboard: focus the button, press Enter.
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      panel.getByRole('button', { name: 'Скачать значения (XLSX)' }).press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('rating-inputs-2021-10.xlsx');
    const path = (await download.path())!;
    const upload = panel.getByLabel('Загрузить исправленный файл');

    const bad = await withValue(path, 'RU-BEL', 'MATURITY', -5);
    await upload.setInputFiles({ name: 'rating-bad.xlsx', mimeType: XLSX, buffer: bad.buffer });
    const alert = panel.getByRole('alert');
    await alert.getByText('В файле найдено проблем: 1. Ничего не записано.').waitFor();
    await alert.getByText(`Строка ${bad.row}, столбец «Значение»: значение должно быть числом ≥ 0`).waitFor();
    await expect(panel.getByRole('button', { name: /^Импортировать/ }).count()).resolves.toBe(0);

    const fixed = await withValue(path, 'RU-BEL', 'MATURITY', 10);
    await upload.setInputFiles({ name: 'rating-fixed.xlsx', mimeType: XLSX, buffer: fixed.buffer });
    await panel.getByText(/^Пробный прогон: строк \d+, изменится значений: 1\. Ничего ещё не записано\.$/).waitFor();
    expect(await rankOf(admin, 'RU-BEL', 0)).toBe(before); // a dry run writes nothing
    await panel.getByRole('button', { name: 'Импортировать (1)' }).press('Enter');
    await panel.getByText('Импортировано значений: 1; черновик пересчитан.').waitFor();
    await admin.waitForFunction(
      (b) => Number(document.querySelector('tr[data-region="RU-BEL"] td')?.textContent) < b,
      before,
    );
    expect(await rankOf(admin, 'RU-BEL', 2)).toBe(before); // the published rank stays until a publication
    expect(app.externalRequests).toEqual([]);
  });
});
