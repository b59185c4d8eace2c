import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AA_NORMAL, axeContrastFailures, compareWithBaseline, textContrasts } from './contrast';
import { startApp, type App } from './harness';
import { gql } from './page-api';

/**
 * The bell's panel can be read: its items' text contrasts with the panel (axe-core, with its "needs review"
 * colour results counted, and the computed styles), in Russian and in English, and the open panel looks like
 * its committed picture. The items were once white on white (the header's link colour won over the panel's).
 */

const BASELINES = join(__dirname, '__screenshots__');
/** Share of pixels that may differ from the baseline (anti-aliasing), well under one changed word. */
const PIXEL_TOLERANCE = 0.005;

const signIn = (app: App, page: Page, email: string) =>
  gql(app, page, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: 'demo-password',
  });

/**
 * One fixed size and one font (Debian's fonts-dejavu-core) so the picture does not depend on the machine's defaults.
 * 1280 × 720: at some narrower sizes axe-core skipped the panel's links altogether (neither pass nor "needs
 * review"), which is why the computed-style check below stands beside it.
 */
async function steadyPage(app: App): Promise<Page> {
  const page = await app.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}

async function openPanel(page: Page) {
  await page.addStyleTag({
    content:
      '*, *::before, *::after { font-family: "DejaVu Sans" !important; transition: none !important; animation: none !important; }',
  });
  await page.getByRole('button', { name: /^(Уведомления|Notifications): / }).click();
  const panel = page.locator('.bell__panel');
  await panel.getByRole('link').first().waitFor();
  return panel;
}

describe('the notification panel', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    // Something to be notified about: Belgorod's editor submits its strategy, which tells the reviewers.
    const editor = await app.newPage();
    await signIn(app, editor, 'editor.bel@tsifra.test');
    const { region } = await gql<{ region: { strategy: { id: string; version: number } } }>(
      app,
      editor,
      'query { region(code: "RU-BEL") { strategy { id version } } }',
    );
    await gql(app, editor, 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }', {
      id: region.strategy.id,
      v: region.strategy.version,
    });
    await editor.context().close();
  });
  afterAll(() => app?.stop());

  for (const lang of ['ru', 'en'] as const) {
    it(`shows readable items in ${lang === 'ru' ? 'Russian' : 'English'}: no contrast failure from axe (needs-review included), every text at least 4.5 : 1, and the committed picture`, async () => {
      const page = await steadyPage(app);
      await signIn(app, page, 'reviewer@tsifra.test');
      await page.addInitScript((l) => localStorage.setItem('tsifra.lang', l), lang);
      await page.goto(`${app.url}/`);
      const panel = await openPanel(page);
      const headline =
        lang === 'ru'
          ? /Белгородская область: стратегия подана на проверку \(редакция 1\)/
          : /Belgorod Oblast: strategy submitted for review \(revision 1\)/;
      await panel.getByRole('link', { name: headline }).waitFor();
      await panel
        .getByText(
          lang === 'ru'
            ? 'Стратегия цифровой трансформации · Белгородская область'
            : 'Digital transformation strategy · Belgorod Oblast',
          { exact: false },
        )
        .first()
        .waitFor();

      expect(await axeContrastFailures(page, '.bell__panel')).toEqual([]);

      const texts = await textContrasts(page, '.bell__panel');
      expect(texts.map((t) => t.text).join(' ')).toMatch(headline);
      const poor = texts
        .filter((t) => t.ratio < AA_NORMAL)
        .map((t) => `${t.text}: ${t.color} on ${t.background} = ${t.ratio.toFixed(2)}`);
      expect(poor).toEqual([]);

      // The times come from the server's clock: masked, so the picture holds on any day.
      const png = await panel.screenshot({
        animations: 'disabled',
        caret: 'hide',
        mask: [panel.locator('time')],
        maskColor: '#888888',
      });
      expect(compareWithBaseline(png, join(BASELINES, `notification-panel.${lang}.png`))).toBeLessThanOrEqual(
        PIXEL_TOLERANCE,
      );
      await page.context().close();
    });
  }

  it('would catch the old fault: white text on the white panel fails the computed contrast check', async () => {
    const page = await steadyPage(app);
    await signIn(app, page, 'reviewer@tsifra.test');
    await page.goto(`${app.url}/`);
    await openPanel(page);
    await page.addStyleTag({ content: '.bell__panel a { color: #ffffff !important; }' });

    // Since the UI kit landed axe reports nothing for this injected fault (neither violation nor needs-review);
    // the computed-style check below is what catches it. Kept visible here, to be looked into (closing note).
    const poor = (await textContrasts(page, '.bell__panel')).filter((t) => t.ratio < AA_NORMAL);
    expect(poor).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: expect.stringMatching(/Белгородская область: стратегия подана/), ratio: 1 }),
      ]),
    );
    await page.context().close();
  });
});
