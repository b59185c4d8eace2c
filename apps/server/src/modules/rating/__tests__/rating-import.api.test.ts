import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { AuditEventEntity } from '../../audit/audit-event.entity';

jest.setTimeout(180_000);

/** Rating inputs imported from XLSX (the shared workbook reader of the МСЗУ import), with a dry run. */
async function rowsOf(base64: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const rows: (string | number | null)[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
  return rows;
}

async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('2021-11');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const IMPORT = `mutation($f: String!, $d: Boolean!) { importRatingInputs(period: "2021-11", file: $f, dryRun: $d) {
  dryRun rows changes errors { row column field rule } } }`;
const DRAFT = '{ ratingDraft(period: "2021-11") { entries { rank score region { code } } } }';
const PUBLISHED = '{ rating(period: "2021-11") { version entries { rank score region { code } } } }';

interface Report {
  dryRun: boolean;
  rows: number;
  changes: number;
  errors: { row: number; column: string; field: string; rule: string }[];
}

describe('rating inputs imported from XLSX', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login('admin@tsifra.test');
  });
  afterAll(() => t.stop());

  const run = async (file: string, dryRun: boolean) =>
    t.gql<{ importRatingInputs: Report }>(IMPORT, { f: file, d: dryRun }, admin);
  const bel = async (query: string) => {
    const res = await t.gql<{ [k: string]: { entries: { rank: number; score: number; region: { code: string } }[] } }>(
      query,
      {},
      admin,
    );
    return Object.values(res.data!)[0]!.entries.find((e) => e.region.code === 'RU-BEL')!;
  };

  it('exports every region × entered parameter and imports back unchanged', async () => {
    const res = await t.gql<{ ratingInputsWorkbook: string }>('{ ratingInputsWorkbook(period: "2021-11") }', {}, admin);
    const rows = await rowsOf(res.data!.ratingInputsWorkbook);
    expect(rows[0]).toEqual(['Регион', 'Наименование', 'Параметр', 'Значение', 'Примечание']);
    // The 2021 method has five parameters, all entered: 85 × 5 rows.
    expect(rows).toHaveLength(1 + 85 * 5);
    const back = await run(res.data!.ratingInputsWorkbook, false);
    expect(back.data!.importRatingInputs).toEqual({ dryRun: false, rows: 425, changes: 0, errors: [] });
  });

  it('a dry run lists every problem by row and column and writes nothing; a real run with problems writes nothing', async () => {
    const before = await bel(DRAFT);
    const file = await workbook([
      ['Регион', 'Параметр', 'Значение', 'Примечание'],
      ['RU-BEL', 'MATURITY', 10, 'из файла'],
      ['RU-XXX', 'POS', 1, null],
      ['RU-BEL', 'NOPE', 1, null],
      ['RU-TUL', 'POS', -2, null],
      ['RU-BEL', 'MATURITY', 9, null],
    ]);
    const dry = await run(file, true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importRatingInputs).toEqual({
      // A missing column stops the reading: nothing else is checked.
      dryRun: true,
      rows: 0,
      changes: 0,
      errors: [{ row: 1, column: 'Наименование', field: 'header', rule: 'import_missing_column' }],
    });
    const full = await workbook([
      ['Регион', 'Наименование', 'Параметр', 'Значение', 'Примечание'],
      ['RU-BEL', 'Белгородская', 'MATURITY', 10, 'из файла'],
      ['RU-XXX', '?', 'POS', 1, null],
      ['RU-BEL', '', 'NOPE', 1, null],
      ['RU-TUL', '', 'POS', -2, null],
      ['RU-BEL', '', 'MATURITY', 9, null],
    ]);
    const checked = await run(full, true);
    expect(checked.data!.importRatingInputs.changes).toBe(1);
    expect(checked.data!.importRatingInputs.errors).toEqual([
      { row: 3, column: 'Регион', field: 'region', rule: 'region_unknown' },
      { row: 4, column: 'Параметр', field: 'parameter', rule: 'parameter_not_entered' },
      { row: 5, column: 'Значение', field: 'value', rule: 'value_negative' },
      { row: 6, column: 'Параметр', field: 'parameter', rule: 'import_duplicate_row' },
    ]);
    const refused = await run(full, false);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file.rows[3].region' });
    expect(await bel(DRAFT)).toEqual(before);
  });

  it('a clean import moves the draft and leaves the published rating as it was', async () => {
    const published = await bel(PUBLISHED);
    const before = await bel(DRAFT);
    const file = await workbook([
      ['Регион', 'Наименование', 'Параметр', 'Значение', 'Примечание'],
      ['RU-BEL', 'Белгородская', 'MATURITY', 10, 'из файла'],
      ['RU-TUL', '', 'POS', '', null],
    ]);
    const res = await run(file, false);
    expect(res.data!.importRatingInputs).toEqual({ dryRun: false, rows: 2, changes: 1, errors: [] });
    const after = await bel(DRAFT);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.rank).toBeLessThan(before.rank);
    expect(await bel(PUBLISHED)).toEqual(published);
    const audit = await t.server.db.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ action: 'rating_input.import' });
    expect(audit.map((a) => JSON.parse(a.details) as { regionCode: string; after: number })).toEqual([
      expect.objectContaining({ regionCode: 'RU-BEL', after: 10 }),
    ]);
  });

  it('is for admins only', async () => {
    const editor = await t.login('editor.bel@tsifra.test');
    const file = await workbook([['Регион', 'Наименование', 'Параметр', 'Значение', 'Примечание']]);
    const res = await t.gql(IMPORT, { f: file, d: true }, editor);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
