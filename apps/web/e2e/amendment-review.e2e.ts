import { startApp, type App } from './harness';
import { signInWithForm } from './page-api';

describe('an amendment waiting for review', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('the reviewer finds RU-YAN’s edition 2 from the overview and reads what it changes; the public still sees edition 1', async () => {
    const reviewer = await app.newPage();
    await signInWithForm(reviewer, app, 'reviewer@tsifra.test', '/');
    const row = reviewer.getByRole('row', { name: /Ямало-Ненецкий/ });
    await row.waitFor();
    // In force: approved; beside it, the amendment and where to review it.
    await row.getByText('Утверждена', { exact: true }).waitFor();
    const amendment = row.getByRole('link', { name: 'Редакция 2: На проверке' });
    await amendment.focus();
    await amendment.press('Enter');
    await reviewer.waitForURL(`${app.url}/regions/RU-YAN/review`);
    await reviewer.getByText(/^Изменения относительно действующей редакции № 1: \d+ изменени/).waitFor();
    await reviewer.getByText('(уточнено в редакции 2, демо)', { exact: false }).first().waitFor();

    // A visitor reads the edition in force: the amendment's wording is not public.
    const visitor = await app.newPage();
    await visitor.goto(`${app.url}/regions/RU-YAN`);
    await visitor.getByRole('heading', { name: 'Цели по отраслям' }).waitFor();
    expect(await visitor.locator('body').textContent()).not.toContain('уточнено в редакции 2');
    expect(app.externalRequests).toEqual([]);
  });
});
