import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './axe';
import { startApp, type App } from './harness';
import { gql, until } from './page-api';

/**
 * The review loop as the two people live it, in the Russian interface: the reviewer pins a remark on a 2024
 * value and returns the strategy; the editor finds the remark next to that value in the editor, replies,
 * changes the value (a colleague's save in between ends in a conflict said in Russian), is asked to confirm
 * because the remark is open and submits; the reviewer's approval dialog names the remark, which is resolved
 * there; the overview counts no open remark for the approved strategy; the remark keeps its indicator and path.
 */

async function signIn(app: App, page: Page, email: string) {
  await gql(app, page, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: 'demo-password',
  });
}

interface GoalData {
  id: string;
  title: string;
  horizon: string;
  sector: { code: string; name: string };
  parent: { id: string } | null;
  indicators: { name: string; baselineValue: number }[];
}
const GOALS = `id title horizon sector { code name } parent { id } indicators { name baselineValue }`;
const STRATEGY = `query { region(code: "RU-BEL") { strategy { id version status revision
  a: goals(horizon: Y2030) { ${GOALS} } b: goals(horizon: Y2024) { ${GOALS} } c: goals(horizon: Y2021) { ${GOALS} } } } }`;
type StrategyData = {
  region: {
    strategy: {
      id: string;
      version: number;
      status: string;
      revision: number;
      a: GoalData[];
      b: GoalData[];
      c: GoalData[];
    };
  };
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The open-remarks cell of a region's row on the overview (found by its column header, not its position). */
async function overviewRemarks(page: Page, app: App, region: string): Promise<string> {
  await page.goto(`${app.url}/`);
  await page.locator('table tbody tr').first().waitFor();
  const headers = await page.locator('table thead th').allTextContents();
  const column = headers.findIndex((h) => h.startsWith('Открытые замечания'));
  expect(column).toBeGreaterThan(0);
  const row = page.locator('table tbody tr', { has: page.getByRole('link', { name: region, exact: true }) });
  return ((await row.locator('th, td').nth(column).textContent()) ?? '').trim();
}

/** With E2E_SCREENSHOTS=<dir>, keeps a picture of each screen of the loop there (for a person to look at). */
async function shot(page: Page, name: string) {
  const dir = process.env['E2E_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

const toast = (page: Page, text: string): Locator => page.locator('.toasts').getByText(text, { exact: true });

describe('the review loop as people live it', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('a remark on a 2024 value goes from the reviewer to the editor and back, and is resolved at approval', async () => {
    const reviewer = await app.newPage();
    const editor = await app.newPage();
    // A step that hangs fails where it hangs, well before the test's own timeout.
    for (const page of [reviewer, editor]) {
      page.setDefaultTimeout(30_000);
      page.setDefaultNavigationTimeout(60_000);
    }
    await signIn(app, reviewer, 'reviewer@tsifra.test');

    // The editor signs in through the form: a wrong password is said in Russian, never in the server's English.
    await editor.goto(`${app.url}/login?next=${encodeURIComponent('/regions/RU-BEL/edit')}`);
    await editor.getByLabel('Электронная почта').fill('editor.bel@tsifra.test');
    await editor.getByLabel('Пароль').fill('not-the-password');
    await editor.getByLabel('Пароль').press('Enter');
    await editor.getByRole('alert').getByText('Неверный адрес почты или пароль').waitFor();
    expect(await editor.locator('body').textContent()).not.toMatch(/Wrong email|password\./i);
    await editor.getByLabel('Пароль').fill('demo-password');
    await editor.getByLabel('Пароль').press('Enter');
    await editor.waitForURL(/\/regions\/RU-BEL\/edit$/);
    // Revision 1 goes to review (the submission itself is the editor's browser session, through the API).
    const start = await gql<StrategyData>(app, editor, STRATEGY);
    await gql(app, editor, 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }', {
      id: start.region.strategy.id,
      v: start.region.strategy.version,
    });

    // The reviewer pins a MAJOR remark on a 2024 target value and returns the strategy.
    await reviewer.goto(`${app.url}/regions/RU-BEL/review`);
    await reviewer.getByRole('heading', { name: /Редакция 1 — первая/ }).waitFor();
    const valueButton = reviewer
      .getByRole('button', { name: /^2024: .* добавить замечание к значению показателя/ })
      .first();
    const [, valueText, indicatorName] = /^2024: (\S+) .* показателя «(.+)»$/.exec(
      (await valueButton.getAttribute('aria-label'))!,
    )!;
    const goalId = (await valueButton.evaluate((el) => el.closest('article[id^="goal-"]')?.id ?? '')).replace(
      /^goal-/,
      '',
    );
    expect(goalId).not.toBe('');
    await valueButton.click();
    const form = reviewer.getByRole('form', { name: 'Новое замечание' });
    await form.getByLabel('Существенное').check();
    const remarkText = 'План на 2024 год завышен: обоснуйте или снизьте.';
    await form.getByLabel('Текст замечания').fill(remarkText);
    await form.getByRole('button', { name: 'Добавить замечание' }).click();
    const threadName = `Замечание (Существенное): Значение 2024 г., показатель «${indicatorName}»`;
    await reviewer.getByRole('article', { name: threadName }).waitFor();
    await reviewer.getByRole('button', { name: 'Вернуть на доработку', exact: true }).click();
    const giveBack = reviewer.getByRole('dialog', { name: 'Вернуть редакцию 1 на доработку?' });
    await giveBack.getByLabel('Комментарий для региона').fill('Посмотрите замечание к плану на 2024 год.');
    await giveBack.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await giveBack.waitFor({ state: 'detached' });
    expect(await overviewRemarks(reviewer, app, 'Белгородская область')).toBe('1');

    // The goal's place in the strategy, from the data: sector › goals from the top › indicator › year.
    const returned = (await gql<StrategyData>(app, editor, STRATEGY)).region.strategy;
    const goals = [...returned.a, ...returned.b, ...returned.c];
    const byId = new Map(goals.map((g) => [g.id, g]));
    const chain: GoalData[] = [];
    for (let g = byId.get(goalId); g; g = g.parent ? byId.get(g.parent.id) : undefined) chain.unshift(g);
    const goal = byId.get(goalId)!;
    const path = [chain[0]!.sector.name, ...chain.map((g) => g.title), indicatorName, '2024'].join(' › ');

    // The editor opens the editor page: a count at the top, the remark next to the value it concerns.
    await editor.goto(`${app.url}/regions/RU-BEL/edit`);
    const summary = editor.getByRole('region', { name: 'Открыто 1 замечание' });
    await summary.getByText('1 существенное', { exact: true }).waitFor();
    const indicatorItem = editor
      .locator(`#goal-${goalId} > .editor-goal__indicators > li`)
      .filter({ has: editor.getByText(indicatorName!, { exact: true }) });
    const place = `цель «${goal.title}» › показатель «${indicatorName}» › значение 2024 г.`;
    const pinList = indicatorItem.getByRole('list', { name: `Замечания к показателю «${indicatorName}»` });
    const marker = pinList.getByRole('button', { name: `Замечание (Существенное): ${place}` });
    await marker.waitFor();
    await expect(indicatorItem.textContent()).resolves.toMatch(new RegExp(`2024: ${escape(valueText!)}`));
    await marker.click();
    const pinThread = editor.getByRole('region', { name: `Замечание (Существенное): ${place}` });
    await pinThread.getByText(remarkText).waitFor();
    await expect(pinThread.locator('.remark-pin__path').textContent()).resolves.toBe(`Место в стратегии: ${path}`);
    await expectNoSeriousA11yViolations(editor, 'editor with an open remark');
    await summary.scrollIntoViewIfNeeded();
    await shot(editor, '1-editor-summary');
    await marker.scrollIntoViewIfNeeded();
    await shot(editor, '2-editor-pin');
    await pinThread.getByLabel('Ваш ответ').fill('Снизили план на 2024 год до достижимого.');
    await pinThread.getByRole('button', { name: 'Ответить' }).click();
    await pinThread.getByText('Ответ отправлен.').waitFor();
    await pinThread
      .getByRole('list', { name: 'Ответы' })
      .getByText('Снизили план на 2024 год до достижимого.')
      .waitFor();

    // The editor changes the value in the goal's form; a colleague saves the same goal meanwhile.
    await editor.locator(`#edit-${goalId}`).click();
    const goalForm = editor.getByRole('form', { name: 'Изменение цели' });
    const sets = goalForm.locator('fieldset.indicator-form');
    await sets.first().waitFor();
    const index = await sets.evaluateAll(
      (all, name) => all.findIndex((s) => (s.querySelector('input') as HTMLInputElement | null)?.value === name),
      indicatorName,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const target = sets.nth(index).getByLabel('План на 2024', { exact: true });
    const oldValue = Number((await target.inputValue()).replace(/\s/g, '').replace(',', '.'));
    // Halfway back to the baseline, a whole number (valid for every unit and direction), or one more.
    const baseline = goal.indicators.find((i) => i.name === indicatorName)!.baselineValue;
    const halfway = Math.round((oldValue + baseline) / 2);
    const newValue = halfway === oldValue ? oldValue + 1 : halfway;
    await target.fill(String(newValue).replace('.', ','));
    const colleague = await app.newPage();
    await signIn(app, colleague, 'editor.bel@tsifra.test');
    const now = (await gql<StrategyData>(app, colleague, STRATEGY)).region.strategy;
    await gql(
      app,
      colleague,
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
      {
        id: goalId,
        v: now.version,
        input: {
          horizon: goal.horizon,
          sectorCode: goal.sector.code,
          title: goal.title,
          description: 'Уточнено коллегой.',
          parentId: goal.parent?.id ?? null,
        },
      },
    );
    await goalForm.getByRole('button', { name: 'Сохранить цель' }).click();
    const conflict = goalForm.getByRole('region', { name: 'Стратегию изменили, пока вы редактировали' });
    await conflict.waitFor();
    // The conflict is said in Russian with both versions; the server's English sentence is nowhere on the page.
    await expect(conflict.textContent()).resolves.toMatch(
      new RegExp(`у вас версия ${now.version}, на сервере уже ${now.version + 1}`),
    );
    expect(await editor.locator('body').textContent()).not.toMatch(/changed since you loaded|re-apply|it is at \d/);
    await shot(editor, '3-conflict');
    await conflict.getByRole('button', { name: 'Применить мои изменения к новой версии' }).click();
    await goalForm.waitFor({ state: 'detached' });
    const shown = newValue.toLocaleString('ru-RU');
    await until(async () => (await indicatorItem.textContent())?.includes(`2024: ${shown}`) ?? false, true);

    // Submitting asks for confirmation, naming the open remark; then it is acknowledged.
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    const submit = editor.getByRole('dialog', { name: 'Подать редакцию 2 на проверку?' });
    await submit.getByText('Остаётся 1 открытое замечание: эксперты увидят его вместе с редакцией.').waitFor();
    await submit.getByRole('list', { name: 'Открытые замечания' }).getByText(`Существенное: ${place}`).waitFor();
    await expectNoSeriousA11yViolations(editor, 'submit dialog with an open remark');
    await shot(editor, '4-submit-dialog');
    await submit.getByRole('button', { name: 'Подать редакцию' }).click();
    await toast(editor, 'Редакция 2 подана на проверку.').waitFor();
    await submit.waitFor({ state: 'detached' });

    // After the resubmission the reviewer's thread still names the indicator, with its path and the reply.
    await reviewer.goto(`${app.url}/regions/RU-BEL/review`);
    await reviewer.getByRole('heading', { name: /^Изменения с редакции 1 по 2/ }).waitFor();
    const thread = reviewer.getByRole('article', { name: threadName });
    await expect(thread.locator('.remark__path').textContent()).resolves.toBe(`Место в стратегии: ${path}`);
    await thread.getByText('Снизили план на 2024 год до достижимого.').waitFor();

    // The approval dialog names the open remark and asks, explicitly, what happens to it.
    await reviewer.getByRole('button', { name: 'Утвердить', exact: true }).click();
    const approve = reviewer.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    const listed = approve.getByRole('list', { name: 'Открытые замечания' }).getByRole('listitem');
    await listed.getByText(`Существенное: ${place}`).waitFor();
    await expect(listed.textContent()).resolves.toContain(path);
    expect(await listed.count()).toBe(1);
    await expectNoSeriousA11yViolations(reviewer, 'approval dialog with an open remark');
    const resolve = approve.getByRole('radio', { name: /^Снять замечание/ });
    expect(await resolve.isChecked()).toBe(false);
    expect(await approve.getByRole('radio', { name: /^Перенести замечание/ }).isChecked()).toBe(false);
    await approve.getByRole('button', { name: 'Утвердить' }).click();
    await approve.getByRole('alert').getByText('Выберите, что сделать с открытыми замечаниями.').waitFor();
    expect(await resolve.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(reviewer, '5-approval-dialog');
    await resolve.press('Space');
    await approve.getByRole('button', { name: 'Утвердить' }).click();
    await toast(reviewer, 'Редакция 2 утверждена: стратегия опубликована, 1 замечание снято.').waitFor();
    await approve.waitFor({ state: 'detached' });
    await reviewer.getByLabel('Сведения о стратегии').getByText('Утверждена').waitFor();
    await reviewer.getByRole('button', { name: /^Все \(\d+\)$/ }).click();
    await thread.getByText('Снято', { exact: true }).waitFor();
    await thread.scrollIntoViewIfNeeded();
    await shot(reviewer, '6-review-resolved');

    // The overview counts no open remark for the approved strategy.
    expect(await overviewRemarks(reviewer, app, 'Белгородская область')).toBe('0');
    const after = await gql<{ region: { strategy: { status: string; openRemarks: number } } }>(
      app,
      reviewer,
      'query { region(code: "RU-BEL") { strategy { status openRemarks } } }',
    );
    expect(after.region.strategy).toEqual({ status: 'APPROVED', openRemarks: 0 });
    expect(app.externalRequests).toEqual([]);
  }, 360_000);
});
