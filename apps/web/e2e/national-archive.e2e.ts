import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { startApp, type App } from './harness';

// The archive renders every approved strategy of the demo data as DOCX on request: slower than one document.
jest.setTimeout(300_000);

describe('the national archive from the browser', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('a visitor downloads the national archive from the open-data page, with progress and a saved notice', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/opendata`);
    const section = page.getByRole('region', { name: 'Национальный архив' });
    await section.waitFor();
    expect(await section.getByRole('link', { name: 'Постоянная ссылка на архив' }).getAttribute('href')).toBe(
      '/opendata/archive.zip',
    );
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 240_000 }),
      section.getByRole('button', { name: 'Скачать архив (ZIP)' }).click(),
    ]);
    const body = readFileSync(await (file as Download).path());
    expect((file as Download).suggestedFilename()).toMatch(/^tsifra-opendata-\d{4}-\d\d-\d\d\.zip$/);
    expect(body.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    for (const name of ['documents/strategy-RU-TUL.docx', 'datapackage.json', 'strategies.csv'])
      expect(body.includes(Buffer.from(name))).toBe(true);
    await section.getByRole('status').getByText('сохранён', { exact: false }).waitFor();
    expect(app.externalRequests).toEqual([]);
  });
});
