import { startTestServer, type TestServer } from '../../testing/test-server';

const pgUrl = process.env.TEST_DATABASE_URL;

/** The PostgreSQL sessions' planner setting (PG_RANDOM_PAGE_COST): the index walk a strategy read needs. */
(pgUrl ? describe : describe.skip)('PostgreSQL session settings', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('every pooled session plans with random_page_cost 1.1 and finds one strategy’s values through the index', async () => {
    const [a, b] = await Promise.all(
      [0, 1].map(
        () => t.server.db.dataSource.query('SHOW random_page_cost') as Promise<{ random_page_cost: string }[]>,
      ),
    );
    expect([a![0]!.random_page_cost, b![0]!.random_page_cost]).toEqual(['1.1', '1.1']);
    const strategies = (await t.server.db.dataSource.query(`SELECT id FROM strategies ORDER BY id LIMIT 1`)) as {
      id: string;
    }[];
    const id = strategies[0]!.id;
    const plan = (
      (await t.server.db.dataSource.query(
        `EXPLAIN SELECT t.value FROM indicator_values t JOIN indicators j ON j.id = t.indicator_id WHERE j.strategy_id IN ($1)`,
        [id],
      )) as { 'QUERY PLAN': string }[]
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).not.toMatch(/Seq Scan on indicator_values/);
  });
});
