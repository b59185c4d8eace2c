import { startTestServer, type TestServer } from '../../../testing/test-server';

const RATING = `query($p: String!) { rating(period: $p) { period methodology { code maxScore inUse parameters { code maxPoints formula } }
  entries { rank score previousRank band region { code name digitalHead { name } controlCentre { status } } parameters { code points value noData } } } }`;
const HISTORY =
  'query($r: String!, $n: Int) { ratingHistory(regionCode: $r, months: $n) { period rank score methodologyCode maxScore } }';

describe('rating reads are batched (a constant number of SQL statements)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  async function count(query: string, variables: Record<string, unknown>) {
    const { result, statements } = await t.sql.count(() =>
      t.gql<Record<string, unknown[] | { entries: unknown[] }>>(query, variables),
    );
    expect(result.errors).toBeUndefined();
    return { statements: statements.length, size: JSON.stringify(result.data).length };
  }

  it("a month's rating with every region's breakdown: the same count for 5 and 7 parameters, and few", async () => {
    const five = await count(RATING, { p: '2021-11' });
    const seven = await count(RATING, { p: '2022-07' });
    expect(seven.size).toBeGreaterThan(five.size);
    expect(seven.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(10);
  });

  it("the published rating itself is one statement: publication, entries and last month's ranks together", async () => {
    const bare = await count(
      'query($p: String!) { rating(period: $p) { period version entries { rank previousRank score band } } }',
      {
        p: '2022-07',
      },
    );
    expect(bare.size).toBeGreaterThan(85 * 20);
    expect(bare.statements).toBe(1);
  });

  it("a region's history: the same count for 3 and 24 months", async () => {
    const short = await count(HISTORY, { r: 'RU-TUL', n: 3 });
    const long = await count(HISTORY, { r: 'RU-TUL', n: 24 });
    expect(long.size).toBeGreaterThan(short.size * 5);
    expect(long.statements).toBe(short.statements);
    // One statement: the publications, the region's entries and their methodologies together.
    expect(long.statements).toBe(1);
  });
});
