import { startApp, type App } from './harness';
import { signInWithForm } from './page-api';

const RETURN = '/ratings/maturity-return/RU-BEL/2023-Q1';
const VALUES: [string, string][] = [
  ['Образование, %', '45,5'],
  ['Здравоохранение, %', '60'],
  ['Госуправление, %', '70'],
  ['Общественный транспорт, %', '50'],
  ['Городское хозяйство и строительство, %', '40'],
];

describe('a quarterly maturity return, filed and reviewed', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('the editor is stopped on bad values before anything is sent, files the five sectors, is returned with a note, files again and is approved', async () => {
    const editor = await app.newPage();
    await signInWithForm(editor, app, 'editor.bel@tsifra.test', RETURN);
    const form = editor.getByRole('form', { name: 'Значения по ключевым отраслям' });
    await editor.getByText('Сведения за этот квартал ещё не начаты', { exact: false }).waitFor();

    // Text and an out-of-range value: said at their fields, focus on the first, nothing saved.
    await form.getByLabel('Образование, %').fill('сорок');
    await form.getByLabel('Здравоохранение, %').fill('150');
    await form.getByLabel('Здравоохранение, %').press('Enter');
    await form.getByText('Ожидается число').waitFor();
    await form.getByText('Процент должен быть от 0 до 100').waitFor();
    expect(await form.getByLabel('Образование, %').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.evaluate(() => document.activeElement?.id)).toBe('maturity-return-education');
    await editor.getByText('Сведения за этот квартал ещё не начаты', { exact: false }).waitFor();

    // Keyboard only: type each value, Tab to the next field, Enter saves.
    await form.getByLabel('Образование, %').fill('');
    for (const [label, value] of VALUES) {
      await form.getByLabel(label).fill(value);
      await form.getByLabel(label).press('Tab');
    }
    await form.getByLabel('Городское хозяйство и строительство, %').press('Enter');
    await editor.getByRole('status').getByText('Значения сохранены.').waitFor();
    await editor.getByRole('note').getByText('Статус: Черновик', { exact: false }).waitFor();
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    await editor.getByRole('status').getByText('Сведения поданы на проверку.').waitFor();
    expect(await form.getByLabel('Общественный транспорт, %').isDisabled()).toBe(true);

    const reviewer = await app.newPage();
    await signInWithForm(reviewer, app, 'reviewer@tsifra.test', RETURN);
    await reviewer.getByRole('note').getByText('подано редакций: 1', { exact: false }).waitFor();
    await reviewer.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await reviewer.getByText('Напишите, что исправить: комментарий обязателен при возврате.').waitFor();
    expect(await reviewer.getByLabel('Комментарий проверяющего').getAttribute('aria-invalid')).toBe('true');
    await reviewer.getByLabel('Комментарий проверяющего').fill('Транспорт: значение по методике — 55.');
    await reviewer.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await reviewer.getByRole('status').getByText('Сведения возвращены на доработку.').waitFor();

    await editor.reload();
    await editor.getByText('Возвращено на доработку: Транспорт: значение по методике — 55.').waitFor();
    await form.getByLabel('Общественный транспорт, %').fill('55');
    await form.getByRole('button', { name: 'Сохранить значения' }).click();
    await editor.getByRole('status').getByText('Значения сохранены.').waitFor();
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    await editor.getByRole('status').getByText('Сведения поданы на проверку.').waitFor();

    await reviewer.reload();
    await reviewer.getByRole('note').getByText('подано редакций: 2', { exact: false }).waitFor();
    expect(
      await reviewer
        .getByRole('form', { name: 'Значения по ключевым отраслям' })
        .getByLabel('Общественный транспорт, %')
        .inputValue(),
    ).toBe('55');
    await reviewer.getByRole('button', { name: 'Принять' }).click();
    await reviewer.getByRole('status').getByText('Сведения приняты.').waitFor();
    await reviewer.getByRole('note').getByText('Статус: Утверждена', { exact: false }).waitFor();
    await expect(reviewer.getByRole('table', { name: 'Поданные редакции' }).getByRole('row').count()).resolves.toBe(3);
    expect(app.externalRequests).toEqual([]);
  });
});
