import { randomUUID } from 'node:crypto';
import { MAX_IMPORT_ROWS } from '@tsifra/domain/gostech/inventory-row';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { GostechPlanEntity } from '../../modules/gostech/gostech-plan.entity';
import { InformationSystemEntity } from '../../modules/gostech/information-system.entity';
import type { TestServer } from '../../testing/test-server';
import { encodeCursor } from '../pagination';
import { pagingTools, REMARKS, remarksPageOf, seedPagination, type PaginationFixture } from './pagination-api.helpers';

// Cursor pagination (see pagination.api.test.ts): the content rule on every page, a bad `first` or `after`
// refused with BAD_USER_INPUT and the field, and a GosTech plan bounded by the import cap.

describe('cursor pagination of growing lists', () => {
  let t: TestServer;
  let editor: string;
  let otherEditor: string;
  let reviewer: string;
  let admin: string;
  let strategyId: string;
  let remarkId: string;
  let planId: string;
  let f: PaginationFixture;
  beforeAll(async () => {
    f = await seedPagination();
    ({ t, editor, otherEditor, reviewer, admin, strategyId, remarkId, planId } = f);
  });
  afterAll(() => t.stop());
  const { ok, refusal } = pagingTools(() => t);
  const remarksPage = remarksPageOf(() => f);

  it('applies the content rule on every page: another region’s editor and anonymous callers get nothing', async () => {
    const cursor = (await remarksPage(10)(null)).at(-1)!.cursor;
    for (const token of [otherEditor, undefined]) {
      expect((await ok<any>(REMARKS, { id: strategyId, first: 10, after: cursor }, token)).strategy.remarks).toEqual(
        [],
      );
      expect(
        (
          await ok<any>(
            'query($id: ID!, $a: String) { strategy(id: $id) { history(after: $a) { id } comments(after: $a) { id } } }',
            { id: strategyId, a: null },
            token,
          )
        ).strategy,
      ).toEqual({ history: [], comments: [] });
      expect(
        (await ok<any>('query($id: ID!) { comment(id: $id) { id } }', { id: remarkId }, token)).comment,
      ).toBeNull();
    }
    expect((await ok<any>('query($id: ID!) { comment(id: $id) { id } }', { id: remarkId }, reviewer)).comment).toEqual({
      id: remarkId,
    });
  });

  describe('refuses a bad page request with BAD_USER_INPUT and the argument', () => {
    const LISTS: [string, string, () => Record<string, unknown>, () => string][] = [
      [
        'Strategy.comments',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { comments(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Strategy.remarks',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { remarks(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Strategy.history',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { history(first: $first, after: $after) { id } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'StrategyRevision.remarks',
        'query($id: ID!, $first: Int, $after: String) { strategy(id: $id) { revisionDetail(number: 1) { remarks(first: $first, after: $after) { id } } } }',
        () => ({ id: strategyId }),
        () => editor,
      ],
      [
        'Comment.replies',
        'query($id: ID!, $first: Int, $after: String) { comment(id: $id) { replies(first: $first, after: $after) { id } } }',
        () => ({ id: remarkId }),
        () => editor,
      ],
      [
        'GostechPlan.history',
        'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { history(first: $first, after: $after) { id } } }',
        () => ({ id: planId }),
        () => editor,
      ],
      [
        'GostechPlan.systems',
        'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { systems(first: $first, after: $after) { id } } }',
        () => ({ id: planId }),
        () => editor,
      ],
      [
        'Query.notifications',
        'query($first: Int, $after: String) { notifications(first: $first, after: $after) { id } }',
        () => ({}),
        () => reviewer,
      ],
      [
        'Query.users',
        'query($first: Int, $after: String) { users(first: $first, after: $after) { id } }',
        () => ({}),
        () => admin,
      ],
      [
        'Query.apiTokens',
        'query($first: Int, $after: String) { apiTokens(first: $first, after: $after) { id } }',
        () => ({}),
        () => editor,
      ],
    ];

    it.each(LISTS)('%s: first outside 1–100', async (_name, query, vars, token) => {
      for (const first of [0, -1, MAX_PAGE_SIZE + 1, 1_000_000]) {
        expect(await refusal(query, { ...vars(), first }, token())).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      }
      expect((await t.gql(query, { ...vars(), first: MAX_PAGE_SIZE }, token())).errors).toBeUndefined();
      expect((await t.gql(query, { ...vars(), first: 1 }, token())).errors).toBeUndefined();
    });

    it.each(LISTS)('%s: a garbage or foreign after', async (_name, query, vars, token) => {
      const garbage = [
        'garbage!',
        '',
        "' OR 1=1 --",
        Buffer.from('not json').toString('base64url'),
        Buffer.from('["Comment",1,2]').toString('base64url'),
        Buffer.from('{"k":"Comment"}').toString('base64url'),
        Buffer.from('["Comment",1e300,"x"]').toString('base64url'),
        encodeCursor(_name.startsWith('Query.users') ? 'Notification' : 'User', 'someone@tsifra.test', randomUUID()),
        'A'.repeat(5000),
      ];
      for (const after of garbage) {
        expect(await refusal(query, { ...vars(), after }, token())).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });
  });

  it(`bounds a GosTech plan at ${MAX_IMPORT_ROWS} systems (the import cap), so its unpaged list is bounded too`, async () => {
    const repo = t.server.db.dataSource.getRepository(InformationSystemEntity);
    const count = await repo.countBy({ planId });
    await t.server.db.write(async (m) => {
      for (let from = count; from < MAX_IMPORT_ROWS; from += 500) {
        const n = Math.min(500, MAX_IMPORT_ROWS - from);
        await m.getRepository(InformationSystemEntity).insert(
          Array.from({ length: n }, (_, i) => ({
            id: randomUUID(),
            planId,
            position: from + i,
            name: `Массовая система ${from + i}`,
            shortName: null,
            owner: 'Оператор',
            sectorId: null,
            purpose: null,
            isStateSystem: false,
            processesPersonalData: false,
            hosting: null,
            annualCost: null,
            decision: null,
            economicAssessment: null,
            technologicalAssessment: null,
          })),
        );
      }
    });
    const version = (await t.server.db.dataSource.getRepository(GostechPlanEntity).findOneByOrFail({ id: planId }))
      .version;
    const ADD =
      'mutation($p: ID!, $v: Int!, $i: InformationSystemInput!) { addInformationSystem(planId: $p, version: $v, input: $i) { id } }';
    expect(
      await refusal(ADD, { p: planId, v: version, i: { name: 'Пять тысяч первая', operator: 'Оператор' } }, editor),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'planId' });
    expect(await repo.countBy({ planId })).toBe(MAX_IMPORT_ROWS);
    const whole = await ok<any>('query($id: ID!) { gostechPlan(id: $id) { systems { id } } }', { id: planId }, editor);
    expect(whole.gostechPlan.systems).toHaveLength(MAX_IMPORT_ROWS);
  });
});
