import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
// The test server first: it loads reflect-metadata, which pagination's type-graphql decorators need.
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { encodeCursor } from '../../../graphql/pagination';

/**
 * Goal lists are bounded documents (MAX_GOALS_PER_STRATEGY) and come whole by default; `first`/`after` page them
 * like every other list. Paging must give exactly the whole list, in the same order, with nothing repeated.
 */
describe('paging goal lists', () => {
  let t: TestServer;
  let strategyId: string;
  beforeAll(async () => {
    t = await startTestServer();
    // An approved demo strategy: public, so the anonymous caller reads it.
    strategyId = (
      await t.gql<{ region: { strategy: { id: string; status: string } } }>(
        '{ region(code: "RU-TUL") { strategy { id status } } }',
      )
    ).data!.region.strategy.id;
  });
  afterAll(() => t.stop());

  const GOALS =
    'query($id: ID!, $h: Horizon, $first: Int, $after: String) { strategy(id: $id) { goals(horizon: $h, first: $first, after: $after) { id cursor } } }';
  const CHILDREN =
    'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { goals { id children(first: $first, after: $after) { id cursor } } } }';

  async function goals(variables: Record<string, unknown>) {
    const res = await t.gql<{ strategy: { goals: { id: string; cursor: string }[] } }>(GOALS, {
      id: strategyId,
      ...variables,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.strategy.goals;
  }

  it.each([null, 'Y2024', 'Y2021'])(
    'pages through goals(horizon: %s) two at a time and gets exactly the whole list',
    async (h) => {
      const whole = await goals({ h });
      expect(whole.length).toBeGreaterThan(2);
      const paged: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 1000; guard++) {
        const page = await goals({ h, first: 2, after });
        paged.push(...page.map((g) => g.id));
        if (page.length < 2) break;
        after = page[page.length - 1]!.cursor;
      }
      expect(paged).toEqual(whole.map((g) => g.id));
    },
  );

  it('pages the children of every goal in one request, still one statement per relation', async () => {
    const whole = (
      await t.gql<{ strategy: { goals: { id: string; children: { id: string }[] }[] } }>(CHILDREN, { id: strategyId })
    ).data!.strategy.goals;
    expect(whole.some((g) => g.children.length > 1)).toBe(true);
    const paged = await t.sql.count(() =>
      t.gql<{ strategy: { goals: { id: string; children: { id: string; cursor: string }[] }[] } }>(CHILDREN, {
        id: strategyId,
        first: 1,
      }),
    );
    expect(paged.result.data!.strategy.goals.map((g) => g.children.map((c) => c.id))).toEqual(
      whole.map((g) => g.children.slice(0, 1).map((c) => c.id)),
    );
    // The same statements as the whole tree: the page is cut from the batched rows.
    const unpaged = await t.sql.count(() => t.gql(CHILDREN, { id: strategyId }));
    expect(paged.statements.length).toBe(unpaged.statements.length);
  });

  it('refuses first out of 1..100 on first, and a garbage or foreign cursor on after', async () => {
    for (const first of [0, MAX_PAGE_SIZE + 1]) {
      const res = await t.gql(GOALS, { id: strategyId, first });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const nested = await t.gql(CHILDREN, { id: strategyId, first });
      expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    for (const after of ['not a cursor', encodeCursor('Comment', 1, 'x')]) {
      const res = await t.gql(GOALS, { id: strategyId, after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
