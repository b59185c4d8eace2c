import type { CellValue } from '@tsifra/domain/opendata/datasets';
import { monthsBetween, stepsByMonth } from '@tsifra/domain/opendata/mszu-months';
import type { Database } from '../../db/data-source';
import { toDate } from '../../db/raw-values';

/** SQLite returns stored times as 'YYYY-MM-DD HH:MM:SS.sss' (UTC) text, PostgreSQL as Date: both to ISO. */
export function isoTime(value: unknown): string | null {
  return toDate(value)?.toISOString() ?? null;
}
const isoDate = (value: unknown) => isoTime(value)?.slice(0, 10) ?? null;

type Row = Record<string, unknown>;
/** Each dataset is one SQL statement (whatever the number of rows) and a mapping to the descriptor's field order. */
interface DatasetQuery {
  sql: string;
  cells?: (row: Row) => CellValue[];
  /** For a dataset derived from several rows at once (histories into months). */
  table?: (rows: Row[]) => CellValue[][];
}

const s = (v: unknown): CellValue => (v == null ? null : String(v));
const n = (v: unknown): CellValue => (v == null ? null : Number(v));

// Targets live in indicator_values (per indicator row), reported actuals (the latest correction) in indicator_actuals
// keyed by the indicator's lineage: an actual reported on edition 1 belongs to the same indicator in the edition now
// in force. Two branches, each joined on its own index (a union joined by `CASE kind` scanned every value for every
// indicator: the national file took over a minute), ordered by the positions they carry. `one` (a bind parameter,
// once per branch) narrows it to one strategy — the national archive writes this file a strategy at a time.
const strategiesSql = (one?: string) => {
  const columns = `r.code AS region_code, r.name AS region, s.version AS version, s.revision AS revision,
        s.approved_at AS approved_at, sec.name AS sector, pp.title AS goal1, p.title AS goal2, g.title AS goal3,
        i.name AS indicator, i.unit AS unit, sec.position AS sector_position, pp.position AS goal1_position,
        p.position AS goal2_position, g.position AS goal3_position, i.position AS indicator_position`;
  const indicators = `FROM strategies s
      JOIN regions r ON r.id = s.region_id
      JOIN indicators i ON i.strategy_id = s.id
      JOIN goals g ON g.id = i.goal_id
      LEFT JOIN goals p ON p.id = g.parent_id
      LEFT JOIN goals pp ON pp.id = p.parent_id
      JOIN sectors sec ON sec.id = g.sector_id`;
  const approved = `s.status = 'APPROVED' AND s.superseded_at IS NULL${one ? ` AND s.id = ${one}` : ''}`;
  return `SELECT ${columns}, t.year AS year, 'plan' AS kind, t.value AS value ${indicators}
      JOIN indicator_values t ON t.indicator_id = i.id AND t.kind = 'TARGET'
      WHERE ${approved}
    UNION ALL
    SELECT ${columns}, a.year AS year, 'actual' AS kind, a.value AS value ${indicators}
      JOIN indicator_actuals a ON a.lineage_id = COALESCE(i.lineage_id, i.id) AND a.superseded_at IS NULL
      WHERE ${approved}
    ORDER BY region_code, sector_position, goal1_position, goal2_position, goal3_position, indicator_position,
      kind DESC, year`;
};

export const DATASET_QUERIES: Readonly<Record<string, DatasetQuery>> = {
  strategies: {
    sql: strategiesSql(),
    cells: (r) => [
      s(r.region_code),
      s(r.region),
      n(r.version),
      r.revision ? n(r.revision) : null,
      isoDate(r.approved_at),
      s(r.sector),
      [r.goal1, r.goal2, r.goal3].filter((x) => x != null).join(' / '),
      s(r.indicator),
      s(r.unit),
      n(r.year),
      s(r.kind),
      n(r.value),
    ],
  },
  'gostech-plans': {
    sql: `SELECT r.code AS region_code, r.name AS region, p.version AS version, x.name AS system, x.owner AS owner, sec.name AS sector,
        x.decision AS decision, x.annual_cost AS annual_cost
      FROM information_systems x
      JOIN gostech_plans p ON p.id = x.plan_id
      JOIN regions r ON r.id = p.region_id
      LEFT JOIN sectors sec ON sec.id = x.sector_id
      WHERE p.status = 'APPROVED'
      ORDER BY r.code, x.position`,
    cells: (r) => [
      s(r.region_code),
      s(r.region),
      n(r.version),
      s(r.system),
      s(r.owner),
      s(r.sector),
      s(r.decision),
      n(r.annual_cost),
    ],
  },
  // Dated step histories (corrections applied) into the step in force at each month's end, one statement.
  'mszu-statuses': {
    sql: `SELECT r.code AS region_code, r.name AS region, sv.code AS service_code, sv.name AS service, st.step AS step, st.effective_on AS effective_on, st.seq AS seq
      FROM mszu_status_steps st
      JOIN regions r ON r.id = st.region_id
      JOIN mszu_services sv ON sv.id = st.service_id
      WHERE st.superseded_by_id IS NULL
      ORDER BY r.code, sv.position, sv.code`,
    table: mszuMonths,
  },
  ratings: {
    sql: `SELECT p.period AS period, p.version AS version, p.published_at AS published_at, m.code AS methodology,
        r.code AS region_code, r.name AS region, e.rank AS rank, e.score AS score
      FROM rating_publication_entries e
      JOIN rating_publications p ON p.id = e.publication_id
      JOIN rating_methodologies m ON m.id = p.methodology_id
      JOIN regions r ON r.id = e.region_id
      ORDER BY p.period, p.version, e.rank, r.code`,
    cells: (r) => [
      s(r.period),
      n(r.version),
      isoDate(r.published_at),
      s(r.methodology),
      s(r.region_code),
      s(r.region),
      n(r.rank),
      n(r.score),
    ],
  },
  'control-centres': {
    sql: `SELECT r.code AS region_code, r.name AS region, c.status AS status, c.status_since AS status_since, c.opened_on AS opened_on, c.act AS act
      FROM control_centres c JOIN regions r ON r.id = c.region_id
      ORDER BY r.code`,
    cells: (r) => [s(r.region_code), s(r.region), s(r.status), s(r.status_since), s(r.opened_on), s(r.act)],
  },
};

function mszuMonths(rows: Row[]): CellValue[][] {
  if (!rows.length) return [];
  const dates = rows.map((r) => String(r.effective_on)).sort();
  const months = monthsBetween(dates[0]!, dates[dates.length - 1]!);
  const out: CellValue[][] = [];
  // Rows come grouped by region and service; each group is one history.
  for (let start = 0; start < rows.length;) {
    const head = rows[start]!;
    let end = start;
    while (
      end < rows.length &&
      rows[end]!.region_code === head.region_code &&
      rows[end]!.service_code === head.service_code
    )
      end++;
    const history = rows
      .slice(start, end)
      .map((r) => ({ step: String(r.step), on: String(r.effective_on), seq: Number(r.seq) }));
    for (const m of stepsByMonth(history, months))
      out.push([m.month, s(head.region_code), s(head.region), s(head.service_code), s(head.service), m.step, m.since]);
    start = end;
  }
  return out.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
}

/**
 * A dataset's rows, in its order, as cells. Each database row is turned into cells as it is taken and then let go,
 * so a national file is held once (as the driver's rows), not twice: the strategies file at national scale is
 * 309 000 rows.
 */
export async function datasetRows(db: Database, name: string): Promise<Iterable<CellValue[]>> {
  const q = DATASET_QUERIES[name]!;
  const rows: Row[] = await db.dataSource.query(q.sql);
  return q.table ? q.table(rows) : cellsReleasing(rows, q.cells!);
}

function* cellsReleasing(rows: (Row | undefined)[], cells: (row: Row) => CellValue[]): Generator<CellValue[]> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    rows[i] = undefined;
    yield cells(row);
  }
}

/**
 * One approved strategy's rows of the strategies dataset, in the dataset's order: the national archive writes
 * strategies.csv a strategy at a time (in region order, as the dataset is), so it never holds more than one.
 */
export async function strategyRowsOf(db: Database, strategyId: string): Promise<CellValue[][]> {
  const sql = strategiesSql(db.isSqlite ? '?' : '$1');
  const rows: Row[] = await db.dataSource.query(sql, db.isSqlite ? [strategyId, strategyId] : [strategyId]);
  return rows.map(DATASET_QUERIES.strategies!.cells!);
}

export interface Publication {
  kind: 'strategy' | 'rating';
  id: string;
  at: string;
  regionCode: string | null;
  regionName: string | null;
  period: string | null;
  version: number;
}

/** New publications for the feed and the data's date: approved strategies and published ratings (two statements). */
export async function publications(db: Database): Promise<Publication[]> {
  const [strategies, ratings]: [Row[], Row[]] = await Promise.all([
    db.dataSource.query(`SELECT s.id AS id, s.approved_at AS at, s.version AS version, r.code AS code, r.name AS name
      FROM strategies s JOIN regions r ON r.id = s.region_id WHERE s.status = 'APPROVED' AND s.approved_at IS NOT NULL`),
    db.dataSource.query(`SELECT id, period, version, published_at AS at FROM rating_publications`),
  ]);
  return [
    ...strategies.map((r) => ({
      kind: 'strategy' as const,
      id: String(r.id),
      at: isoTime(r.at)!,
      regionCode: String(r.code),
      regionName: String(r.name),
      period: null,
      version: Number(r.version),
    })),
    ...ratings.map((r) => ({
      kind: 'rating' as const,
      id: String(r.id),
      at: isoTime(r.at)!,
      regionCode: null,
      regionName: null,
      period: String(r.period),
      version: Number(r.version),
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
