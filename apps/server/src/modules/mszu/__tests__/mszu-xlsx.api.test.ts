import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const IMPORT = `mutation($r: String!, $f: String!, $d: Boolean!) { importMszuStatuses(regionCode: $r, file: $f, dryRun: $d) { dryRun rows changes errors { row column field rule message } } }`;

type Line = (string | number | null)[];

async function readRows(base64: string): Promise<{ header: Line; rows: Line[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = wb.worksheets[0]!;
  const lines: Line[] = [];
  sheet.eachRow((row) => lines.push((row.values as Line).slice(1, 7).map((v) => (v === undefined ? null : v))));
  return { header: lines[0]!, rows: lines.slice(1) };
}

async function writeRows(header: Line, rows: Line[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('МСЗУ');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('XLSX round trip of a region’s МСЗУ statuses', () => {
  let t: TestServer;
  let editor: string;
  beforeAll(async () => {
    t = await startTestServer();
    // RU-ARK (a demo laggard) still has services to connect; the admin writes for it.
    editor = await t.login('admin@tsifra.test');
  });
  afterAll(() => t.stop());

  const exportArk = async () =>
    (await t.gql<{ exportMszuStatuses: string }>('{ exportMszuStatuses(regionCode: "RU-ARK") }')).data!
      .exportMszuStatuses;
  const count = async () =>
    Number((await t.server.db.dataSource.query('SELECT COUNT(*) AS n FROM mszu_status_steps'))[0].n);

  it('exports, lists errors by row and column in a dry run, imports all or nothing, and exports what was intended', async () => {
    const { header, rows } = await readRows(await exportArk());
    expect(header).toEqual(['Код услуги', 'Наименование', 'Очередь', 'Шаг', 'Дата', 'Причина']);
    expect(rows).toHaveLength(101);
    // Its own export imports back with no changes.
    const same = await t.gql(IMPORT, { r: 'RU-ARK', f: await writeRows(header, rows), d: true }, editor);
    expect(same.data.importMszuStatuses).toMatchObject({ rows: 101, changes: 0, errors: [] });

    const open = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[3] === 'NOT_STARTED' || r[3] === 'FORM_READY')
      .slice(0, 3);
    expect(open.length).toBe(3);
    const edited = rows.map((r) => [...r]);
    edited[open[0]!.i]![3] = 'CONNECTED';
    edited[open[0]!.i]![4] = '2022-06-15';
    edited[open[1]!.i]![3] = 'CONNECTED';
    edited[open[1]!.i]![4] = '2021-07-01'; // before the queue opened
    edited[open[2]!.i]![3] = 'SOMEWHERE'; // no such step
    const n = await count();
    const dry = await t.gql(IMPORT, { r: 'RU-ARK', f: await writeRows(header, edited), d: true }, editor);
    expect(dry.errors).toBeUndefined();
    expect(
      dry.data.importMszuStatuses.errors.map((e: { row: number; column: string; rule: string }) => [
        e.row,
        e.column,
        e.rule,
      ]),
    ).toEqual(
      [
        [open[1]!.i + 2, 'Дата', 'mszu_before_queue_opened'],
        [open[2]!.i + 2, 'Шаг', 'mszu_unknown_step'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    const refused = await t.gql(IMPORT, { r: 'RU-ARK', f: await writeRows(header, edited), d: false }, editor);
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(n);

    // Fix the two bad rows, then import for real.
    edited[open[1]!.i]![4] = '2022-07-01';
    edited[open[2]!.i]![3] = 'FORM_READY';
    edited[open[2]!.i]![4] = '2022-07-02';
    const done = await t.gql(IMPORT, { r: 'RU-ARK', f: await writeRows(header, edited), d: false }, editor);
    expect(done.data.importMszuStatuses).toMatchObject({ dryRun: false, changes: 3, errors: [] });
    expect(await count()).toBe(n + 3);
    const again = await readRows(await exportArk());
    expect(again.rows.map((r) => [r[0], r[3], r[4]])).toEqual(edited.map((r) => [r[0], r[3], r[4]]));
  });

  it('refuses another region’s editor', async () => {
    const res = await t.gql(
      IMPORT,
      { r: 'RU-ARK', f: await exportArk(), d: true },
      await t.login('editor.bel@tsifra.test'),
    );
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('imports the catalogue all or nothing, with row errors in a dry run', async () => {
    const admin = await t.login('admin@tsifra.test');
    const header = ['Код', 'Наименование', 'Уровень', 'Очередь', 'Идентификатор ЕПГУ'];
    const file = await writeRows(header, [
      ['НОВ-1', 'Новая услуга', 'REGIONAL', 2, null],
      ['НОВ-2', 'Ещё одна', 'PLANETARY', 2, null],
      ['НОВ-1', 'Дубль', 'MUNICIPAL', 7, null],
    ]);
    const q =
      'mutation($f: String!, $d: Boolean!) { importMszuCatalogue(file: $f, dryRun: $d) { changes errors { row column rule } } }';
    const dry = await t.gql(q, { f: file, d: true }, admin);
    expect(dry.data.importMszuCatalogue.errors).toEqual([
      { row: 3, column: 'Уровень', rule: 'mszu_unknown_level' },
      { row: 4, column: 'Код', rule: 'mszu_duplicate_code' },
      { row: 4, column: 'Очередь', rule: 'mszu_unknown_queue' },
    ]);
    expect((await t.gql(q, { f: file, d: false }, admin)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.gql<{ mszuServices: unknown[] }>('{ mszuServices { id } }')).data!.mszuServices).toHaveLength(101);
    const good = await t.gql(
      q,
      { f: await writeRows(header, [['НОВ-1', 'Новая услуга', 'REGIONAL', 2, null]]), d: false },
      admin,
    );
    expect(good.data.importMszuCatalogue).toEqual({ changes: 1, errors: [] });
    expect((await t.gql<{ mszuServices: unknown[] }>('{ mszuServices { id } }')).data!.mszuServices).toHaveLength(102);
  });
});
