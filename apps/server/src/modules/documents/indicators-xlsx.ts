import ExcelJS from 'exceljs';
import type { StrategySnapshot } from '@tsifra/domain/strategy/snapshot';
import type { Database } from '../../db/data-source';

export interface IndicatorActual {
  indicatorId: string;
  year: number;
  value: number;
}

/** Reported actuals in force (corrections applied) of the given indicators: one statement. */
export async function loadActuals(db: Database, indicatorIds: readonly string[]): Promise<IndicatorActual[]> {
  if (!indicatorIds.length) return [];
  const rows: { indicator_id: string; year: number; value: number }[] = await db.dataSource
    .createQueryBuilder()
    .select(['a.indicator_id AS indicator_id', 'a.year AS year', 'a.value AS value'])
    .from('indicator_actuals', 'a')
    .where('a.indicator_id IN (:...ids)', { ids: indicatorIds })
    .andWhere('a.superseded_at IS NULL')
    .getRawMany();
  return rows.map((r) => ({ indicatorId: r.indicator_id, year: Number(r.year), value: Number(r.value) }));
}

/**
 * A strategy's indicators as one sheet for analysts: sector, goal path, indicator, unit, baseline, then a plan and
 * a fact column for every year that has either. Numbers stay numbers (no text formatting), the header row is frozen.
 */
export async function renderIndicatorsXlsx(
  title: string,
  snapshot: StrategySnapshot,
  actuals: readonly IndicatorActual[],
): Promise<Buffer> {
  const goals = new Map(snapshot.goals.map((g) => [g.id, g]));
  const sectors = new Map(snapshot.sectors.map((s) => [s.code, s.name]));
  const pathOf = (id: string): string[] => {
    const g = goals.get(id);
    return g ? [...(g.parentId ? pathOf(g.parentId) : []), g.title] : [];
  };
  const fact = new Map(actuals.map((a) => [`${a.indicatorId}:${a.year}`, a.value]));
  const indicators = snapshot.goals.flatMap((g) => g.indicators.map((ind) => ({ goal: g, ind })));
  const years = [
    ...new Set([...indicators.flatMap(({ ind }) => ind.targets.map((t) => t.year)), ...actuals.map((a) => a.year)]),
  ].sort((a, b) => a - b);

  const book = new ExcelJS.Workbook();
  book.creator = 'Цифра';
  book.title = title;
  const sheet = book.addWorksheet('Показатели', { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  sheet.columns = [
    { header: 'Отрасль', key: 'sector', width: 24 },
    { header: 'Цель', key: 'goal', width: 50 },
    { header: 'Показатель', key: 'indicator', width: 50 },
    { header: 'Единица', key: 'unit', width: 12 },
    { header: 'Базовый год', key: 'baselineYear', width: 12 },
    { header: 'Базовое значение', key: 'baselineValue', width: 14 },
    ...years.flatMap((y) => [
      { header: `План ${y}`, key: `plan${y}`, width: 11 },
      { header: `Факт ${y}`, key: `fact${y}`, width: 11 },
    ]),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { goal, ind } of indicators) {
    const row: Record<string, string | number | null> = {
      sector: sectors.get(goal.sectorCode) ?? goal.sectorCode,
      goal: pathOf(goal.id).join(' / '),
      indicator: ind.name,
      unit: ind.unit,
      baselineYear: ind.baselineYear,
      baselineValue: ind.baselineValue,
    };
    for (const t of ind.targets) row[`plan${t.year}`] = t.value;
    for (const y of years) if (fact.has(`${ind.id}:${y}`)) row[`fact${y}`] = fact.get(`${ind.id}:${y}`)!;
    sheet.addRow(row);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
