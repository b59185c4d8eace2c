import {
  checkInventoryRows,
  INVENTORY_COLUMNS,
  inventoryRowCells,
  mapHeaderRow,
  parseDateCell,
  parseInventoryRow,
  type CellValue,
  type ColumnKey,
} from './inventory-row';

const good: Partial<Record<ColumnKey, CellValue>> = {
  name: 'Региональная медицинская ИС',
  shortName: 'РМИС',
  operator: 'Минздрав области',
  sector: 'Здравоохранение',
  isStateSystem: 'да',
  processesPersonalData: 'Нет',
  annualCost: '1 250 000,50',
  decision: 'Переработать на ГосТех',
  'ASSESSMENT.plannedStart': new Date(Date.UTC(2021, 9, 1)),
  'ASSESSMENT.plannedEnd': '01.12.2021',
  'PILOT.plannedStart': '2022-02-01',
  dependsOn: 'ЕЦП; Портал',
};
const rules = (cells: Partial<Record<ColumnKey, CellValue>>) =>
  parseInventoryRow(cells, 5).errors.map((e) => `${e.row}:${e.field}:${e.rule}`);

describe('mapHeaderRow', () => {
  it('reads Russian headers, English aliases and keys in any order; ignores unknown columns', () => {
    const { columns, errors } = mapHeaderRow([
      'Operator',
      'Что-то ещё',
      ' наименование  ИС ',
      'Пилот',
      'Опытная эксплуатация: план, начало',
      'PRODUCTION.plannedEnd',
    ]);
    expect(errors).toEqual([]);
    expect(columns).toEqual(['operator', null, 'name', null, 'PILOT.plannedStart', 'PRODUCTION.plannedEnd']);
  });
  it('reports missing required columns and repeated ones', () => {
    const { errors } = mapHeaderRow(['Name', 'Наименование ИС'], 1);
    expect(errors.map((e) => `${e.field}:${e.rule}`)).toEqual(['name:duplicate_column', 'operator:missing_column']);
  });
  it('gives every column a distinct Russian and English header', () => {
    expect(new Set(INVENTORY_COLUMNS.map((c) => c.header)).size).toBe(INVENTORY_COLUMNS.length);
    expect(new Set(INVENTORY_COLUMNS.map((c) => c.headerEn)).size).toBe(INVENTORY_COLUMNS.length);
  });
});

describe('parseInventoryRow', () => {
  it('reads a good row: labels to codes, yes/no, Russian numbers and dates', () => {
    const { draft, errors } = parseInventoryRow(good, 2);
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({
      sectorCode: 'healthcare',
      decision: 'REBUILD_ON_GOSTECH',
      isStateSystem: true,
      processesPersonalData: false,
      annualCost: 1250000.5,
      dependsOn: ['ЕЦП', 'Портал'],
    });
    expect(draft.stages).toEqual([
      { stage: 'ASSESSMENT', plannedStart: '2021-10-01', plannedEnd: '2021-12-01', actualStart: null, actualEnd: null },
      { stage: 'PILOT', plannedStart: '2022-02-01', plannedEnd: null, actualStart: null, actualEnd: null },
    ]);
  });
  it('accepts codes and English labels for decision and sector', () => {
    expect(
      parseInventoryRow({ ...good, decision: 'keep outside gostech', sector: 'EDUCATION' }, 2).draft,
    ).toMatchObject({ decision: 'KEEP_OUTSIDE', sectorCode: 'education' });
    expect(parseInventoryRow({ ...good, decision: 'DECOMMISSION' }, 2).draft.decision).toBe('DECOMMISSION');
  });
  it('reports a missing name against its row and column', () => {
    const { errors } = parseInventoryRow({ ...good, name: '   ' }, 7);
    expect(errors).toEqual([
      { row: 7, field: 'name', column: 'Наименование ИС', rule: 'required', message: 'name is required.' },
    ]);
  });
  it('reports an unknown decision and sector', () => {
    expect(rules({ ...good, decision: 'Перенести на Луну', sector: 'Космос' })).toEqual([
      '5:sector:unknown_sector',
      '5:decision:unknown_decision',
    ]);
  });
  it('reports an end before its start against the stage’s column', () => {
    expect(rules({ ...good, 'ASSESSMENT.plannedEnd': '2021-09-01' })).toEqual([
      '5:ASSESSMENT.plannedEnd:end_before_start',
    ]);
  });
  it('reports bad flags, numbers and dates', () => {
    expect(
      rules({
        ...good,
        isStateSystem: 'может быть',
        annualCost: 'дорого',
        'PILOT.actualStart': '31.02.2022',
        'PILOT.plannedEnd': 'вчера',
      }),
    ).toEqual([
      '5:isStateSystem:invalid_boolean',
      '5:annualCost:invalid_number',
      '5:PILOT.plannedEnd:invalid_date',
      '5:PILOT.actualStart:invalid_date',
    ]);
    expect(rules({ ...good, annualCost: -5 })).toEqual(['5:annualCost:negative']);
  });
  it('reads Excel serial dates', () => {
    expect(parseDateCell(44562)).toBe('2022-01-01');
    expect(parseDateCell('2022-01-01T00:00:00.000Z')).toBe('2022-01-01');
  });
});

describe('checkInventoryRows', () => {
  const row = (n: number, name: string, shortName: string | null = null, dependsOn: string[] = []) => ({
    row: n,
    draft: { name, shortName, dependsOn },
  });
  it('flags the second occurrence of a name or short name', () => {
    const { errors } = checkInventoryRows([row(2, 'РМИС', 'Р'), row(3, ' рмис '), row(4, 'Другая', 'р')]);
    expect(errors.map((e) => `${e.row}:${e.field}:${e.rule}`)).toEqual([
      '3:name:duplicate_system',
      '4:shortName:duplicate_system',
    ]);
    expect(errors[0]!.message).toContain('row 2');
  });
  it('resolves dependencies by name or short name and flags unknown ones', () => {
    const { errors, dependsOnRows } = checkInventoryRows([
      row(2, 'Портал', 'ЕПГУ-Р'),
      row(3, 'Запись', null, ['епгу-р', 'Нет такой']),
    ]);
    expect(errors.map((e) => `${e.row}:${e.field}:${e.rule}`)).toEqual(['3:dependsOn:unknown_dependency']);
    expect(dependsOnRows.get(3)).toEqual([2]);
  });
  it('flags every row of every dependency cycle', () => {
    const { errors } = checkInventoryRows([
      row(2, 'A', null, ['B']),
      row(3, 'B', null, ['A']),
      row(4, 'C', null, ['C']),
      row(5, 'D', null, ['A']),
    ]);
    expect(errors.map((e) => `${e.row}:${e.rule}`)).toEqual([
      '2:dependency_cycle',
      '3:dependency_cycle',
      '4:dependency_cycle',
    ]);
  });
});

describe('inventoryRowCells', () => {
  it('round-trips through parseInventoryRow', () => {
    const { draft } = parseInventoryRow(good, 2);
    const cells = inventoryRowCells(draft);
    expect(cells.decision).toBe('Переработать на ГосТех');
    expect(cells.sector).toBe('Здравоохранение');
    expect(parseInventoryRow(cells, 2).draft).toEqual(draft);
  });
});
