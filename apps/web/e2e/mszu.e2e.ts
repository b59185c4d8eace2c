import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { signInWithForm } from './page-api';

/** The national dynamics table's "connected" figure for a month (the chart's table alternative). */
async function connectedIn(page: Page, month: string): Promise<number> {
  const figure = page.getByRole('figure', { name: /Динамика по стране/ });
  const toggle = figure.getByRole('button', { name: 'Показать таблицей' });
  if (await toggle.count()) await toggle.click();
  const cell = figure
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: month, exact: true }) })
    .getByRole('cell')
    .nth(0);
  return Number((await cell.innerText()).replace(/\s/g, ''));
}

describe('МСЗУ: a laggard catches up in one bulk change', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('the RU-ARK editor connects ten first-queue services; the reviewer sees Arkhangelsk leave the laggards and the dynamics rise', async () => {
    const reviewer = await app.newPage();
    await signInWithForm(reviewer, app, 'reviewer@tsifra.test', '/mszu?month=2021-09');
    const laggards = reviewer.getByTestId('mszu-laggards');
    await laggards.getByText('Архангельская область: 1').waitFor();
    const before = await connectedIn(reviewer, '2021-09');

    const editor = await app.newPage();
    await signInWithForm(editor, app, 'editor.ark@tsifra.test', '/regions/RU-ARK/mszu?month=2021-09');
    await editor.getByRole('heading', { name: 'МСЗУ: Архангельская область' }).waitFor();
    await editor.getByText('демонстрационный перечень', { exact: false }).first().waitFor();
    await editor.getByLabel('Очередь', { exact: true }).selectOption('1');
    await editor.getByLabel('Шаг', { exact: true }).selectOption('NOT_STARTED');
    const boxes = editor.getByRole('checkbox', { name: /^Выбрать: МСЗУ-1-/ });
    for (let i = 0; i < 10; i += 1) await boxes.nth(i).check();
    await editor.getByLabel('Новый шаг').selectOption('CONNECTED');
    await editor.getByLabel('Дата', { exact: true }).fill('2021-09-20');
    await editor.getByRole('button', { name: 'Применить к 10 выбранным' }).click();
    await editor.getByRole('status').getByText('Сохранено: 10 услуг.').waitFor();
    await editor.getByTestId('mszu-region-summary').getByText('Подключено 11 из 101', { exact: false }).waitFor();

    await reviewer.reload();
    await reviewer.getByTestId('mszu-leaders').waitFor();
    await expect(
      reviewer.getByTestId('mszu-laggards').getByText('Архангельская область', { exact: false }).count(),
    ).resolves.toBe(0);
    await expect(reviewer.locator('tr[data-region="RU-ARK"]').getByText('—').count()).resolves.toBeGreaterThan(0);
    expect(await connectedIn(reviewer, '2021-09')).toBe(before + 10);
    expect(app.externalRequests).toEqual([]);
  });
});
