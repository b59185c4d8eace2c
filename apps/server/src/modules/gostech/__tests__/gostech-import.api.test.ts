import ExcelJS from 'exceljs';
import {
  GOSTECH_STAGES,
  DECISION_STAGES,
  GOSTECH_DECISIONS,
  STAGE_LABELS,
  DECISION_LABELS,
} from '@tsifra/domain/gostech/plan';
import { INVENTORY_COLUMNS } from '@tsifra/domain/gostech/inventory-row';
import { startTestServer, type TestServer } from '../../../testing/test-server';

const PLAN_QUERY = `query($code: String!) { region(code: $code) { gostechPlan { id version status systems {
  name shortName operator sector { code } purpose isStateSystem processesPersonalData hosting annualCost decision economicAssessment technologicalAssessment
  stages { stage plannedStart plannedEnd actualStart actualEnd } dependsOn { name } } } } }`;

const IMPORT = `mutation($p: ID!, $v: Int!, $f: String!, $d: Boolean!) { importInformationSystems(planId: $p, version: $v, file: $f, dryRun: $d) {
  dryRun applied rows created updated removed ms errors { row field column rule message } } }`;

/** Builds a workbook from header labels and rows of cell values; returns base64. */
async function workbook(headers: string[], rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Лист1');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const header = (key: string) => INVENTORY_COLUMNS.find((c) => c.key === key)!.header;

/** A generated inventory of `n` systems: every decision, dates spread over 2021–2024, some dependencies. */
async function generatedInventory(n: number): Promise<string> {
  const headers = INVENTORY_COLUMNS.map((c) => c.header);
  const rows: (string | number | Date | null)[][] = [];
  for (let i = 0; i < n; i += 1) {
    const decision = GOSTECH_DECISIONS[i % GOSTECH_DECISIONS.length]!;
    const cells: Record<string, string | number | Date | null> = {
      name: `Информационная система №${i + 1}`,
      shortName: `ИС-${i + 1}`,
      operator: `Министерство ${i % 7}`,
      sector: ['Здравоохранение', 'Образование и наука', 'Транспорт и логистика', 'Социальная сфера'][i % 4]!,
      purpose: i % 3 ? `Назначение ${i}` : null,
      isStateSystem: i % 2 ? 'да' : 'нет',
      processesPersonalData: i % 5 ? 'нет' : 'да',
      hosting: 'ЦОД области',
      annualCost: 100000 + i * 1234.5,
      decision: DECISION_LABELS[decision].name,
      economicAssessment: `Экономика ${i}`,
      technologicalAssessment: i % 4 ? `Технологии ${i}` : null,
      dependsOn: i > 0 && i % 10 === 0 ? `ИС-${i}; Информационная система №${i - 1}` : null,
    };
    const start = Date.UTC(2021, i % 12, 1 + (i % 20));
    DECISION_STAGES[decision].forEach((stage, k) => {
      const s = new Date(start + k * 60 * 86_400_000);
      const e = new Date(s.getTime() + 45 * 86_400_000);
      cells[`${stage}.plannedStart`] = s;
      cells[`${stage}.plannedEnd`] = e;
      if (k === 0 && i % 3 === 0) cells[`${stage}.actualStart`] = s;
    });
    rows.push(INVENTORY_COLUMNS.map((c) => cells[c.key] ?? null));
  }
  return workbook(headers, rows);
}

describe('XLSX import and export of a GosTech plan', () => {
  let t: TestServer;
  let bel: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await startTestServer();
    [bel, reviewer] = await Promise.all([t.login('editor.bel@tsifra.test'), t.login('reviewer@tsifra.test')]);
  });
  afterAll(() => t.stop());

  const belPlan = async () => (await t.gql(PLAN_QUERY, { code: 'RU-BEL' }, bel)).data!.region.gostechPlan;

  it('reports every bad row of a file in a dry run, and a real run refuses it whole and writes nothing', async () => {
    const before = await belPlan();
    const headers = [
      'Наименование ИС',
      'Short name',
      'Оператор ИС',
      'Решение',
      `${STAGE_LABELS.PILOT.name}: план, начало`,
      `${STAGE_LABELS.PILOT.name}: план, окончание`,
      'Зависит от',
    ];
    const file = await workbook(headers, [
      ['Хорошая система', 'ХС', 'Минздрав', 'Перевести без изменений', '01.02.2022', '01.03.2022', null], // row 2: fine
      [null, 'БН', 'Минздрав', 'MIGRATE_AS_IS', null, null, null], // row 3: missing name
      ['Система с неизвестным решением', 'НР', 'Минобр', 'Отправить в космос', null, null, null], // row 4: unknown decision
      [
        'Система задом наперёд',
        'ЗН',
        'Минтранс',
        'REBUILD_ON_GOSTECH',
        new Date(Date.UTC(2022, 5, 1)),
        new Date(Date.UTC(2022, 3, 1)),
        null,
      ], // row 5: end before start
      ['  хорошая   система ', 'ХС2', 'Минздрав', 'KEEP_OUTSIDE', null, null, null], // row 6: duplicate of row 2
      ['Зависимая', 'ЗВ', 'Минздрав', 'DECOMMISSION', null, null, 'Нет такой системы'], // row 7: unknown dependency
    ]);
    const dry = await t.gql(IMPORT, { p: before.id, v: before.version, f: file, d: true }, bel);
    expect(dry.errors).toBeUndefined();
    const report = dry.data.importInformationSystems;
    expect(report).toMatchObject({ dryRun: true, applied: false, rows: 6 });
    expect(report.errors.map((e: any) => `${e.row}:${e.field}:${e.rule}`)).toEqual([
      '3:name:required',
      '4:decision:unknown_decision',
      '5:PILOT.plannedEnd:end_before_start',
      '6:name:duplicate_system',
      '7:dependsOn:unknown_dependency',
    ]);
    expect(report.errors[2].column).toBe('Опытная эксплуатация: план, окончание');
    // The file is the whole inventory: the dry run tells which current systems it would remove.
    expect(report.removed).toHaveLength(before.systems.length);

    const real = await t.gql(IMPORT, { p: before.id, v: before.version, f: file, d: false }, bel);
    expect(real.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const details = real.errors?.[0]?.extensions?.details as { field: string; rule: string; params: { row: number } }[];
    expect(details.map((d) => `${d.field}:${d.rule}`)).toEqual([
      'rows[3].name:required',
      'rows[4].decision:unknown_decision',
      'rows[5].PILOT.plannedEnd:end_before_start',
      'rows[6].name:duplicate_system',
      'rows[7].dependsOn:unknown_dependency',
    ]);
    const after = await belPlan();
    expect(after.version).toBe(before.version);
    expect(after.systems).toEqual(before.systems);
  });

  it('refuses what is not an XLSX file, a missing required column, a stale version and other regions', async () => {
    const p = await belPlan();
    const notXlsx = await t.gql(
      IMPORT,
      { p: p.id, v: p.version, f: Buffer.from('name;operator\n').toString('base64'), d: true },
      bel,
    );
    expect(notXlsx.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const noOperator = await t.gql(
      IMPORT,
      { p: p.id, v: p.version, f: await workbook(['Name'], [['A']]), d: true },
      bel,
    );
    expect(noOperator.data.importInformationSystems.errors.map((e: any) => `${e.row}:${e.field}:${e.rule}`)).toEqual([
      '1:operator:missing_column',
    ]);
    const stale = await t.gql(
      IMPORT,
      { p: p.id, v: p.version - 1, f: await workbook(['Name', 'Operator'], [['A', 'B']]), d: true },
      bel,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await t.gql(
      IMPORT,
      { p: p.id, v: p.version, f: await workbook(['Name', 'Operator'], [['A', 'B']]), d: true },
      reviewer,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const huge = await t.gql(IMPORT, { p: p.id, v: p.version, f: 'A'.repeat(1_000_004), d: true }, bel);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('round-trips a 500-row file: import, export, re-import changes nothing', async () => {
    const file = await generatedInventory(500);
    const p = await belPlan();
    const dry = (await t.gql(IMPORT, { p: p.id, v: p.version, f: file, d: true }, bel)).data.importInformationSystems;
    expect(dry).toMatchObject({ rows: 500, errors: [], applied: false });
    expect(dry.created).toHaveLength(500);

    const started = performance.now();
    const real = await t.gql(IMPORT, { p: p.id, v: p.version, f: file, d: false }, bel);
    const ms = Math.round(performance.now() - started);
    expect(real.errors).toBeUndefined();
    expect(real.data.importInformationSystems).toMatchObject({ applied: true, rows: 500 });
    // eslint-disable-next-line no-console
    console.log(
      `[gostech] 500-row import (${t.dialect}): ${ms} ms over HTTP, ${real.data.importInformationSystems.ms} ms in the service; file ${Math.round(file.length / 1024)} KB base64`,
    );

    const imported = await belPlan();
    expect(imported.systems).toHaveLength(500);
    expect(imported.version).toBe(p.version + 1);
    const tenth = imported.systems[10];
    expect(tenth).toMatchObject({
      name: 'Информационная система №11',
      shortName: 'ИС-11',
      sector: { code: 'transport' },
      decision: 'MIGRATE_AS_IS',
      isStateSystem: false,
      annualCost: 100000 + 10 * 1234.5,
    });
    expect(tenth.dependsOn.map((d: any) => d.name).sort()).toEqual([
      'Информационная система №10',
      'Информационная система №9',
    ]);
    expect(imported.systems[1].stages.map((s: any) => s.stage)).toEqual(DECISION_STAGES.REBUILD_ON_GOSTECH);

    const exported = await t.gql('query($p: ID!) { exportGostechPlan(planId: $p) }', { p: p.id }, bel);
    expect(exported.errors).toBeUndefined();
    const again = (
      await t.gql(IMPORT, { p: p.id, v: imported.version, f: exported.data.exportGostechPlan, d: true }, bel)
    ).data.importInformationSystems;
    expect(again).toMatchObject({ rows: 500, errors: [], created: [], removed: [] });
    expect(again.updated).toHaveLength(500);
    const reimported = await t.gql(
      IMPORT,
      { p: p.id, v: imported.version, f: exported.data.exportGostechPlan, d: false },
      bel,
    );
    expect(reimported.errors).toBeUndefined();
    const after = await belPlan();
    expect(after.systems).toEqual(imported.systems);

    // The exported workbook carries Russian headers and real date cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported.data.exportGostechPlan, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe(header('name'));
    const pilotStart = INVENTORY_COLUMNS.findIndex((c) => c.key === `${GOSTECH_STAGES[0]}.plannedStart`) + 1;
    expect(sheet.getRow(2).getCell(pilotStart).value).toBeInstanceOf(Date);
  });

  it('lets anonymous callers export only approved plans', async () => {
    const p = await belPlan();
    const anon = await t.gql('query($p: ID!) { exportGostechPlan(planId: $p) }', { p: p.id });
    // A plan anonymous callers may not read answers like an unknown one (issue 17: hidden and missing read alike).
    expect(anon.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tul = (await t.gql(PLAN_QUERY, { code: 'RU-TUL' })).data.region.gostechPlan;
    const open = await t.gql('query($p: ID!) { exportGostechPlan(planId: $p) }', { p: tul.id });
    expect(open.errors).toBeUndefined();
    expect(open.data.exportGostechPlan.length).toBeGreaterThan(100);
  });
});
