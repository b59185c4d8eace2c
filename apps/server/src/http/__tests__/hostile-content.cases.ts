import { randomUUID } from 'node:crypto';
import { HOSTILE_STRINGS, type Case, type HostileContext } from './hostile-cases';

/**
 * Hostile content: hostile strings where a string is an identifier or a code, invalid numbers, unknown enums, and
 * other regions' and roles' ids (sections 7–10 of the hostile-input suite). One list of cases per batch.
 */
export function contentBatches(ctx: HostileContext): Case[][] {
  const { editor, reviewer, admin, bel, vgg, tul, foreignGoalId, post, gql } = ctx;
  const batches: Case[][] = [];

  // 7. Hostile strings wherever a string is an identifier or a code (never stored).
  const goalInput = (over: Record<string, unknown> = {}) => ({
    horizon: 'Y2030',
    sectorCode: 'healthcare',
    title: 'Цель',
    ...over,
  });
  const addGoal =
    'mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }';
  const hostileInIdentifiers: Case[] = HOSTILE_STRINGS.flatMap((s, i) => [
    {
      group: 'injection: regionCode',
      name: `#${i}`,
      run: () => gql('mutation($c: String!) { createStrategy(regionCode: $c) { id } }', { c: s }, admin),
    },
    {
      group: 'injection: sectorCodes',
      name: `#${i}`,
      run: () =>
        gql(
          'mutation($s: ID!, $v: Int!, $c: [String!]!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: $c) { id } }',
          { s: bel.id, v: bel.version, c: ['healthcare', s] },
          editor,
        ),
    },
    {
      group: 'injection: input.sectorCode',
      name: `#${i}`,
      run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ sectorCode: s }) }, editor),
    },
    {
      group: 'injection: strategyId',
      name: `#${i}`,
      run: () => gql(addGoal, { s, v: bel.version, input: goalInput() }, editor),
    },
    {
      group: 'injection: parentId',
      name: `#${i}`,
      run: () =>
        gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ horizon: 'Y2024', parentId: s }) }, editor),
    },
    {
      group: 'injection: goal id',
      name: `#${i}`,
      run: () =>
        gql(
          'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
          { id: s, v: bel.version },
          editor,
        ),
    },
    {
      group: 'injection: login',
      name: `#${i}`,
      run: () =>
        gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
          e: i % 2 ? s : 'admin@tsifra.test',
          p: s,
        }),
    },
    // Text fields behind a refusal: another region's strategy, a stale version, a reviewer editing, anonymous.
    {
      group: 'injection: cross-region title',
      name: `#${i}`,
      run: () => gql(addGoal, { s: vgg.id, v: vgg.version, input: goalInput({ title: s, description: s }) }, editor),
    },
    {
      group: 'injection: stale version',
      name: `#${i}`,
      run: () =>
        gql(addGoal, { s: bel.id, v: bel.version - 1, input: goalInput({ title: s, description: s }) }, editor),
    },
    {
      group: 'injection: reviewer edit',
      name: `#${i}`,
      run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ title: s }) }, reviewer),
    },
    {
      group: 'injection: comment on hidden draft',
      name: `#${i}`,
      run: () =>
        gql(
          'mutation($s: ID!, $b: String!) { addComment(strategyId: $s, body: $b) { id } }',
          { s: vgg.id, b: s },
          editor,
        ),
    },
    {
      group: 'injection: requestChanges by editor',
      name: `#${i}`,
      run: () =>
        gql(
          'mutation($id: ID!, $c: String!) { requestChanges(id: $id, comment: $c) { id } }',
          { id: bel.id, c: s },
          editor,
        ),
    },
  ]);
  batches.push(hostileInIdentifiers);

  // 8. Invalid numbers, as variables and as literals.
  const indicator = (over: Record<string, unknown>) => ({
    name: 'Показатель',
    unit: '%',
    baselineYear: 2020,
    baselineValue: 40,
    targets: [{ year: 2030, value: 90 }],
    ...over,
  });
  const withIndicator = (over: Record<string, unknown>) => ({
    s: bel.id,
    v: bel.version,
    input: goalInput({ indicators: [indicator(over)] }),
  });
  const rawAddGoal = (indicatorLiteral: string, version = String(bel.version)) =>
    post(
      `{"query": ${JSON.stringify(`mutation($s: ID!, $v: Int!, $input: GoalInput!) { addGoal(strategyId: $s, version: $v, input: $input) { id } }`)}, "variables": {"s": "${bel.id}", "v": ${version}, "input": {"horizon": "Y2030", "sectorCode": "healthcare", "title": "Числа", "indicators": [${indicatorLiteral}]}}}`,
      { authorization: `Bearer ${editor}` },
    );
  const literal = (value: string) =>
    gql(
      `mutation { addGoal(strategyId: "${bel.id}", version: ${bel.version}, input: { horizon: Y2030, sectorCode: "healthcare", title: "Числа", indicators: [{ name: "x", unit: "%", baselineYear: 2020, baselineValue: ${value}, targets: [{ year: 2030, value: 90 }] }] }) { id } }`,
      undefined,
      editor,
    );
  batches.push([
    ...['NaN', 'Infinity', '-Infinity', '1e309', '"40"', 'null', 'true', '[]', '{}', '"0x10"'].map((v) => ({
      group: 'number: baselineValue (JSON)',
      name: v,
      run: () =>
        rawAddGoal(
          `{"name": "x", "unit": "%", "baselineYear": 2020, "baselineValue": ${v}, "targets": [{"year": 2030, "value": 90}]}`,
        ),
    })),
    ...['1e309', '-1e309', 'NaN', '"40"', '0x10', '4_0'].map((v) => ({
      group: 'number: baselineValue (literal)',
      name: v,
      run: () => literal(v),
    })),
    ...['2020.5', '99999999999', '-1e309', '"2020"', 'NaN'].map((v) => ({
      group: 'number: baselineYear',
      name: v,
      run: () =>
        rawAddGoal(
          `{"name": "x", "unit": "%", "baselineYear": ${v}, "baselineValue": 40, "targets": [{"year": 2030, "value": 90}]}`,
        ),
    })),
    ...['-1', '1.5', '2147483648', '"1"', 'null', '1e309'].map((v) => ({
      group: 'number: version',
      name: v,
      run: () =>
        rawAddGoal(
          `{"name": "x", "unit": "%", "baselineYear": 2020, "baselineValue": 40, "targets": [{"year": 2030, "value": 90}]}`,
          v,
        ),
    })),
    {
      group: 'number: impossible',
      name: 'percentage 150',
      run: () => gql(addGoal, withIndicator({ targets: [{ year: 2030, value: 150 }] }), editor),
    },
    {
      group: 'number: impossible',
      name: 'percentage -5',
      run: () => gql(addGoal, withIndicator({ baselineValue: -5 }), editor),
    },
    {
      group: 'number: impossible',
      name: 'target year before baseline',
      run: () =>
        gql(
          addGoal,
          withIndicator({
            targets: [
              { year: 2030, value: 90 },
              { year: 2019, value: 10 },
            ],
          }),
          editor,
        ),
    },
    {
      group: 'number: impossible',
      name: 'duplicate target year',
      run: () =>
        gql(
          addGoal,
          withIndicator({
            targets: [
              { year: 2030, value: 90 },
              { year: 2030, value: 91 },
            ],
          }),
          editor,
        ),
    },
    {
      group: 'number: impossible',
      name: 'no target for the horizon year',
      run: () => gql(addGoal, withIndicator({ targets: [{ year: 2024, value: 60 }] }), editor),
    },
    {
      group: 'number: impossible',
      name: 'INCREASE falling below baseline',
      run: () => gql(addGoal, withIndicator({ direction: 'INCREASE', targets: [{ year: 2030, value: 10 }] }), editor),
    },
  ]);

  // 9. Unknown enums.
  batches.push([
    ...['Y2099', 'y2030', '2030', '', 'Y2030; DROP TABLE goals'].map((h) => ({
      group: 'unknown enum: horizon',
      name: h,
      run: () => gql(addGoal, { s: bel.id, v: bel.version, input: goalInput({ horizon: h }) }, editor),
    })),
    ...['SIDEWAYS', 'increase', ''].map((d) => ({
      group: 'unknown enum: direction',
      name: d,
      run: () => gql(addGoal, withIndicator({ direction: d }), editor),
    })),
    {
      group: 'unknown enum: literal',
      name: 'horizon as a string literal',
      run: () =>
        gql(
          `mutation { addGoal(strategyId: "${bel.id}", version: ${bel.version}, input: { horizon: "Y2030", sectorCode: "healthcare", title: "x" }) { id } }`,
          undefined,
          editor,
        ),
    },
    {
      group: 'unknown enum: query',
      name: 'goals(horizon: Y1999)',
      run: () => gql(`{ strategy(id: "${bel.id}") { goals(horizon: Y1999) { id } } }`, undefined, editor),
    },
  ]);

  // 10. Cross-region and cross-role IDs.
  batches.push([
    {
      group: 'cross-region',
      name: 'editor creates another region’s strategy',
      run: () => gql('mutation { createStrategy(regionCode: "RU-MOW") { id } }', undefined, editor),
    },
    {
      group: 'cross-region',
      name: 'editor adds a goal to an approved foreign strategy',
      run: () => gql(addGoal, { s: tul.id, v: 1, input: goalInput() }, editor),
    },
    {
      group: 'cross-region',
      name: 'editor updates a foreign goal',
      run: () =>
        gql(
          'mutation($id: ID!, $v: Int!, $input: GoalInput!) { updateGoal(id: $id, version: $v, input: $input) { id } }',
          { id: foreignGoalId, v: vgg.version, input: goalInput() },
          editor,
        ),
    },
    {
      group: 'cross-region',
      name: 'editor deletes a foreign goal',
      run: () =>
        gql(
          'mutation($id: ID!, $v: Int!) { deleteGoal(id: $id, version: $v) { id } }',
          { id: tul.goalId, v: 1 },
          editor,
        ),
    },
    {
      group: 'cross-region',
      name: 'foreign goal as parent',
      run: () =>
        gql(
          addGoal,
          { s: bel.id, v: bel.version, input: goalInput({ horizon: 'Y2024', parentId: tul.goalId }) },
          editor,
        ),
    },
    {
      group: 'cross-region',
      name: 'editor submits a foreign strategy',
      run: () =>
        gql(
          'mutation($id: ID!, $v: Int!) { submitStrategy(id: $id, version: $v) { id } }',
          { id: vgg.id, v: vgg.version },
          editor,
        ),
    },
    {
      group: 'cross-region',
      name: 'editor sets a foreign strategy’s sectors',
      run: () =>
        gql(
          'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare"]) { id } }',
          { s: vgg.id, v: vgg.version },
          editor,
        ),
    },
    {
      group: 'cross-role',
      name: 'editor approves',
      run: () => gql('mutation($id: ID!) { approveStrategy(id: $id) { id } }', { id: bel.id }, editor),
    },
    {
      group: 'cross-role',
      name: 'reviewer sets sectors',
      run: () =>
        gql(
          'mutation($s: ID!, $v: Int!) { setStrategySectors(strategyId: $s, version: $v, sectorCodes: ["healthcare"]) { id } }',
          { s: bel.id, v: bel.version },
          reviewer,
        ),
    },
    {
      group: 'cross-role',
      name: 'reviewer approves a draft',
      run: () => gql('mutation($id: ID!) { approveStrategy(id: $id) { id } }', { id: bel.id }, reviewer),
    },
    {
      group: 'cross-role',
      name: 'anonymous comment',
      run: () => gql('mutation($s: ID!) { addComment(strategyId: $s, body: "hi") { id } }', { s: tul.id }),
    },
    {
      group: 'cross-region',
      name: 'random UUID strategy',
      run: () => gql(addGoal, { s: randomUUID(), v: 1, input: goalInput() }, editor),
    },
    {
      group: 'cross-region',
      name: 'goal id as strategy id',
      run: () => gql(addGoal, { s: tul.goalId, v: 1, input: goalInput() }, admin),
    },
  ]);
  return batches;
}
