import { getMetadataStorage } from 'type-graphql';
import { buildTsifraSchema } from '../../../graphql/schema';
import { databaseChecksum } from '../../../ops/checksum';
import { GostechPlanEntity } from '../../gostech/gostech-plan.entity';
import { StrategyEntity } from '../../strategy/strategy.entity';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { buildFixture } from './matrix/fixture';
import { ACTORS, OK, type Fixture, type Row } from './matrix/kinds';
import { ACCOUNT_ROWS } from './matrix/rows-account';
import { EDITION_ROWS } from './matrix/rows-editions';
import { EXECUTION_ROWS } from './matrix/rows-execution';
import { GOSTECH_ROWS } from './matrix/rows-gostech';
import { MSZU_ROWS } from './matrix/rows-mszu';
import { RATING_ROWS } from './matrix/rows-rating';
import { STRATEGY_ROWS } from './matrix/rows-strategy';

/**
 * The authorization matrix: every mutation × every kind of caller, from ONE table. A mutation missing from
 * the table fails the first test, so a new mutation cannot ship without its row. Each case runs over real
 * HTTP; a refused case must leave the whole database unchanged (a checksum of every row of every table,
 * which includes the strategy's version).
 *
 * The rows live in ./matrix, one file per feature: add a new mutation's row to its feature's file (or a new one here).
 */

const TABLE: Row[] = [
  ...ACCOUNT_ROWS,
  ...STRATEGY_ROWS,
  ...GOSTECH_ROWS,
  ...EXECUTION_ROWS,
  ...EDITION_ROWS,
  ...MSZU_ROWS,
  ...RATING_ROWS,
];

const CASES = TABLE.flatMap((row) => ACTORS.map((actor, i) => ({ row, actor, expected: row.expect[i]! })));

describe('the authorization matrix', () => {
  let t: TestServer;
  let f: Fixture;
  let ran = 0;

  beforeAll(async () => {
    t = await startTestServer();
    f = await buildFixture(t);
  });
  afterAll(async () => {
    process.stdout.write(
      `authorization matrix: ${ran} of ${CASES.length} cases ran (${TABLE.length} rows × ${ACTORS.length} callers, ${new Set(TABLE.map((r) => r.mutation)).size} mutations)\n`,
    );
    await t.stop();
  });

  it('has a row for every mutation in the schema (add one when you add a mutation)', async () => {
    await buildTsifraSchema();
    const mutations = new Set(getMetadataStorage().mutations.map((m) => m.schemaName));
    const covered = new Set(TABLE.map((r) => r.mutation));
    expect([...mutations].filter((m) => !covered.has(m)).sort()).toEqual([]);
    expect([...covered].filter((m) => !mutations.has(m)).sort()).toEqual([]);
  });

  const checksum = () =>
    databaseChecksum((sql) => t.server.db.dataSource.query(sql), t.dialect, { sameDatabase: true });

  it.each(
    CASES.map(
      (c) => [`${c.row.mutation}${c.row.variant ? ` (${c.row.variant})` : ''}`, c.actor, c.expected, c] as const,
    ),
  )('%s as %s → %s', async (_name, actor, expected, c) => {
    f.n += 1;
    await t.server.db.write(async (m) => {
      await m.getRepository(StrategyEntity).update({ id: f.bel }, { status: c.row.belStatus ?? 'DRAFT' });
      await m.getRepository(GostechPlanEntity).update({ id: f.plan }, { status: c.row.planStatus ?? 'DRAFT' });
    });
    const prepared = await c.row.prepare(f, actor);
    try {
      const before = expected === OK ? null : await checksum();
      const versionBefore = await f.version();
      const res = await t.gql(
        prepared.query,
        prepared.variables,
        'token' in prepared ? prepared.token : f.tokens[actor],
      );
      if (expected === OK) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors?.[0]?.extensions?.code).toBe(expected);
        expect(await f.version()).toBe(versionBefore);
        expect(await checksum()).toEqual(before);
      }
      ran += 1;
    } finally {
      await prepared.cleanup?.();
    }
  });
});
