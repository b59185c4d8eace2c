import { atomFeed, csvLine, dataPackage, OPEN_DATASETS, parseCsv, validCell } from './datasets';

describe('open data rules', () => {
  it.each([
    [['a', 1, null], 'a,1,\r\n'],
    [['say "hi"', 'x,y'], '"say ""hi""","x,y"\r\n'],
    [['two\nlines'], '"two\nlines"\r\n'],
  ])('writes %j as %j and reads it back', (values, line) => {
    expect(csvLine(values)).toBe(line);
    expect(parseCsv(line)).toEqual([values.map((v) => (v == null ? '' : String(v)))]);
  });

  it.each([
    ['integer', '2024', true],
    ['integer', '20.5', false],
    ['number', '-3.25', true],
    ['number', '1e-7', true],
    ['number', 'abc', false],
    ['date', '2021-02-28', true],
    ['date', '2021-02-30', false],
    ['date', '28.02.2021', false],
    ['string', 'что угодно', true],
  ] as const)('a %s cell %j is valid: %s', (type, text, ok) => {
    expect(validCell({ type, required: true }, text)).toBe(ok);
  });

  it('allows an empty cell only in an optional field', () => {
    expect(validCell({ type: 'integer' }, '')).toBe(true);
    expect(validCell({ type: 'integer', required: true }, '')).toBe(false);
  });

  it('describes every dataset with a licence and typed fields', () => {
    const pkg = dataPackage({ baseUrl: 'http://x', updated: '2021-01-01T00:00:00.000Z' });
    expect(pkg.resources.map((r) => r.name)).toEqual(OPEN_DATASETS.map((d) => d.name));
    for (const r of pkg.resources) {
      expect(r.licenses[0]!.name).toBe('CC-BY-4.0');
      expect(r.schema.fields.length).toBeGreaterThan(3);
    }
  });

  it('escapes and orders feed entries newest first', () => {
    const feed = atomFeed('http://x', [
      { id: 'a', title: 'old & <b>', updated: '2021-01-01T00:00:00.000Z', link: '/a', summary: 's' },
      { id: 'b', title: 'new', updated: '2022-01-01T00:00:00.000Z', link: '/b', summary: 's' },
    ]);
    expect(feed).toContain('old &amp; &lt;b&gt;');
    expect(feed.indexOf('<id>b</id>')).toBeLessThan(feed.indexOf('<id>a</id>'));
    expect(feed).toContain('<updated>2022-01-01T00:00:00.000Z</updated>\n  <author>');
  });
});
