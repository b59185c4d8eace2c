import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../../../testing/test-server';

jest.setTimeout(120_000);

const QUERY = `query($code: String!) { region(code: $code) { strategy { id documents { indicatorsXlsx }
  goals { children { children { indicators { id name unit baselineValue targets { year value } actuals { year value } } } indicators { id name unit baselineValue targets { year value } actuals { year value } } } indicators { id name unit baselineValue targets { year value } actuals { year value } } } } } }`;

interface Ind {
  name: string;
  unit: string;
  baselineValue: number;
  targets: { year: number; value: number }[];
  actuals: { year: number; value: number }[];
}
interface G {
  indicators: Ind[];
  children?: G[];
}
const flatten = (goals: G[]): Ind[] => goals.flatMap((g) => [...g.indicators, ...flatten(g.children ?? [])]);

describe('a strategy’s indicators as XLSX', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('holds every indicator of RU-TUL with every target and every actual in its year’s column', async () => {
    const { data } = await t.gql(QUERY, { code: 'RU-TUL' });
    const strategy = data.region.strategy;
    const res = await fetch(`${t.url}${strategy.documents.indicatorsXlsx}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('indicators-RU-TUL.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Показатели')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(3).value), (row.values as unknown[]).slice(1));
    });
    const indicators = flatten(strategy.goals);
    expect(indicators.length).toBeGreaterThan(3);
    expect(rows.size).toBe(indicators.length);
    let actualsSeen = 0;
    for (const ind of indicators) {
      const row = rows.get(ind.name);
      expect(row).toBeDefined();
      expect(row![header.indexOf('Единица')]).toBe(ind.unit);
      expect(row![header.indexOf('Базовое значение')]).toBe(ind.baselineValue);
      for (const target of ind.targets) expect(row![header.indexOf(`План ${target.year}`)]).toBe(target.value);
      for (const actual of ind.actuals) {
        expect(row![header.indexOf(`Факт ${actual.year}`)]).toBe(actual.value);
        actualsSeen++;
      }
    }
    expect(actualsSeen).toBeGreaterThan(0);
  });

  it('follows the content rule: a draft of another region answers 404 to a visitor', async () => {
    const bel = await t.login('editor.bel@tsifra.test');
    const { data } = await t.gql(
      'query { region(code: "RU-BEL") { strategy { id status documents { indicatorsXlsx } } } }',
      {},
      bel,
    );
    expect(data.region.strategy.status).not.toBe('APPROVED');
    const path = data.region.strategy.documents.indicatorsXlsx;
    expect((await fetch(`${t.url}${path}`)).status).toBe(404);
    expect((await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${bel}` } })).status).toBe(200);
    expect((await fetch(`${t.url}${path}?revision=0`)).status).toBe(400);
  });
});
