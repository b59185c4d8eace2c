import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { startApp, type App } from './harness';

/** Clicks and waits for the browser's download, then reads the saved file. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), body: readFileSync(path) };
}

describe('documents and open data from the browser', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('a visitor downloads RU-TUL’s strategy as DOCX and PDF from the region page', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/regions/RU-TUL`);
    const section = page.getByRole('region', { name: 'Документы' });
    await section.waitFor();

    const docx = await download(page, () => section.getByRole('button', { name: 'Скачать DOCX' }).click());
    expect(docx.name).toBe('strategy-RU-TUL.docx');
    expect(docx.body.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    expect(docx.body.includes(Buffer.from('word/document.xml'))).toBe(true);
    await section.getByRole('status').getByText('strategy-RU-TUL.docx', { exact: false }).waitFor();

    const pdf = await download(page, () => section.getByRole('button', { name: 'Скачать PDF' }).click());
    expect(pdf.name).toBe('strategy-RU-TUL.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(app.externalRequests).toEqual([]);
  });

  it('a visitor downloads a CSV from the open-data page reached by the header link', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/`);
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Открытые данные' })
      .click();
    await page.getByRole('heading', { name: 'Открытые данные', level: 1 }).waitFor();
    const dataset = page.getByRole('article', { name: 'Утверждённые стратегии: показатели' });
    const csv = await download(page, () => dataset.getByRole('link', { name: 'Скачать CSV' }).click());
    expect(csv.name).toBe('strategies.csv');
    const [header, first] = csv.body.toString('utf8').split('\r\n');
    expect(header).toBe(
      'region_code,region,strategy_version,strategy_revision,approved_on,sector,goal_path,indicator,unit,year,kind,value',
    );
    expect(first).toMatch(/^RU-[A-Z]+,/);
  });
});
