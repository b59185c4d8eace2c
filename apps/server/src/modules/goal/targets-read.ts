import type { DataSource } from 'typeorm';
import { selectArraysByKeys } from '../../db/batch';

/** A planned value of an indicator for one year. */
export interface IndicatorTargetRow {
  year: number;
  value: number;
}

/**
 * The targets of every indicator of the given strategies, by indicator id, each list by year: one statement per
 * 5 000 strategies. On SQLite the database aggregates each indicator's targets into one JSON array (as the bench's
 * floor does): a national read then turns 40 000 indicator rows into JavaScript instead of 199 000 value rows, each
 * with its indicator's id as a fresh string (447 → 349 ms for the 1× bench data). On PostgreSQL building that JSON
 * costs more than pg's parsing of plain rows (536 against 382 ms), so there the rows come plain and are grouped
 * here. Both databases print doubles so that they read back exactly.
 */
export async function readTargetsOfStrategies(
  dataSource: DataSource,
  strategyIds: readonly string[],
): Promise<Map<string, IndicatorTargetRow[]>> {
  const q = (n: string) => dataSource.driver.escape(n);
  const sqlite = dataSource.options.type !== 'postgres';
  const statement = sqlite
    ? `SELECT j.${q('id')}, (SELECT json_group_array(json_object('year', t.${q('year')}, 'value', t.${q('value')}) ORDER BY t.${q('year')})
         FROM indicator_values t WHERE t.${q('indicator_id')} = j.${q('id')} AND t.${q('kind')} = 'TARGET')
       FROM indicators j WHERE j.${q('strategy_id')} IN (:...keys)`
    : `SELECT t.${q('indicator_id')}, t.${q('year')}, t.${q('value')}
       FROM indicator_values t INNER JOIN indicators j ON j.${q('id')} = t.${q('indicator_id')}
       WHERE j.${q('strategy_id')} IN (:...keys) AND t.${q('kind')} = 'TARGET'`;
  const rows = await selectArraysByKeys(dataSource, statement, strategyIds);
  const byIndicator = new Map<string, IndicatorTargetRow[]>();
  if (sqlite) {
    // An indicator without targets comes as '[]': no entry.
    for (const [id, json] of rows) if (json !== '[]') byIndicator.set(id as string, JSON.parse(json as string));
    return byIndicator;
  }
  for (const [id, year, value] of rows) {
    const target = { year: Number(year), value: Number(value) };
    const list = byIndicator.get(id as string);
    if (list) list.push(target);
    else byIndicator.set(id as string, [target]);
  }
  // No ORDER BY: sorting 199 000 rows made PostgreSQL spill to disk; each indicator's few targets sort here.
  for (const list of byIndicator.values()) if (list.length > 1) list.sort((a, b) => a.year - b.year);
  return byIndicator;
}
