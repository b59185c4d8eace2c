import ExcelJS from 'exceljs';
import { RegionEntity } from '../../region/region.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { IndicatorActualEntity } from '../indicator-actual.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const IMPORT =
  'mutation($s: ID!, $f: String!, $d: Boolean!) { importActualsWorkbook(strategyId: $s, file: $f, dryRun: $d) { dryRun applied changes errors { row column message rule } } }';

describe('bulk actuals through XLSX', () => {
  let t: TestServer;
  let tul: string;
  let strategyId: string;
  beforeAll(async () => {
    t = await startTestServer();
    tul = await t.login('editor.tul@tsifra.test');
    const ds = t.server.db.dataSource;
    const region = await ds.getRepository(RegionEntity).findOneByOrFail({ code: 'RU-TUL' });
    strategyId = (await ds.getRepository(StrategyEntity).findOneByOrFail({ regionId: region.id })).id;
  });
  afterAll(() => t.stop());

  const rows = () => t.server.db.dataSource.getRepository(IndicatorActualEntity).count();
  const fill = async (edit: (sheet: ExcelJS.Worksheet, col: number) => void) => {
    const res = await t.gql<{ exportActualsWorkbook: string }>(
      'query($s: ID!) { exportActualsWorkbook(strategyId: $s) }',
      { s: strategyId },
    );
    expect(res.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(res.data!.exportActualsWorkbook, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    const header = sheet.getRow(1);
    let col = 0;
    for (let c = 1; c <= header.cellCount; c++) if (header.getCell(c).value === 'Факт 2024') col = c;
    expect(col).toBeGreaterThan(0);
    edit(sheet, col);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  };

  it('exports targets and current actuals, lists every bad row in a dry run, and writes nothing until the file is valid', async () => {
    const bad = await fill((sheet, col) => {
      sheet.getRow(2).getCell(col).value = 50;
      sheet.getRow(3).getCell(col).value = 'много';
      sheet.getRow(4).getCell(1).value = 'no-such-id';
      sheet.getRow(4).getCell(col).value = 10;
    });
    const before = await rows();
    const dry = await t.gql(IMPORT, { s: strategyId, f: bad, d: true }, tul);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importActualsWorkbook.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Факт 2024', rule: 'actual_not_finite' }),
      expect.objectContaining({ row: 4, column: 'ID', rule: 'unknown_indicator' }),
    ]);
    const real = await t.gql(IMPORT, { s: strategyId, f: bad, d: false }, tul);
    expect(real.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows()).toBe(before);

    const good = await fill((sheet, col) => {
      sheet.getRow(2).getCell(col).value = 50;
      sheet.getRow(3).getCell(col).value = 60;
    });
    const dryGood = await t.gql(IMPORT, { s: strategyId, f: good, d: true }, tul);
    expect(dryGood.data.importActualsWorkbook).toMatchObject({ applied: false, changes: 2, errors: [] });
    expect(await rows()).toBe(before);
    const applied = await t.gql(IMPORT, { s: strategyId, f: good, d: false }, tul);
    expect(applied.data.importActualsWorkbook).toMatchObject({ applied: true, changes: 2 });
    expect(await rows()).toBe(before + 2);
    // The same file again changes nothing.
    const again = await t.gql(IMPORT, { s: strategyId, f: good, d: false }, tul);
    expect(again.data.importActualsWorkbook.changes).toBe(0);
  });
});
