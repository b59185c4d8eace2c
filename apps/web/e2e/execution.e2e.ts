import type { Page } from 'playwright-core';
import { startApp, type App } from './harness';
import { gql, until } from './page-api';

/**
 * Carrying out the strategy and amending it (issue 12), in a real browser against the production server:
 * RU-BEL is approved (set up through the API); its editor enters a 2021 actual that puts a goal off track;
 * the reviewer sees RU-BEL's status change on the federal progress view and opens the region's chart; the
 * editor starts an amendment from the region page, changes one 2024 target and submits; the reviewer sees
 * exactly that change against the edition in force and approves it, putting edition 2 in force.
 */

const signIn = (app: App, page: Page, email: string) =>
  gql(app, page, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: email,
    p: 'demo-password',
  });

interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: 'INCREASE' | 'DECREASE' | null;
  baselineYear: number;
  baselineValue: number;
  responsible: string | null;
  targets: { year: number; value: number }[];
}
interface Goal {
  id: string;
  horizon: string;
  title: string;
  description: string | null;
  sector: { code: string };
  parent: { id: string } | null;
  indicators: Indicator[];
}
const GOAL_FIELDS = `id horizon title description sector { code } parent { id }
  indicators { id name unit direction baselineYear baselineValue responsible targets { year value } }`;
const BEL = `query { region(code: "RU-BEL") { strategy { id version status revision edition
  g2030: goals(horizon: Y2030) { ${GOAL_FIELDS} } g2024: goals(horizon: Y2024) { ${GOAL_FIELDS} }
  g2021: goals(horizon: Y2021) { ${GOAL_FIELDS} } } strategyInForce { id edition } } }`;
type BelData = {
  region: {
    strategy: { id: string; version: number; status: string; revision: number; edition: number } & Record<
      'g2030' | 'g2024' | 'g2021',
      Goal[]
    >;
    strategyInForce: { id: string; edition: number } | null;
  };
};
const goalsOf = (d: BelData) => [...d.region.strategy.g2030, ...d.region.strategy.g2024, ...d.region.strategy.g2021];

/** The status text of RU-BEL's row in the federal progress table. */
const belStatus = (page: Page) =>
  page
    .locator('table.progress-table tr', { has: page.getByRole('link', { name: 'Белгородская область' }) })
    .locator('td')
    .first();

/** Marks progress in the log, so a timeout says where it stopped. */
const step = (n: number) => process.stderr.write(`execution e2e: step ${n}\n`);

describe('carrying out and amending a strategy', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('an off-track actual shows on the federal view and the chart; an amendment of one target is reviewed as exactly that change and approved', async () => {
    const editor = await app.newPage();
    const reviewer = await app.newPage();
    await signIn(app, editor, 'editor.bel@tsifra.test');
    await signIn(app, reviewer, 'reviewer@tsifra.test');

    step(1);
    // Setup through the API: RU-BEL's draft is submitted and approved (edition 1).
    const draft = await gql<BelData>(app, editor, BEL);
    await gql(app, editor, 'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }', {
      id: draft.region.strategy.id,
      v: draft.region.strategy.version,
    });
    await gql(app, reviewer, 'mutation($id: ID!) { approveStrategy(id: $id) { id } }', {
      id: draft.region.strategy.id,
    });

    step(2);
    // An indicator with a 2021 plan away from its baseline: reporting the baseline itself is 0 % — off track.
    const indicator = goalsOf(draft)
      .flatMap((g) => g.indicators)
      .find(
        (i) =>
          i.baselineYear < 2021 &&
          i.targets.some((t) => t.year === 2021 && t.value !== i.baselineValue) &&
          i.targets.some((t) => t.year === 2024),
      )!;
    expect(indicator).toBeDefined();

    step(3);
    // The reviewer's federal view before: RU-BEL is approved, with no data for 2021.
    await reviewer.goto(`${app.url}/progress?year=2021`);
    await belStatus(reviewer).getByText('нет данных').waitFor();

    step(4);
    // The editor enters the 2021 actual on the region's progress page (keyboard: the form submits on Enter).
    await editor.goto(`${app.url}/regions/RU-BEL/progress?year=2021`);
    const card = editor.getByRole('article', { name: indicator.name }).first();
    await card.getByRole('button', { name: 'Сдать факт за 2021 год' }).click();
    const form = editor.getByRole('form', { name: `Факт «${indicator.name}» за 2021 год` });
    await form.getByLabel('Значение за 2021 год').fill(String(indicator.baselineValue).replace('.', ','));
    await form.getByLabel('Значение за 2021 год').press('Enter');
    await card.getByRole('heading', { name: /отстаёт/ }).waitFor();

    step(5);
    // The reviewer sees RU-BEL's cell change to off track, opens the region and its chart.
    await reviewer.reload();
    await belStatus(reviewer).getByText('отстаёт').waitFor();
    await reviewer.getByRole('link', { name: 'Белгородская область' }).click();
    await reviewer.waitForURL(/\/regions\/RU-BEL\/progress\?year=2021$/);
    const chart = reviewer.getByRole('figure', {
      name: new RegExp(`^${indicator.name.replace(/[()]/g, '.')}, .*: план и факт`),
    });
    await chart.first().waitFor();
    await chart.first().locator('canvas, svg').first().waitFor();

    step(6);
    // The editor starts an amendment from the region page: edition 2 opens in the editor.
    await editor.goto(`${app.url}/regions/RU-BEL`);
    await editor.getByText('Редакция № 1 · действующая').waitFor();
    await editor.getByRole('button', { name: 'Начать изменение' }).click();
    await editor.waitForURL(/\/regions\/RU-BEL\/edit$/);
    const amended = await gql<BelData>(app, editor, BEL);
    expect(amended.region.strategy).toMatchObject({ edition: 2, status: 'DRAFT' });
    expect(amended.region.strategyInForce).toEqual({ id: draft.region.strategy.id, edition: 1 });

    step(7);
    // It changes one 2024 target (through the API in the same session), then submits in the editor.
    const goal = goalsOf(amended).find((g) => g.indicators.some((i) => i.name === indicator.name))!;
    const old2024 = goal.indicators.find((i) => i.name === indicator.name)!.targets.find((t) => t.year === 2024)!;
    const new2024 = indicator.unit === '%' && old2024.value >= 99 ? old2024.value - 1 : old2024.value + 1;
    await gql(
      app,
      editor,
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
      {
        id: goal.id,
        v: amended.region.strategy.version,
        input: {
          horizon: goal.horizon,
          sectorCode: goal.sector.code,
          title: goal.title,
          description: goal.description,
          parentId: goal.parent?.id ?? null,
          indicators: goal.indicators.map((i) => ({
            id: i.id,
            name: i.name,
            unit: i.unit,
            direction: i.direction,
            baselineYear: i.baselineYear,
            baselineValue: i.baselineValue,
            responsible: i.responsible,
            targets: i.targets.map((t) =>
              i.name === indicator.name && t.year === 2024 ? { year: 2024, value: new2024 } : t,
            ),
          })),
        },
      },
    );
    await editor.reload();
    await editor.getByRole('button', { name: 'Подать на проверку' }).click();
    await editor
      .getByRole('dialog', { name: 'Подать редакцию 1 на проверку?' })
      .getByRole('button', { name: 'Подать редакцию' })
      .click();
    await until(async () => (await gql<BelData>(app, editor, BEL)).region.strategy.status, 'SUBMITTED');

    step(8);
    // The reviewer sees exactly that change against the edition in force, and approves.
    await reviewer.goto(`${app.url}/regions/RU-BEL/review`);
    await reviewer
      .getByRole('heading', { name: 'Изменения относительно действующей редакции № 1: 1 изменение' })
      .waitFor();
    const changed = reviewer.locator('.revision-view td.value--changed');
    expect(await changed.count()).toBe(1);
    await expect(changed.locator('ins').textContent()).resolves.toContain(new2024.toLocaleString('ru-RU'));
    await reviewer.getByRole('button', { name: 'Утвердить', exact: true }).click();
    const approve = reviewer.getByRole('dialog', { name: 'Утвердить редакцию 1?' });
    await approve.getByRole('button', { name: 'Утвердить' }).click();
    await approve.waitFor({ state: 'detached' });
    await until(async () => (await gql<BelData>(app, reviewer, BEL)).region.strategyInForce?.edition, 2);

    step(9);
    // Anyone now reads edition 2, still with the 2021 actual on the same indicator.
    const visitor = await app.newPage();
    await visitor.goto(`${app.url}/regions/RU-BEL`);
    await visitor.getByText('Редакция № 2 · действующая').waitFor();
    await visitor.goto(`${app.url}/regions/RU-BEL/progress?year=2021`);
    await visitor
      .getByRole('article', { name: indicator.name })
      .first()
      .getByRole('heading', { name: /отстаёт/ })
      .waitFor();
    expect(app.externalRequests).toEqual([]);
  }, 300_000);
});
