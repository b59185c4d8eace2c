// The reads the bench measures: the GraphQL operation the server answers, and the "floor" — one
// hand-written SQL statement per read that builds the very same JSON inside the database
// (SQLite json_group_array/json_object, PostgreSQL json_agg/json_build_object).
//
// Both sides apply the same visibility rule the server applies for anonymous callers: a strategy's
// content (goals, sectors, comments) is shown only when it is APPROVED; otherwise the lists are empty.

const FEDERAL_GOAL = 'id horizon title indicators { name unit targets { year value } }';

/** 1. The federal overview: every region → strategy → goals → children → children → indicators → targets. */
export const FEDERAL_QUERY = `query BenchFederal {
  regions { code name federalDistrict strategy { status goals { ${FEDERAL_GOAL} children { ${FEDERAL_GOAL} children { ${FEDERAL_GOAL} } } } } }
}`;

const EDITOR_GOAL =
  'id horizon title description position sector { code } indicators { id name unit direction baselineYear baselineValue responsible targets { year value } actuals { year value } }';

/** 2. One region's whole strategy, as the editor loads it. */
export const REGION_QUERY = `query BenchRegion($code: String!) {
  region(code: $code) {
    code name
    strategy {
      id status version revision deadline
      sectors { code name }
      goals { ${EDITOR_GOAL} children { ${EDITOR_GOAL} children { ${EDITOR_GOAL} } } }
      comments { id body createdAt goal { id } }
    }
  }
}`;

/** SQL dialect helpers: the same tree, spelled for each database. */
export const DIALECTS = {
  sqlite: {
    obj: (pairs) => `json_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(', ')})`,
    // A scalar subquery loses SQLite's JSON subtype, so nested arrays are re-marked with json().
    arr: (expr, from, order) => `json((SELECT json_group_array(${expr} ORDER BY ${order}) ${from}))`,
    emptyArr: `json('[]')`,
    bool: (e) => `json(CASE WHEN ${e} THEN 'true' ELSE 'false' END)`,
    iso: (col) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${col})`,
    sub: (expr) => `json((${expr}))`,
    param: () => '?',
    text: (e) => e,
    float: (e) => `CAST(${e} AS REAL)`,
    greatest: (a, b) => `max(${a}, ${b})`,
    least: (a, b) => `min(${a}, ${b})`,
    json: (col) => `json(${col})`,
    jsonSum: (col, key) => `(SELECT sum(json_extract(value, '$.${key}')) FROM json_each(${col}))`,
  },
  postgres: {
    obj: (pairs) => `json_build_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(', ')})`,
    arr: (expr, from, order) => `(SELECT coalesce(json_agg(${expr} ORDER BY ${order}), '[]'::json) ${from})`,
    emptyArr: `'[]'::json`,
    bool: (e) => `(${e})`,
    iso: (col) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    sub: (expr) => `(${expr})`,
    param: () => '$1',
    text: (e) => `(${e})::text`,
    float: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
    least: (a, b) => `least(${a}, ${b})`,
    json: (col) => `(${col})::json`,
    jsonSum: (col, key) => `(SELECT sum((p->>'${key}')::float8) FROM json_array_elements((${col})::json) p)`,
  },
};

function goalTree(d, alias, depth, fieldsOf) {
  const fields = fieldsOf(alias);
  if (depth > 0) {
    const c = `${alias}c`;
    fields.push([
      'children',
      d.arr(goalTree(d, c, depth - 1, fieldsOf), `FROM goals ${c} WHERE ${c}.parent_id = ${alias}.id`, `${c}.position`),
    ]);
  }
  return d.obj(fields);
}

const values = (d, i, kind) =>
  d.arr(
    d.obj([
      ['year', 'v.year'],
      ['value', 'v.value'],
    ]),
    `FROM indicator_values v WHERE v.indicator_id = ${i}.id AND v.kind = '${kind}'`,
    'v.year',
  );

function federalGoalFields(d) {
  return (g) => [
    ['id', `${g}.id`],
    ['horizon', `${g}.horizon`],
    ['title', `${g}.title`],
    [
      'indicators',
      d.arr(
        d.obj([
          ['name', 'i.name'],
          ['unit', 'i.unit'],
          ['targets', values(d, 'i', 'TARGET')],
        ]),
        `FROM indicators i WHERE i.goal_id = ${g}.id`,
        'i.position',
      ),
    ],
  ];
}

function editorGoalFields(d) {
  return (g) => [
    ['id', `${g}.id`],
    ['horizon', `${g}.horizon`],
    ['title', `${g}.title`],
    ['description', `${g}.description`],
    ['position', `${g}.position`],
    ['sector', d.sub(`SELECT ${d.obj([['code', 'sc.code']])} FROM sectors sc WHERE sc.id = ${g}.sector_id`)],
    [
      'indicators',
      d.arr(
        d.obj([
          ['id', 'i.id'],
          ['name', 'i.name'],
          ['unit', 'i.unit'],
          ['direction', 'i.direction'],
          ['baselineYear', 'i.baseline_year'],
          ['baselineValue', 'i.baseline_value'],
          ['responsible', 'i.responsible'],
          ['targets', values(d, 'i', 'TARGET')],
          // Reported actuals live in indicator_actuals (#12), keyed by the indicator's lineage; the current version.
          [
            'actuals',
            d.arr(
              d.obj([
                ['year', 'a.year'],
                ['value', 'a.value'],
              ]),
              'FROM indicator_actuals a WHERE a.lineage_id = coalesce(i.lineage_id, i.id) AND a.superseded_at IS NULL',
              'a.year',
            ),
          ],
        ]),
        `FROM indicators i WHERE i.goal_id = ${g}.id`,
        'i.position',
      ),
    ],
  ];
}

/** The floor statement for the federal read: one row, one column, the whole `data` object as text. */
export function federalFloorSql(kind) {
  const d = DIALECTS[kind];
  const goals = d.arr(
    goalTree(d, 'g', 2, federalGoalFields(d)),
    'FROM goals g WHERE g.strategy_id = s.id AND g.parent_id IS NULL',
    'g.position',
  );
  const strategy = d.sub(
    `SELECT ${d.obj([
      ['status', 's.status'],
      ['goals', `CASE WHEN s.status = 'APPROVED' THEN ${goals} ELSE ${d.emptyArr} END`],
    ])} FROM strategies s WHERE s.region_id = r.id`,
  );
  const regions = d.arr(
    d.obj([
      ['code', 'r.code'],
      ['name', 'r.name'],
      ['federalDistrict', 'r.federal_district'],
      ['strategy', strategy],
    ]),
    'FROM regions r',
    'r.subject_code',
  );
  return `SELECT ${d.text(d.obj([['regions', regions]]))} AS json`;
}

/** The floor statement for one region's full strategy (parameter: the region code). */
export function regionFloorSql(kind) {
  const d = DIALECTS[kind];
  const visible = `s.status = 'APPROVED'`;
  const content = (expr) => `CASE WHEN ${visible} THEN ${expr} ELSE ${d.emptyArr} END`;
  const goals = d.arr(
    goalTree(d, 'g', 2, editorGoalFields(d)),
    'FROM goals g WHERE g.strategy_id = s.id AND g.parent_id IS NULL',
    'g.position',
  );
  const sectors = d.arr(
    d.obj([
      ['code', 'sx.code'],
      ['name', 'sx.name'],
    ]),
    'FROM strategy_sectors ss JOIN sectors sx ON sx.id = ss.sector_id WHERE ss.strategy_id = s.id',
    'ss.position',
  );
  const comments = d.arr(
    d.obj([
      ['id', 'cm.id'],
      ['body', 'cm.body'],
      ['createdAt', d.iso('cm.created_at')],
      ['goal', `CASE WHEN cm.goal_id IS NULL THEN NULL ELSE ${d.obj([['id', 'cm.goal_id']])} END`],
    ]),
    'FROM comments cm WHERE cm.strategy_id = s.id',
    'cm.created_at',
  );
  const strategy = d.sub(
    `SELECT ${d.obj([
      ['id', 's.id'],
      ['status', 's.status'],
      ['version', 's.version'],
      ['revision', 's.revision'],
      ['deadline', 's.deadline'],
      ['sectors', content(sectors)],
      ['goals', content(goals)],
      ['comments', content(comments)],
    ])} FROM strategies s WHERE s.region_id = r.id`,
  );
  const region = d.sub(
    `SELECT ${d.obj([
      ['code', 'r.code'],
      ['name', 'r.name'],
      ['strategy', strategy],
    ])} FROM regions r WHERE r.code = ${d.param()}`,
  );
  return `SELECT ${d.text(d.obj([['region', region]]))} AS json`;
}
