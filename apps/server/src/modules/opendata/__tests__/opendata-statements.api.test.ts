import { randomUUID } from 'node:crypto';
import { OPEN_DATASETS, parseCsv } from '@tsifra/domain/opendata/datasets';
import { insertInChunks } from '../../../db/insert-in-chunks';
import { IndicatorValueEntity } from '../../goal/indicator-value.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(180_000);

const FILES = ['datapackage.json', 'feed.atom', ...OPEN_DATASETS.flatMap((d) => [`${d.name}.csv`, `${d.name}.json`])];

describe('open-data reads at two data sizes', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  /** Statements per file, and the rows of strategies.csv and entries of the feed (to prove the data grew). */
  async function measure() {
    const statements: Record<string, number> = {};
    let strategyRows = 0;
    let feedEntries = 0;
    for (const file of FILES) {
      const { result, statements: sql } = await t.sql.count(async () => {
        const res = await fetch(`${t.url}/opendata/${file}`);
        return { status: res.status, text: await res.text() };
      });
      expect([file, result.status]).toEqual([file, 200]);
      statements[file] = sql.length;
      if (file === 'strategies.csv') strategyRows = parseCsv(result.text).length - 1;
      if (file === 'feed.atom') feedEntries = result.text.split('<entry>').length - 1;
    }
    return { statements, strategyRows, feedEntries };
  }

  /** Every strategy approved, and every indicator given targets for five more years. */
  async function grow() {
    await t.server.db.dataSource.query(
      `UPDATE strategies SET status = 'APPROVED', approved_at = COALESCE(approved_at, CURRENT_TIMESTAMP)`,
    );
    const indicators: { id: string }[] = await t.server.db.dataSource.query('SELECT id FROM indicators');
    const values = indicators.flatMap(({ id }) =>
      [2031, 2032, 2033, 2034, 2035].map((year) =>
        Object.assign(new IndicatorValueEntity(), {
          id: randomUUID(),
          indicatorId: id,
          kind: 'TARGET',
          year,
          value: year,
        }),
      ),
    );
    await t.server.db.write((m) => insertInChunks(m, IndicatorValueEntity, values, 400));
  }

  it('costs the same statements per file after every strategy is approved and every indicator has more targets', async () => {
    const small = await measure();
    await grow();
    const large = await measure();
    process.stdout.write(`open-data statement counts: ${JSON.stringify({ small, large })}\n`);
    expect(large.strategyRows).toBeGreaterThan(small.strategyRows * 2);
    expect(large.feedEntries).toBeGreaterThan(small.feedEntries);
    expect(large.statements).toEqual(small.statements);
    // One statement per dataset file; the descriptor and the feed read the publications (two statements).
    for (const file of FILES) expect(small.statements[file]).toBeLessThanOrEqual(2);
  });
});
