import { startTestServer, type TestServer } from '../../testing/test-server';
import { selectRowsByKeys } from '../batch';

/** selectRowsByKeys on the real database (both dialects): property names, joins, ordering, and the parameter cap. */
describe('selectRowsByKeys', () => {
  let t: TestServer;
  let strategyIds: string[];
  beforeAll(async () => {
    t = await startTestServer();
    strategyIds = (await t.server.db.dataSource.query('SELECT id FROM strategies')).map((r: { id: string }) => r.id);
  });
  afterAll(() => t.stop());

  const goalsOf = (keys: readonly string[]) =>
    selectRowsByKeys<{ id: string; strategyId: string; parentId: string | null; position: number }>(
      t.server.db.dataSource,
      {
        table: 'goals',
        columns: { id: 'id', strategyId: 'strategy_id', parentId: 'parent_id', position: 'position' },
        key: 'strategy_id',
        keys,
        orderBy: ['position', 'id'],
      },
    );

  it('returns exactly the named properties, with the types the entities have', async () => {
    const rows = await goalsOf(strategyIds);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['id', 'parentId', 'position', 'strategyId']);
      expect(typeof row.position).toBe('number');
    }
    const sorted = [...rows].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(rows.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
  });

  it('binds more keys than one statement may take (chunks past the parameter cap) and repeats no row', async () => {
    const fake = Array.from({ length: 12_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const keys = [...fake.slice(0, 6000), ...strategyIds, ...fake.slice(6000), strategyIds[0]!];
    const rows = await goalsOf(keys);
    const direct = await goalsOf(strategyIds);
    expect(rows.map((r) => r.id).sort()).toEqual(direct.map((r) => r.id).sort());
  });

  it('filters through a joined table: values found by their indicators’ strategy', async () => {
    // A strategy that has indicator values (approved demo strategies do).
    const one: string = (
      await t.server.db.dataSource.query(
        'SELECT i.strategy_id AS s FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id',
      )
    )[0].s;
    const values = await selectRowsByKeys<{ indicatorId: string; year: number; value: number }>(
      t.server.db.dataSource,
      {
        table: 'indicator_values',
        columns: { indicatorId: 'indicator_id', year: 'year', value: 'value' },
        join: { table: 'indicators', on: 'indicator_id' },
        key: 'strategy_id',
        keys: [one],
      },
    );
    const indicators: { id: string; strategy_id: string }[] = await t.server.db.dataSource.query(
      'SELECT id, strategy_id FROM indicators',
    );
    const indicatorIds = new Set(indicators.filter((i) => i.strategy_id === one).map((i) => i.id));
    const expected = (await t.server.db.dataSource.query('SELECT indicator_id FROM indicator_values')).filter(
      (r: { indicator_id: string }) => indicatorIds.has(r.indicator_id),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(values).toHaveLength(expected.length);
    expect(values.every((v) => indicatorIds.has(v.indicatorId) && typeof v.value === 'number')).toBe(true);
  });
});
