import { startTestServer, type TestServer } from '../../../testing/test-server';

const STRATEGY = `query($code: String!) { region(code: $code) { strategy { id status version revision contentVisible sectors { code }
  goals { id horizon title children { id horizon title } indicators { name unit targets { year value } } } comments { body } } } }`;
const ADD_GOAL = `mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id horizon title parent { id } indicators { name unit direction targets { year value } } } }`;

const indicator = (targets: { year: number; value: number }[], extra: Record<string, unknown> = {}) => ({
  name: 'Доля записей к врачу онлайн',
  unit: '%',
  baselineYear: 2020,
  baselineValue: 40,
  targets,
  ...extra,
});

describe('editing and reviewing a strategy through the API', () => {
  let t: TestServer;
  let bel: string;
  let tul: string;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestServer();
    [bel, tul, reviewer] = await Promise.all([
      t.login('editor.bel@tsifra.test'),
      t.login('editor.tul@tsifra.test'),
      t.login('reviewer@tsifra.test'),
    ]);
  });
  afterAll(() => t.stop());

  const belStrategy = async (token = bel) =>
    (await t.gql<{ region: { strategy: any } }>(STRATEGY, { code: 'RU-BEL' }, token)).data!.region.strategy;

  it('lets the regional editor build a 2030 → 2024 → 2021 tree with indicators, bumping the version on each change', async () => {
    const before = await belStrategy();
    expect(before.status).toBe('DRAFT');
    const g2030 = await t.gql<{ addGoal: any }>(
      ADD_GOAL,
      {
        s: before.id,
        v: before.version,
        input: {
          horizon: 'Y2030',
          sectorCode: 'healthcare',
          title: 'Цифровое здравоохранение',
          indicators: [
            indicator([
              { year: 2024, value: 70 },
              { year: 2030, value: 95 },
            ]),
          ],
        },
      },
      bel,
    );
    expect(g2030.errors).toBeUndefined();
    expect(g2030.data!.addGoal.indicators[0]).toMatchObject({
      unit: '%',
      direction: null,
      targets: [
        { year: 2024, value: 70 },
        { year: 2030, value: 95 },
      ],
    });
    const g2024 = await t.gql<{ addGoal: any }>(
      ADD_GOAL,
      {
        s: before.id,
        v: before.version + 1,
        input: {
          horizon: 'Y2024',
          sectorCode: 'healthcare',
          title: 'Запись онлайн',
          parentId: g2030.data!.addGoal.id,
          indicators: [indicator([{ year: 2024, value: 70 }])],
        },
      },
      bel,
    );
    expect(g2024.data!.addGoal.parent.id).toBe(g2030.data!.addGoal.id);
    const task = await t.gql<{ addGoal: any }>(
      ADD_GOAL,
      {
        s: before.id,
        v: before.version + 2,
        // 2021 and 2024 goals need an indicator with a target for their year, or the strategy cannot be submitted.
        input: {
          horizon: 'Y2021',
          sectorCode: 'healthcare',
          title: 'Подключить поликлиники',
          parentId: g2024.data!.addGoal.id,
          indicators: [indicator([{ year: 2021, value: 50 }])],
        },
      },
      bel,
    );
    expect(task.errors).toBeUndefined();
    const after = await belStrategy();
    expect(after.version).toBe(before.version + 3);
    const tree = after.goals.find((g: any) => g.id === g2030.data!.addGoal.id);
    expect(tree.children.map((c: any) => c.title)).toEqual(['Запись онлайн']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const s = await belStrategy();
    const res = await t.gql(
      ADD_GOAL,
      { s: s.id, v: s.version - 1, input: { horizon: 'Y2030', sectorCode: 'education', title: 'Stale edit' } },
      bel,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await belStrategy();
    expect(after.version).toBe(s.version);
    expect(after.goals.map((g: any) => g.title)).not.toContain('Stale edit');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const s = await belStrategy();
    const attempt = (title: string) =>
      t.gql(ADD_GOAL, { s: s.id, v: s.version, input: { horizon: 'Y2030', sectorCode: 'transport', title } }, bel);
    const results = await Promise.all([attempt('Race A'), attempt('Race B'), attempt('Race C')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    const after = await belStrategy();
    expect(after.version).toBe(s.version + 1);
    expect(after.goals.filter((g: any) => g.title.startsWith('Race'))).toHaveLength(1);
  });

  it.each([
    ['an empty title', 'input.title', { title: '   ' }],
    ['a 10 000-character title', 'input.title', { title: 'x'.repeat(10_000) }],
    ['an unknown sector', 'input.sectorCode', { sectorCode: 'space_program' }],
    ['a sector the strategy did not choose', 'input.sectorCode', { sectorCode: 'culture' }],
    [
      'a percentage over 100',
      'input.indicators[0].targets[0].value',
      { indicators: [indicator([{ year: 2030, value: 150 }])] },
    ],
    [
      'an increase target below the baseline',
      'input.indicators[0].targets[0].value',
      { indicators: [indicator([{ year: 2030, value: 10 }], { direction: 'INCREASE' })] },
    ],
    [
      'targets that miss the horizon year',
      'input.indicators[0].targets',
      { indicators: [indicator([{ year: 2022, value: 50 }])] },
    ],
    [
      'an unknown unit',
      'input.indicators[0].unit',
      { indicators: [indicator([{ year: 2030, value: 50 }], { unit: 'parsecs' })] },
    ],
    ['a parent from nowhere', 'input.parentId', { parentId: '00000000-0000-0000-0000-000000000000' }],
  ] as [string, string, Record<string, unknown>][])(
    'refuses %s with BAD_USER_INPUT at %s and changes nothing',
    async (_what, field, patch) => {
      const s = await belStrategy();
      const input = { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Valid title', ...patch };
      const res = await t.gql(ADD_GOAL, { s: s.id, v: s.version, input }, bel);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await belStrategy()).version).toBe(s.version);
    },
  );

  it('refuses NaN-like and infinite numbers at the GraphQL layer', async () => {
    const s = await belStrategy();
    const res = await t.fetchRaw(
      `{"query":"mutation { addGoal(strategyId: \\"${s.id}\\", version: ${s.version}, input: { horizon: Y2030, sectorCode: \\"healthcare\\", title: \\"t\\", indicators: [{ name: \\"n\\", unit: \\"%\\", baselineYear: 2020, baselineValue: Infinity, targets: [] }] }) { id } }"}`,
    );
    expect(res.status).toBe(400);
    expect((await belStrategy()).version).toBe(s.version);
  });

  it('refuses a child horizon that is not earlier than its parent', async () => {
    const s = await belStrategy();
    const parent = s.goals.find((g: any) => g.horizon === 'Y2024') ?? s.goals[0].children[0];
    const res = await t.gql(
      ADD_GOAL,
      {
        s: s.id,
        v: s.version,
        input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Upside down', parentId: parent.id },
      },
      bel,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });
  });

  it('refuses a goal cycle', async () => {
    const s = await belStrategy();
    const top = s.goals.find((g: any) => g.children.length > 0);
    const child = top.children[0];
    const res = await t.gql(
      'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
      {
        id: top.id,
        v: s.version,
        input: { horizon: 'Y2021', sectorCode: 'healthcare', title: top.title, parentId: child.id },
      },
      bel,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0]?.extensions?.details as { rule: string }[]).map((d) => d.rule)).toContain('goal_cycle');
  });

  it('stores HTML as plain text', async () => {
    const s = await belStrategy();
    const title = '<script>alert("x")</script> & <b>bold</b>';
    const res = await t.gql<{ addGoal: { title: string } }>(
      ADD_GOAL,
      { s: s.id, v: s.version, input: { horizon: 'Y2030', sectorCode: 'education', title } },
      bel,
    );
    expect(res.data!.addGoal.title).toBe(title);
  });

  it("keeps another region's draft away from an editor: no content to read, FORBIDDEN to write", async () => {
    const asTula = await belStrategy(tul);
    expect(asTula).toMatchObject({ status: 'DRAFT', contentVisible: false, goals: [], sectors: [] });
    const res = await t.gql(
      ADD_GOAL,
      { s: asTula.id, v: asTula.version, input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Intrusion' } },
      tul,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(ADD_GOAL, {
      s: asTula.id,
      v: asTula.version,
      input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'Intrusion' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs the review loop: submit, return with a comment, resubmit, approve — then the content is public', async () => {
    let s = await belStrategy();
    const ready = await t.gql<{ strategy: { completeness: unknown[]; availableTransitions: string[] } }>(
      'query($id: ID!) { strategy(id: $id) { completeness { rule } availableTransitions } }',
      { id: s.id },
      bel,
    );
    expect(ready.data!.strategy).toEqual({ completeness: [], availableTransitions: ['SUBMITTED'] });
    const submit = await t.gql<{ submitStrategy: any }>(
      'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status revision version } }',
      { id: s.id, v: s.version },
      bel,
    );
    expect(submit.data!.submitStrategy).toMatchObject({ status: 'SUBMITTED', revision: 1 });

    const edit = await t.gql(
      ADD_GOAL,
      {
        s: s.id,
        v: submit.data!.submitStrategy.version,
        input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'While submitted' },
      },
      bel,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const selfApprove = await t.gql('mutation($id: ID!) { approveStrategy(id: $id) { status } }', { id: s.id }, bel);
    expect(selfApprove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reviewerEdit = await t.gql(
      ADD_GOAL,
      {
        s: s.id,
        v: submit.data!.submitStrategy.version,
        input: { horizon: 'Y2030', sectorCode: 'healthcare', title: 'By reviewer' },
      },
      reviewer,
    );
    expect(reviewerEdit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const back = await t.gql<{ requestChanges: any }>(
      'mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { status comments { body } } }',
      { id: s.id, c: 'Добавьте показатели' },
      reviewer,
    );
    expect(back.data!.requestChanges.status).toBe('CHANGES_REQUESTED');
    expect(back.data!.requestChanges.comments.map((c: any) => c.body)).toContain('Добавьте показатели');

    s = await belStrategy();
    const again = await t.gql<{ submitStrategy: any }>(
      'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status revision } }',
      { id: s.id, v: s.version },
      bel,
    );
    expect(again.data!.submitStrategy).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    const twice = await t.gql(
      'mutation($id: ID!) { submitStrategy(id: $id, version: 0) { status } }',
      { id: s.id },
      bel,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    const beforeApproval = Date.now();
    const approve = await t.gql<{ approveStrategy: any }>(
      'mutation($id: ID!) { approveStrategy(id: $id) { status approvedAt submittedAt } }',
      { id: s.id },
      reviewer,
    );
    expect(approve.data!.approveStrategy.status).toBe('APPROVED');
    // The approval is dated by itself, not by the last edit: after the submission, at the moment of the decision.
    const approvedAt = Date.parse(approve.data!.approveStrategy.approvedAt);
    expect(approvedAt).toBeGreaterThanOrEqual(beforeApproval - 1000);
    expect(approvedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(approvedAt).toBeGreaterThan(Date.parse(approve.data!.approveStrategy.submittedAt));
    const publicView = await belStrategy(undefined as unknown as string);
    expect(publicView.contentVisible).toBe(true);
    expect(publicView.goals.length).toBeGreaterThan(0);
  });

  it('lets only the own region create its strategy', async () => {
    const other = await t.gql('mutation { createStrategy(regionCode: "RU-MOW") { id } }', {}, bel);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dup = await t.gql('mutation { createStrategy(regionCode: "RU-TUL") { id } }', {}, tul);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
