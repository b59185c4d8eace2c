import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { gql, until } from './page-api';

/**
 * The review loop in a real browser against the production server: an editor submits RU-BEL, the
 * reviewer sees it turn "submitted" on the map, pins a blocker on a target value and returns it, the
 * editor replies, edits that value and resubmits, the reviewer sees only that change, resolves the
 * remark and approves, and an anonymous visitor reads the approved strategy.
 */

async function signIn(app: App, page: Page, email: string) {
  await gql(app, page, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: 'demo-password',
  });
}

interface IndicatorData {
  name: string;
  unit: string;
  direction: 'INCREASE' | 'DECREASE' | null;
  baselineYear: number;
  baselineValue: number;
  responsible: string | null;
  targets: { year: number; value: number }[];
}
interface GoalData {
  id: string;
  horizon: string;
  title: string;
  description: string | null;
  sector: { code: string };
  parent: { id: string } | null;
  indicators: IndicatorData[];
}

const GOAL_FIELDS = `id horizon title description sector { code } parent { id }
    indicators { name unit direction baselineYear baselineValue responsible targets { year value } }`;
const STRATEGY_QUERY = `query($code: String!) { region(code: $code) { strategy { id version status revision
  g2030: goals(horizon: Y2030) { ${GOAL_FIELDS} } g2024: goals(horizon: Y2024) { ${GOAL_FIELDS} } g2021: goals(horizon: Y2021) { ${GOAL_FIELDS} } } } }`;

const tileOf = (page: Page, code: string) => page.locator(`.tile[data-code="${code}"]`);
const backgroundOf = (page: Page, code: string) =>
  tileOf(page, code).evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor);

describe('the review loop', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('editor submits, reviewer remarks on a value and returns, editor fixes and resubmits, reviewer sees only the change and approves; the public reads it', async () => {
    const reviewer = await app.newPage();
    const editor = await app.newPage();
    await signIn(app, reviewer, 'reviewer@tsifra.test');

    // The reviewer watches the map: Belgorod is a draft.
    await reviewer.goto(`${app.url}/?view=map`);
    await tileOf(reviewer, 'RU-BEL').waitFor();
    expect(await tileOf(reviewer, 'RU-BEL').getAttribute('data-status')).toBe('DRAFT');
    await expect(tileOf(reviewer, 'RU-BEL').getAttribute('aria-label')).resolves.toBe('Белгородская область: Черновик');
    const draftColour = await backgroundOf(reviewer, 'RU-BEL');

    // The editor signs in through the sign-in page and submits from the editor.
    await editor.goto(`${app.url}/login?next=${encodeURIComponent('/regions/RU-BEL/edit')}`);
    await editor.getByLabel('Электронная почта').fill('editor.bel@tsifra.test');
    await editor.getByLabel('Пароль').fill('demo-password');
    await editor.getByLabel('Пароль').press('Enter');
    await editor.waitForURL(/\/regions\/RU-BEL\/edit$/);
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    // Submitting freezes a revision: it is confirmed in a dialog that opens on Cancel.
    await editor
      .getByRole('dialog', { name: 'Подать редакцию 1 на проверку?' })
      .getByRole('button', { name: 'Подать редакцию' })
      .click();
    await until(
      async () =>
        (await gql<{ region: { strategy: { status: string } } }>(app, editor, STRATEGY_QUERY, { code: 'RU-BEL' }))
          .region.strategy.status,
      'SUBMITTED',
    );

    // The map shows Belgorod as submitted: another colour, another name.
    await reviewer.reload();
    await tileOf(reviewer, 'RU-BEL').waitFor();
    expect(await tileOf(reviewer, 'RU-BEL').getAttribute('data-status')).toBe('SUBMITTED');
    await expect(tileOf(reviewer, 'RU-BEL').getAttribute('aria-label')).resolves.toBe(
      'Белгородская область: На проверке',
    );
    expect(await backgroundOf(reviewer, 'RU-BEL')).not.toBe(draftColour);

    // The bell tells the reviewer about the submission and leads to the review screen.
    await reviewer.getByRole('button', { name: /^Уведомления: [1-9]\d* непрочитанн/ }).click();
    await reviewer
      .getByRole('region', { name: 'Уведомления' })
      .getByRole('link', { name: /Белгородская область: стратегия подана на проверку \(редакция 1\)/ })
      .waitFor();
    await reviewer.keyboard.press('Escape');

    // From the map to the review screen.
    await tileOf(reviewer, 'RU-BEL').click();
    await reviewer.waitForURL(/\/regions\/RU-BEL$/);
    await reviewer.getByRole('link', { name: /Открыть проверку/ }).click();
    await reviewer.getByRole('heading', { name: 'Проверка стратегии: Белгородская область' }).waitFor();
    await reviewer.getByRole('heading', { name: /Редакция 1 — первая/ }).waitFor();
    const approve = reviewer.getByRole('button', { name: 'Утвердить', exact: true });
    const giveBack = reviewer.getByRole('button', { name: 'Вернуть на доработку', exact: true });
    expect(await giveBack.isDisabled()).toBe(true);

    // Pin a blocker on one target value (keyboard: focus the value, Enter).
    const valueButton = reviewer
      .getByRole('button', { name: /^2024: .* добавить замечание к значению показателя/ })
      .first();
    const valueLabel = (await valueButton.getAttribute('aria-label'))!;
    const [, valueText, indicatorName] = /^2024: (\S+) .* показателя «(.+)»$/.exec(valueLabel)!;
    await valueButton.focus();
    await reviewer.keyboard.press('Enter');
    const form = reviewer.getByRole('form', { name: 'Новое замечание' });
    await form.getByText(`Замечание к значению 2024 г. показателя «${indicatorName}»`).waitFor();
    await form.getByLabel('Блокирующее').check();
    await form.getByLabel('Текст замечания').fill('План на 2024 год завышен: обоснуйте или снизьте.');
    await form.getByRole('button', { name: 'Добавить замечание' }).click();
    const thread = reviewer.getByRole('article', {
      name: `Замечание (Блокирующее): Значение 2024 г., показатель «${indicatorName}»`,
    });
    await thread.waitFor();
    await reviewer.getByText('Утвердить нельзя: открыто 1 блокирующее замечание.').waitFor();
    expect(await approve.isDisabled()).toBe(true);

    // Return for revision, with a comment, through the confirm dialog.
    await giveBack.click();
    const dialog = reviewer.getByRole('dialog', { name: 'Вернуть редакцию 1 на доработку?' });
    await dialog.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await dialog.getByText('Напишите комментарий: он обязателен при возврате.').waitFor();
    await dialog.getByLabel('Комментарий для региона').fill('Верните обоснование плана на 2024 год.');
    await dialog.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await dialog.waitFor({ state: 'detached' });
    await reviewer
      .getByRole('list', { name: 'Сведения о стратегии' })
      .or(reviewer.getByLabel('Сведения о стратегии'))
      .getByText('Возвращена на доработку')
      .waitFor();

    // The editor is notified of the return and follows the notification to the remarks.
    await editor.goto(`${app.url}/`);
    await editor.getByRole('button', { name: /^Уведомления: [1-9]\d* непрочитанн/ }).click();
    await editor.getByRole('link', { name: /Белгородская область: стратегия возвращена на доработку/ }).click();
    await editor.waitForURL(/\/regions\/RU-BEL\/review$/);
    const editorThread = editor.getByRole('article', {
      name: `Замечание (Блокирующее): Значение 2024 г., показатель «${indicatorName}»`,
    });
    await editorThread.getByText('План на 2024 год завышен: обоснуйте или снизьте.').waitFor();
    expect(await editor.getByRole('button', { name: 'Снять замечание' }).count()).toBe(0);
    expect(await editor.getByRole('button', { name: /добавить замечание/ }).count()).toBe(0);
    await editorThread.getByLabel('Ответ на замечание').fill('Снизили план на 2024 год.');
    await editorThread.getByRole('button', { name: 'Ответить' }).click();
    await editorThread.getByRole('list', { name: 'Ответы' }).getByText('Снизили план на 2024 год.').waitFor();
    await until(() => editorThread.getByLabel('Ответ на замечание').inputValue(), '');

    // The editor changes that one value (through the API in the same browser session), then resubmits in the editor.
    const before = await gql<{
      region: { strategy: { id: string; version: number; g2030: GoalData[]; g2024: GoalData[]; g2021: GoalData[] } };
    }>(app, editor, STRATEGY_QUERY, { code: 'RU-BEL' });
    const { g2030, g2024, g2021 } = before.region.strategy;
    const goal = [...g2030, ...g2024, ...g2021].find((g) =>
      g.indicators.some((i) => i.name === indicatorName && i.targets.some((t) => t.year === 2024)),
    )!;
    const indicators = goal.indicators.map((i) => ({
      ...i,
      targets: i.targets.map((t) => {
        if (i.name !== indicatorName || t.year !== 2024) return t;
        const lowered = Math.round(((t.value + i.baselineValue) / 2) * 10) / 10;
        return { year: t.year, value: lowered === t.value ? t.value + 1 : lowered };
      }),
    }));
    const newValue = indicators.find((i) => i.name === indicatorName)!.targets.find((t) => t.year === 2024)!.value;
    await gql(
      app,
      editor,
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
      {
        id: goal.id,
        v: before.region.strategy.version,
        input: {
          horizon: goal.horizon,
          sectorCode: goal.sector.code,
          title: goal.title,
          description: goal.description,
          parentId: goal.parent?.id ?? null,
          indicators,
        },
      },
    );
    await editor.goto(`${app.url}/regions/RU-BEL/edit`);
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    await editor
      .getByRole('dialog', { name: 'Подать редакцию 2 на проверку?' })
      .getByRole('button', { name: 'Подать редакцию' })
      .click();
    await until(
      async () =>
        (await gql<{ region: { strategy: { revision: number } } }>(app, editor, STRATEGY_QUERY, { code: 'RU-BEL' }))
          .region.strategy.revision,
      2,
    );

    // The reviewer sees revision 2 against revision 1: one number changed, and with "changes only" nothing else.
    await reviewer.goto(`${app.url}/regions/RU-BEL/review`);
    await reviewer.getByRole('heading', { name: 'Изменения с редакции 1 по 2: 1 изменение' }).waitFor();
    await reviewer.getByLabel('Только изменения').click();
    await reviewer.waitForURL(/changes=1/);
    const content = reviewer.locator('.revision-view');
    const changedCell = content.locator('td.value--changed');
    expect(await changedCell.count()).toBe(1);
    const oldValue = Number(valueText!.replace(/\s/g, '').replace(',', '.'));
    await expect(changedCell.locator('del').textContent()).resolves.toMatch(
      new RegExp(`^было ${oldValue.toLocaleString('ru-RU').replace('.', ',')}`.replace(/\s/g, '\\s')),
    );
    await expect(changedCell.locator('ins').textContent()).resolves.toMatch(
      new RegExp(`^стало ${newValue.toLocaleString('ru-RU').replace('.', ',')}`.replace(/\s/g, '\\s')),
    );
    // Only the touched goal (with its ancestors for context) is shown, not the whole strategy.
    const shownGoals = await content.locator('article.rgoal').count();
    await reviewer.getByLabel('Только изменения').click();
    await reviewer.waitForURL((url) => !url.search.includes('changes=1'));
    // The URL changes before React re-renders the full tree: wait for the goals to come back (times out if they never do).
    await reviewer.waitForFunction(
      (n) => document.querySelectorAll('.revision-view article.rgoal').length > n,
      shownGoals,
      { timeout: 15000 },
    );
    const allGoals = await content.locator('article.rgoal').count();
    expect(shownGoals).toBeGreaterThan(0);
    expect(shownGoals).toBeLessThan(allGoals);
    expect(await content.locator('article.rgoal--context').count()).toBe(0);

    // The reply is there; resolve the blocker, then approve.
    const thread2 = reviewer.locator('article.remark', { hasText: 'План на 2024 год завышен' });
    await thread2.getByRole('list', { name: 'Ответы' }).getByText('Снизили план на 2024 год.').waitFor();
    await thread2.getByRole('button', { name: 'Снять замечание' }).click();
    // Resolved, it leaves the list of open remarks and is still there under "all".
    await thread2.waitFor({ state: 'detached' });
    await reviewer.getByRole('button', { name: /^Все \(\d+\)$/ }).click();
    await thread2.getByRole('button', { name: 'Открыть снова' }).waitFor();
    await thread2.getByText('Снято', { exact: true }).waitFor();
    await reviewer.getByRole('button', { name: 'Утвердить', exact: true }).and(reviewer.locator(':enabled')).waitFor();
    await reviewer.getByRole('button', { name: 'Утвердить', exact: true }).click();
    const approveDialog = reviewer.getByRole('dialog', { name: 'Утвердить редакцию 2?' });
    await approveDialog.getByRole('button', { name: 'Утвердить' }).click();
    await approveDialog.waitFor({ state: 'detached' });
    await reviewer.getByLabel('Сведения о стратегии').getByText('Утверждена').waitFor();

    // The history lists the whole loop.
    await reviewer.getByText('История изменений').click();
    const history = reviewer.locator('ol.history');
    await history.getByText('утвердил(а)').waitFor();
    for (const action of [
      'подал(а) на проверку',
      'оставил(а) замечание',
      'вернул(а) на доработку',
      'ответил(а) на замечание',
      'изменил(а) цель',
      'снял(а) замечание',
    ]) {
      expect(await history.getByText(action).count()).toBeGreaterThan(0);
    }

    // Anyone, signed out, reads the approved strategy as a public document.
    const visitor = await app.newPage();
    await visitor.goto(`${app.url}/regions/RU-BEL`);
    await visitor.getByText(/Стратегия утверждена .*, редакция 2\./).waitFor();
    await visitor.getByRole('heading', { name: 'Цели по отраслям' }).waitFor();
    await visitor.getByText(indicatorName!).first().waitFor();
    expect(await visitor.getByRole('link', { name: /Открыть проверку/ }).count()).toBe(0);
    expect(await visitor.getByRole('heading', { name: 'История изменений' }).count()).toBe(0);
    expect(app.externalRequests).toEqual([]);
  });
});
