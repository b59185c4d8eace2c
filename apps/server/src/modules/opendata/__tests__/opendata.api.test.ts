import { OPEN_DATASETS, parseCsv, validCell } from '@tsifra/domain/opendata/datasets';
import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(120_000);

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  constraints?: { required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  licenses: { name: string }[];
  schema: { fields: Field[] };
}

describe('open data', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  const get = async (path: string) => {
    const res = await fetch(`${t.url}/opendata/${path}`);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      text: await res.text(),
      lastModified: res.headers.get('last-modified'),
    };
  };
  const descriptor = async () =>
    JSON.parse((await get('datapackage.json')).text) as {
      licenses: { name: string }[];
      created: string;
      resources: Resource[];
    };

  it('every CSV has its descriptor’s header and every value its field’s type; the JSON holds the same rows', async () => {
    const pkg = await descriptor();
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(OPEN_DATASETS.map((d) => d.name).sort());
    for (const resource of pkg.resources) {
      const csv = await get(resource.path);
      expect(csv.status).toBe(200);
      expect(csv.type).toContain('text/csv');
      const [header, ...rows] = parseCsv(csv.text);
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveLength(header!.length);
        resource.schema.fields.forEach((field, i) => {
          if (!validCell({ type: field.type, required: field.constraints?.required }, row[i]!))
            throw new Error(`${resource.name}: ${field.name} (${field.type}) cannot be ${JSON.stringify(row[i])}`);
        });
      }
      const json = JSON.parse((await get(`${resource.name}.json`)).text) as Record<string, unknown>[];
      expect(json).toHaveLength(rows.length);
      resource.schema.fields.forEach((field, i) => {
        const value = json[0]![field.name];
        if (field.type === 'integer' || field.type === 'number')
          expect(value === null || typeof value === 'number').toBe(true);
        if (value != null) expect(String(value)).toBe(rows[0]![i]);
      });
    }
  });

  it('holds no e-mail addresses and no unapproved strategy', async () => {
    for (const d of OPEN_DATASETS) expect((await get(`${d.name}.csv`)).text).not.toMatch(/@[a-z0-9-]+\./i);
    const regions = new Set(
      parseCsv((await get('strategies.csv')).text)
        .slice(1)
        .map((r) => r[0]),
    );
    expect(regions.has('RU-TUL')).toBe(true);
    expect(regions.has('RU-BEL')).toBe(false);
  });

  it('a newly approved strategy appears in the files and the feed', async () => {
    const feedBefore = await get('feed.atom');
    expect(feedBefore.type).toContain('application/atom+xml');
    expect(feedBefore.text).not.toContain('/regions/RU-BEL');
    const before = parseCsv((await get('strategies.csv')).text).length;

    const [bel, reviewer] = await Promise.all([t.login('editor.bel@tsifra.test'), t.login('reviewer@tsifra.test')]);
    const { data } = await t.gql('query { region(code: "RU-BEL") { strategy { id version } } }', {}, bel);
    const s = data.region.strategy;
    const submitted = await t.gql(
      'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { status } }',
      { id: s.id, v: s.version },
      bel,
    );
    expect(submitted.errors).toBeUndefined();
    const approved = await t.gql('mutation($id: ID!) { approveStrategy(id: $id) { status } }', { id: s.id }, reviewer);
    expect(approved.data.approveStrategy.status).toBe('APPROVED');

    const rows = parseCsv((await get('strategies.csv')).text);
    const bels = rows.filter((r) => r[0] === 'RU-BEL');
    expect(bels.length).toBeGreaterThan(0);
    expect(rows.length).toBe(before + bels.length);
    expect(new Set(bels.map((r) => r[10]))).toContain('plan');
    const json = JSON.parse((await get('strategies.json')).text) as { region_code: string }[];
    expect(json.filter((r) => r.region_code === 'RU-BEL')).toHaveLength(bels.length);

    const feed = await get('feed.atom');
    expect(feed.text).toContain('/regions/RU-BEL');
    expect(feed.text.indexOf('/regions/RU-BEL')).toBeLessThan(
      feed.text.indexOf('<entry>', feed.text.indexOf('<entry>') + 1),
    );
    const pkg = await descriptor();
    expect(pkg.created > bels[0]![4]!).toBe(true);
  });

  it('reads each dataset in one statement, whatever the number of rows', async () => {
    for (const d of OPEN_DATASETS) {
      const { result, statements } = await t.sql.count(() => get(`${d.name}.csv`));
      expect(result.status).toBe(200);
      expect(statements).toHaveLength(1);
    }
  });

  it('answers an unknown dataset with 404', async () => {
    expect((await get('nothing.csv')).status).toBe(404);
  });
});
