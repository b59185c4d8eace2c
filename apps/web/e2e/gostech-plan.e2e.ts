import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expectNoSeriousA11yViolations } from './axe';
import { startApp, type App } from './harness';
import { signInWithForm } from './page-api';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STAGE_HEADERS = {
  ASSESSMENT: 'Обследование',
  PILOT: 'Опытная эксплуатация',
  PRODUCTION: 'Промышленная эксплуатация',
  LEGACY_SHUTDOWN: 'Вывод старой системы',
} as const;
type Stage = keyof typeof STAGE_HEADERS;

interface Row {
  name: string;
  shortName: string;
  operator: string;
  decision: string;
  stages?: Partial<Record<Stage, [string, string]>>;
  dependsOn?: string;
}

/** An inventory workbook as a region keeps it: Russian headers, one row per system, real date cells. */
async function inventory(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Информационные системы');
  const stages = Object.keys(STAGE_HEADERS) as Stage[];
  sheet.addRow([
    'Наименование ИС',
    'Краткое наименование',
    'Оператор ИС',
    'Решение',
    ...stages.flatMap((s) => [`${STAGE_HEADERS[s]}: план, начало`, `${STAGE_HEADERS[s]}: план, окончание`]),
    'Зависит от',
  ]);
  const date = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  for (const r of rows) {
    sheet.addRow([
      r.name,
      r.shortName,
      r.operator,
      r.decision,
      ...stages.flatMap((s) => [date(r.stages?.[s]?.[0]), date(r.stages?.[s]?.[1])]),
      r.dependsOn ?? null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const RMIS: Row = {
  name: 'Региональная медицинская информационная система',
  shortName: 'РМИС',
  operator: 'Министерство здравоохранения области',
  decision: 'Перевести без изменений',
  stages: {
    ASSESSMENT: ['2022-01-10', '2022-02-28'],
    PILOT: ['2022-03-01', '2022-04-30'],
    PRODUCTION: ['2022-05-01', '2022-12-31'],
    LEGACY_SHUTDOWN: ['2023-01-01', '2023-03-31'],
  },
};
const ZKV: Row = {
  name: 'Электронная запись к врачу',
  shortName: 'ЗкВ',
  operator: 'Министерство здравоохранения области',
  decision: 'Оставить вне ГосТех',
  dependsOn: 'РМИС',
};
const NEW_NAME = 'Система учёта обращений граждан (E2E)';

describe('GosTech plan: import, fix, submit, and the federal summary', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('an editor imports a file, fixes the flagged row, completes and submits; a reviewer sees it submitted', async () => {
    const page = await app.newPage();
    await signInWithForm(page, app, 'editor.bel@tsifra.test', '/regions/RU-BEL/gostech');
    await page.getByRole('heading', { name: 'План перевода ИС на ГосТех: Белгородская область' }).waitFor();
    // The demo draft has one system without a decision: submitting waits for it.
    await page
      .getByRole('region', { name: 'Что мешает отправить план' })
      .getByText('«Система электронного документооборота правительства области»: не принято решение')
      .waitFor();
    await expect(page.getByRole('button', { name: 'Отправить на проверку' }).isDisabled()).resolves.toBe(true);

    // A file with a bad row: the dry run flags it and writes nothing.
    const upload = page.getByLabel('Файл перечня (XLSX)');
    const bad = await inventory([
      RMIS,
      ZKV,
      { name: NEW_NAME, shortName: 'СУОГ', operator: 'Аппарат губернатора', decision: 'Перенести куда-нибудь' },
    ]);
    await upload.setInputFiles({ name: 'perechen.xlsx', mimeType: XLSX, buffer: bad });
    const report = page.getByRole('region', { name: 'Проверка файла: 3 строки' });
    await report.waitFor();
    await report.getByText('Найдена 1 ошибка — ничего не записано.').waitFor();
    const errorRow = report.getByRole('table', { name: 'Ошибки по строкам файла' }).getByRole('row').nth(1);
    await expect(errorRow.getByRole('rowheader').textContent()).resolves.toBe('4');
    await expect(errorRow.textContent()).resolves.toContain('Решение');
    await expect(errorRow.textContent()).resolves.toContain('Неизвестное решение');
    await expect(page.getByRole('button', { name: /^Импортировать/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Информационные системы (8)' }).count()).resolves.toBe(1);

    // The corrected file (the decision left open, to be settled in the form) passes the check.
    const fixed = await inventory([
      RMIS,
      ZKV,
      { name: NEW_NAME, shortName: 'СУОГ', operator: 'Аппарат губернатора', decision: '' },
    ]);
    await upload.setInputFiles({ name: 'perechen-ispravlen.xlsx', mimeType: XLSX, buffer: fixed });
    await report.getByText('Ошибок нет — файл можно импортировать.').waitFor();
    await report.getByText('Будет добавлено систем: 1').waitFor();
    await report.getByText('Будет обновлено систем: 2').waitFor();
    await report.getByText('Будет удалено систем: 6').waitFor();
    await page.getByText('Внимание: импорт удалит 6 систем, которых нет в файле.').waitFor();
    await page.getByRole('button', { name: 'Импортировать 3 строки' }).click();
    await page.getByRole('region', { name: 'Импорт выполнен: 3 строки' }).waitFor();
    await page.getByRole('heading', { name: 'Информационные системы (3)' }).waitFor();

    // The new system still needs a decision; the form checks dates as they are typed.
    await page
      .getByRole('region', { name: 'Что мешает отправить план' })
      .getByRole('button', { name: `«${NEW_NAME}»: не принято решение` })
      .click();
    await page.getByRole('button', { name: `Изменить «${NEW_NAME}»` }).click();
    const form = page.getByRole('form', { name: `Изменение системы «${NEW_NAME}»` });
    await form.getByLabel('Решение').selectOption({ label: 'Вывести из эксплуатации' });
    await form.getByLabel('Вывод старой системы: План, начало').fill('2023-05-01');
    await form.getByLabel('Вывод старой системы: План, окончание').fill('2023-04-01');
    await form.getByLabel('Вывод старой системы: План, окончание').blur();
    await form.getByText('Окончание не может быть раньше начала').waitFor();
    await form.getByLabel('Вывод старой системы: План, окончание').fill('2023-06-30');
    await expect(form.getByText('Окончание не может быть раньше начала').count()).resolves.toBe(0);
    await form.getByRole('button', { name: 'Сохранить систему' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('План заполнен полностью — его можно отправить на проверку.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(NEW_NAME.replace(/[()]/g, '\\$&')) });
    await expect(row.textContent()).resolves.toContain('Вывести из эксплуатации');
    // The timeline draws the imported dates, each bar named with them.
    await page
      .getByRole('img', { name: 'РМИС, Промышленная эксплуатация: план с 1 мая 2022 г. по 31 декабря 2022 г.' })
      .waitFor();

    // Export: the plan downloads as XLSX with the three systems.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gostech-RU-BEL.xlsx');
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile((await download.path())!);
    expect(exported.worksheets[0]!.actualRowCount).toBe(4);

    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await page.getByRole('region', { name: 'Статус плана' }).getByText('На проверке').waitFor();
    await expect(page.getByRole('button', { name: 'Добавить систему' }).count()).resolves.toBe(0);

    // The reviewer finds Belgorod submitted on the federal summary, reached from the header.
    const reviewer = await app.newPage();
    await signInWithForm(reviewer, app, 'reviewer@tsifra.test', '/');
    await reviewer
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'ГосТех' })
      .click();
    await reviewer.getByRole('heading', { name: 'Перевод информационных систем на ГосТех' }).waitFor();
    const bel = reviewer.getByRole('row', { name: /Белгородская область/ });
    await bel.getByText('На проверке').waitFor();
    const cells = await bel.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('3');
    expect(cells[4]).toContain('Перевести без изменений: 1');
    // Sorting by systems puts the largest plans first.
    await reviewer.getByRole('button', { name: 'Систем', exact: true }).click();
    await expect(
      reviewer.getByRole('columnheader', { name: 'Систем', exact: true }).getAttribute('aria-sort'),
    ).resolves.toBe('descending');
    await reviewer.getByRole('figure', { name: 'Сколько систем переходит на ГосТех по кварталам' }).waitFor();
    // The reviewer may return or approve it on its page.
    await bel.getByRole('link', { name: 'Белгородская область' }).click();
    await reviewer.getByRole('button', { name: 'Утвердить' }).waitFor();
    expect(app.externalRequests).toEqual([]);
  });

  it('keeps the GosTech pages out of the first page', () => {
    const dist = join(__dirname, '..', 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.filter((f) => /Gostech/.test(f))).toEqual([]);
    const gzipped = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    expect(gzipped).toBeLessThan(250 * 1024);
  });

  it('a reviewer remarks on the submitted plan and returns it; the editor replies; the reviewer resolves the remark', async () => {
    const REMARK = 'Для РМИС не указана годовая стоимость владения — добавьте её в перечень.';
    const reviewer = await app.newPage();
    await signInWithForm(reviewer, app, 'reviewer@tsifra.test', '/regions/RU-BEL/gostech');
    const remarks = reviewer.getByRole('region', { name: 'Замечания' });
    await remarks.getByText('Открыто 0 замечаний').waitFor();
    await remarks.getByRole('button', { name: 'Добавить замечание' }).click();
    const form = remarks.getByRole('form', { name: 'Добавить замечание' });
    await form.getByLabel('Текст замечания').fill(REMARK);
    await form.getByLabel('Серьёзность').selectOption({ label: 'Существенное' });
    await form.getByRole('button', { name: 'Добавить замечание' }).click();
    await reviewer.getByText('Замечание добавлено.').waitFor();
    await remarks.getByText('Открыто 1 замечание').waitFor();
    const item = remarks.getByRole('listitem').filter({ hasText: REMARK });
    await expect(item.textContent()).resolves.toContain('Существенное · открыто · к редакции 1');
    await expectNoSeriousA11yViolations(reviewer, 'GosTech plan with remarks (reviewer)');

    // The open remark carries the request: the plan goes back without a comment.
    await reviewer.getByRole('button', { name: 'Вернуть на доработку' }).click();
    const dialog = reviewer.getByRole('dialog', { name: 'Вернуть план на доработку?' });
    await dialog.getByText('Комментарий можно не писать: план вернётся с 1 открытым замечанием.').waitFor();
    await dialog.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await dialog.waitFor({ state: 'detached' });
    await reviewer.getByRole('region', { name: 'Статус плана' }).getByText('Возвращена на доработку').waitFor();

    // The region's editor sees the remark, who made it and on which revision, and answers in its thread.
    const editor = await app.newPage();
    await signInWithForm(editor, app, 'editor.bel@tsifra.test', '/regions/RU-BEL/gostech');
    const editorRemarks = editor.getByRole('region', { name: 'Замечания' });
    const editorItem = editorRemarks.getByRole('listitem').filter({ hasText: REMARK });
    await editorItem.waitFor();
    await expect(editorItem.textContent()).resolves.toContain('к редакции 1');
    await expect(editorItem.textContent()).resolves.toContain('РМИС');
    await expect(editorRemarks.getByRole('button', { name: 'Снять замечание' }).count()).resolves.toBe(0);
    await editorItem.getByLabel('Ответ на замечание').fill('Стоимость добавим в перечень до конца недели.');
    await editorItem.getByRole('button', { name: 'Ответить' }).click();
    await editor.getByText('Ответ добавлен.').waitFor();
    await editorItem
      .getByRole('list', { name: '1 ответ' })
      .getByText('Стоимость добавим в перечень до конца недели.')
      .waitFor();
    await expectNoSeriousA11yViolations(editor, 'GosTech plan with remarks (editor)');

    // The reviewer reads the reply and resolves the remark.
    await reviewer.reload();
    const answered = remarks.getByRole('listitem').filter({ hasText: REMARK });
    await answered.getByText('Стоимость добавим в перечень до конца недели.').waitFor();
    await answered.getByRole('button', { name: 'Снять замечание' }).click();
    await reviewer.getByText('Замечание снято.').waitFor();
    await remarks.getByText('Открыто 0 замечаний').waitFor();
    await expect(answered.textContent()).resolves.toContain('Существенное · снято');
    expect(app.externalRequests).toEqual([]);
  });
});
