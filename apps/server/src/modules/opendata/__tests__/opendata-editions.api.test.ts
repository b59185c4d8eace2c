import { parseCsv } from '@tsifra/domain/opendata/datasets';
import { IndicatorActualEntity } from '../../execution/indicator-actual.entity';
import { IndicatorEntity } from '../../goal/indicator.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(180_000);

const TUL = `query { region(code: "RU-TUL") { strategy { id edition status version } strategyInForce { id edition } } }`;
const AMEND = `mutation($id: ID!) { amendStrategy(id: $id) { id edition version } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }`;
const APPROVE = `mutation($id: ID!) { approveStrategy(id: $id) { id edition inForce } }`;

/** The strategies dataset's RU-TUL rows as «indicator|year|kind|value» (the columns an edition must not change). */
const tulRows = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => header!.indexOf(name);
  return rows
    .filter((r) => r[col('region_code')] === 'RU-TUL')
    .map((r) => [r[col('indicator')], r[col('year')], r[col('kind')], r[col('value')]].join('|'));
};

describe('open data: strategies dataset across editions', () => {
  let t: TestServer;
  let tul: string;
  let reviewer: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { TODAY: '2024-03-01' } });
    [tul, reviewer] = (await Promise.all(
      ['editor.tul@tsifra.test', 'reviewer@tsifra.test'].map((e) => t.login(e)),
    )) as [string, string];
  });
  afterAll(() => t.stop());

  async function ok(query: string, variables: Record<string, unknown>, token?: string) {
    const res = await t.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data;
  }
  const csv = async () => (await fetch(`${t.url}/opendata/strategies.csv`)).text();

  it('actuals reported on edition 1 stay on the same indicators once edition 2 is in force', async () => {
    const edition1 = (await ok(TUL, {}, tul)).region.strategyInForce;
    // The seeded actuals of RU-TUL, counted from the database (current versions only).
    const indicators = await t.server.db.dataSource.getRepository(IndicatorEntity).findBy({ strategyId: edition1.id });
    const lineages = new Set(indicators.map((i) => i.lineageId ?? i.id));
    const seeded = (await t.server.db.dataSource.getRepository(IndicatorActualEntity).find()).filter(
      (a) => a.supersededAt == null && lineages.has(a.lineageId),
    );
    expect(seeded.length).toBeGreaterThan(0);

    const before = tulRows(await csv());
    const actuals = (rows: string[]) => rows.filter((r) => r.split('|')[2] === 'actual');
    expect(actuals(before)).toHaveLength(seeded.length);

    const draft = (await ok(AMEND, { id: edition1.id }, tul)).amendStrategy;
    expect(draft.edition).toBe(edition1.edition + 1);
    // While the amendment is in work the dataset still reads edition 1, unchanged.
    expect(tulRows(await csv())).toEqual(before);
    await ok(SUBMIT, { id: draft.id, v: draft.version }, tul);
    expect((await ok(APPROVE, { id: draft.id }, reviewer)).approveStrategy).toMatchObject({ inForce: true });
    expect((await ok(TUL, {}, tul)).region.strategyInForce.id).toBe(draft.id);

    // Every actual still points at an edition-1 indicator row: only the lineage joins it to edition 2's rows.
    const edition2Rows = new Set(
      (await t.server.db.dataSource.getRepository(IndicatorEntity).findBy({ strategyId: draft.id })).map((i) => i.id),
    );
    expect(seeded.some((a) => edition2Rows.has(a.indicatorId))).toBe(false);
    const after = tulRows(await csv());
    expect(actuals(after)).toHaveLength(seeded.length);
    expect(after).toEqual(before);
  });
});
