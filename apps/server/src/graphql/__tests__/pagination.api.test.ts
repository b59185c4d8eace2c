import { randomUUID } from 'node:crypto';
import { MAX_PAGE_SIZE } from '@tsifra/domain/pagination';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { CommentEntity } from '../../modules/comment/comment.entity';
import { InformationSystemEntity } from '../../modules/gostech/information-system.entity';
import { NotificationEntity } from '../../modules/notification/notification.entity';
import { SessionEntity } from '../../modules/user/session.entity';
import { UserEntity } from '../../modules/user/user.entity';
import type { TestServer } from '../../testing/test-server';
import {
  BASE,
  pagingTools,
  remarksPageOf,
  seedPagination,
  type Item,
  type PaginationFixture,
} from './pagination-api.helpers';

/**
 * Cursor pagination over real HTTP: every growing list pages through more than MAX_PAGE_SIZE rows with no
 * duplicate and no gap (rows sharing a timestamp included), stays stable when rows are inserted between pages,
 * refuses a bad `first` or `after` with BAD_USER_INPUT and the field, and applies its access rule on every page.
 */
// The access rule on every page, refused page requests and the plan's bound: pagination-access.api.test.ts.

describe('cursor pagination of growing lists', () => {
  let t: TestServer;
  let editor: string;
  let otherEditor: string;
  let reviewer: string;
  let admin: string;
  let strategyId: string;
  let remarkId: string;
  let planId: string;
  let userId: Record<string, string>;
  let f: PaginationFixture;
  beforeAll(async () => {
    f = await seedPagination();
    ({ t, editor, otherEditor, reviewer, admin, strategyId, remarkId, planId, userId } = f);
  });
  afterAll(() => t.stop());
  const { ok, refusal, pageThrough, reading, ids, expectNoDuplicates } = pagingTools(() => t);
  const remarksPage = remarksPageOf(() => f);

  it(`caps a growing list at ${MAX_PAGE_SIZE} without first, and pages through the rest with after: every remark once, in order`, async () => {
    const all = await t.server.db.dataSource.getRepository(CommentEntity).find({ where: { strategyId } });
    const remarks = all.filter((c) => c.severity && !c.parentId);
    expect(remarks.length).toBeGreaterThan(MAX_PAGE_SIZE);

    const byDefault = await pageThrough(remarksPage(null), MAX_PAGE_SIZE);
    expect(byDefault.pages).toEqual([MAX_PAGE_SIZE, remarks.length - MAX_PAGE_SIZE]);
    expect(ids(byDefault.items).sort()).toEqual(ids(remarks).sort());
    expectNoDuplicates(byDefault.items);
    // Oldest first, ties broken by id: the order a keyset can continue from.
    const keys = byDefault.items.map((r) => [Date.parse(r.createdAt), r.id] as const);
    for (let i = 1; i < keys.length; i++)
      expect(keys[i - 1]![0] < keys[i]![0] || (keys[i - 1]![0] === keys[i]![0] && keys[i - 1]![1] < keys[i]![1])).toBe(
        true,
      );

    const small = await pageThrough(remarksPage(45), 45);
    expect(small.pages.length).toBeGreaterThanOrEqual(3);
    expect(ids(small.items)).toEqual(ids(byDefault.items));
  });

  it('stays stable when rows are inserted between pages: no repeat, no gap, the new one where it sorts', async () => {
    const first = await remarksPage(40)(null);
    const before = await pageThrough(remarksPage(100), 100);
    // A remark added through the API sorts last; one back-dated before the cursor must not shift the pages after it.
    const added = await ok<{ addRemark: { id: string } }>(
      'mutation($s: ID!) { addRemark(strategyId: $s, input: { body: "Новое замечание", severity: MAJOR }) { id } }',
      { s: strategyId },
      reviewer,
    );
    const backdated = randomUUID();
    await t.server.db.write((m) =>
      m.getRepository(CommentEntity).insert({
        id: backdated,
        strategyId,
        goalId: null,
        authorId: userId.reviewer!,
        body: 'Задним числом',
        createdAt: new Date(BASE - 3_600_000),
        severity: 'MINOR',
        status: 'OPEN',
        parentId: null,
        revision: 1,
      }),
    );
    const rest = await pageThrough(remarksPage(40), 40, first.at(-1)!.cursor);
    const seen = [...first, ...rest.items];
    expectNoDuplicates(seen);
    expect(ids(seen)).toEqual([...ids(before.items), added.addRemark.id]);
    expect(ids(seen)).not.toContain(backdated);
    // Starting over shows it in its place.
    expect(ids(await remarksPage(1)(null))).toEqual([backdated]);
  });

  it('pages replies of one remark through comment(id), and nested replies stay one statement for every remark', async () => {
    const REPLIES =
      'query($id: ID!, $after: String) { comment(id: $id) { id replies(first: 50, after: $after) { id cursor parentId } } }';
    const replies = await pageThrough(
      async (after) =>
        (await ok<{ comment: { replies: (Item & { parentId: string })[] } }>(REPLIES, { id: remarkId, after }, editor))
          .comment.replies,
      50,
    );
    expect(replies.pages).toEqual([50, 50, 20]);
    expectNoDuplicates(replies.items);
    expect(new Set(replies.items.map((r) => r.parentId))).toEqual(new Set([remarkId]));
    // Without first, a thread shows its first page.
    const nested = await t.sql.count(() =>
      t.gql<{ strategy: { remarks: { id: string; replies: Item[] }[] } }>(
        'query($id: ID!) { strategy(id: $id) { remarks { id replies { id } } } }',
        { id: strategyId },
        reviewer,
      ),
    );
    expect(nested.result.errors).toBeUndefined();
    expect(nested.result.data!.strategy.remarks.find((r) => r.id === remarkId)!.replies).toHaveLength(MAX_PAGE_SIZE);
    expect(reading(nested.statements, 'comments')).toHaveLength(1);
  });

  it('pages the revision’s remarks and the strategy’s comments the same way', async () => {
    const REV =
      'query($id: ID!, $after: String) { strategy(id: $id) { revisionDetail(number: 1) { remarks(first: 60, after: $after) { id cursor revision } } } }';
    const rev = await pageThrough(
      async (after) =>
        (await ok<any>(REV, { id: strategyId, after }, reviewer)).strategy.revisionDetail.remarks as Item[],
      60,
    );
    expect(rev.items.length).toBeGreaterThan(MAX_PAGE_SIZE);
    expectNoDuplicates(rev.items);

    const COMMENTS = 'query($id: ID!, $after: String) { strategy(id: $id) { comments(after: $after) { id cursor } } }';
    const comments = await pageThrough(
      async (after) => (await ok<any>(COMMENTS, { id: strategyId, after }, editor)).strategy.comments as Item[],
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(CommentEntity).countBy({ strategyId });
    expect(comments.items).toHaveLength(total);
    expectNoDuplicates(comments.items);
  });

  it('pages a strategy’s and a plan’s history; the federal read of every strategy’s history stays one statement', async () => {
    const HISTORY = 'query($id: ID!, $after: String) { strategy(id: $id) { history(after: $after) { id cursor } } }';
    const history = await pageThrough(
      async (after) => (await ok<any>(HISTORY, { id: strategyId, after }, editor)).strategy.history as Item[],
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(AuditEventEntity).countBy({ strategyId });
    expect(total).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(history.items).toHaveLength(total);
    expect(history.pages.length).toBe(Math.ceil((total + 1) / MAX_PAGE_SIZE));
    expectNoDuplicates(history.items);

    const PLAN =
      'query($id: ID!, $after: String) { gostechPlan(id: $id) { history(first: 5, after: $after) { id cursor } } }';
    const plan = await pageThrough(
      async (after) => (await ok<any>(PLAN, { id: planId, after }, editor)).gostechPlan.history as Item[],
      5,
    );
    expect(plan.items.length).toBe(await t.server.db.dataSource.getRepository(AuditEventEntity).countBy({ planId }));
    expectNoDuplicates(plan.items);

    const federal = await t.sql.count(() =>
      t.gql<{ regions: { strategy: { history: Item[] } | null }[] }>(
        '{ regions { strategy { history(first: 2) { id cursor } } } }',
        {},
        admin,
      ),
    );
    expect(federal.result.errors).toBeUndefined();
    expect(
      federal.result.data!.regions.filter((r) => r.strategy && r.strategy.history.length === 2).length,
    ).toBeGreaterThan(1);
    expect(reading(federal.statements, 'audit_events')).toHaveLength(1);
  });

  it('pages notifications newest first; a new one between pages repeats nothing; another user’s cursor shows only your own', async () => {
    const NOTES =
      'query($first: Int, $after: String, $unread: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unread) { id cursor createdAt } }';
    const page =
      (first: number | null, token = reviewer, unread = false) =>
      async (after: string | null) =>
        (await ok<{ notifications: (Item & { createdAt: string })[] }>(NOTES, { first, after, unread }, token))
          .notifications;
    const own = await t.server.db.dataSource.getRepository(NotificationEntity).findBy({ userId: userId.reviewer! });
    expect(own.length).toBeGreaterThan(MAX_PAGE_SIZE);

    const firstPage = await page(null)(null);
    expect(firstPage).toHaveLength(MAX_PAGE_SIZE);
    // Newer than everything: with offsets, the next page would repeat the last item of this one.
    await t.server.db.write((m) =>
      m.getRepository(NotificationEntity).insert({
        id: randomUUID(),
        userId: userId.reviewer!,
        kind: 'SUBMITTED',
        strategyId,
        commentId: null,
        revision: 1,
        actorId: null,
        excerpt: null,
        createdAt: new Date(),
        readAt: null,
      }),
    );
    const rest = await pageThrough(page(null), MAX_PAGE_SIZE, firstPage.at(-1)!.cursor);
    const seen = [...firstPage, ...rest.items];
    expectNoDuplicates(seen);
    expect(ids(seen).sort()).toEqual(ids(own).sort());
    const times = seen.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const unread = await pageThrough(page(30, reviewer, true), 30);
    expect(unread.items.length).toBe(
      (await t.server.db.dataSource.getRepository(NotificationEntity).findBy({ userId: userId.reviewer! })).filter(
        (n) => !n.readAt,
      ).length,
    );

    // The RU-TUL editor with the reviewer's cursor: still only their own three.
    const theirs = await page(null, otherEditor)(null);
    expect(theirs).toHaveLength(3);
    expect(ids(await page(null, otherEditor)(firstPage[0]!.cursor)).every((id) => ids(theirs).includes(id))).toBe(true);
    expect(await refusal('{ notifications(first: 1) { id } }', {})).toEqual({
      code: 'UNAUTHENTICATED',
      field: undefined,
    });

    // The deprecated limit still works, now within the page cap.
    expect((await ok<any>('{ notifications(limit: 3) { id } }', {}, reviewer)).notifications).toHaveLength(3);
    expect((await ok<any>('{ notifications(limit: 500) { id } }', {}, reviewer)).notifications).toHaveLength(
      MAX_PAGE_SIZE,
    );
  });

  it('pages users by email for administrators only, on every page', async () => {
    const USERS = 'query($first: Int, $after: String) { users(first: $first, after: $after) { id cursor email } }';
    const users = await pageThrough(
      async (after) => (await ok<{ users: (Item & { email: string })[] }>(USERS, { first: null, after }, admin)).users,
      MAX_PAGE_SIZE,
    );
    const total = await t.server.db.dataSource.getRepository(UserEntity).count();
    expect(total).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(users.items).toHaveLength(total);
    expectNoDuplicates(users.items);
    const emails = users.items.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
    const cursor = users.items[MAX_PAGE_SIZE - 1]!.cursor;
    expect(await refusal(USERS, { after: cursor }, reviewer)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refusal(USERS, { after: cursor })).toEqual({ code: 'UNAUTHENTICATED', field: undefined });
  });

  it('pages your API tokens newest first, and another user’s cursor never shows theirs', async () => {
    const TOKENS = 'query($after: String) { apiTokens(after: $after) { id cursor createdAt } }';
    const tokens = await pageThrough(
      async (after) => (await ok<{ apiTokens: Item[] }>(TOKENS, { after }, editor)).apiTokens,
      MAX_PAGE_SIZE,
    );
    expect(tokens.items).toHaveLength(
      await t.server.db.dataSource
        .getRepository(SessionEntity)
        .countBy({ userId: userId['editor.bel']!, kind: 'token' }),
    );
    expect(tokens.pages).toEqual([MAX_PAGE_SIZE, tokens.items.length - MAX_PAGE_SIZE]);
    expectNoDuplicates(tokens.items);
    expect(
      (await ok<{ apiTokens: Item[] }>(TOKENS, { after: tokens.items[0]!.cursor }, otherEditor)).apiTokens,
    ).toEqual([]);
  });

  it('returns a whole GosTech plan without first, and pages it with first', async () => {
    const SYSTEMS =
      'query($id: ID!, $first: Int, $after: String) { gostechPlan(id: $id) { systems(first: $first, after: $after) { id cursor position } } }';
    const whole = (await ok<any>(SYSTEMS, { id: planId }, editor)).gostechPlan.systems as (Item & {
      position: number;
    })[];
    expect(whole.length).toBe(await t.server.db.dataSource.getRepository(InformationSystemEntity).countBy({ planId }));
    expect(whole.length).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(whole.map((s) => s.position)).toEqual(whole.map((_, i) => i));
    const paged = await pageThrough(
      async (after) => (await ok<any>(SYSTEMS, { id: planId, first: 30, after }, editor)).gostechPlan.systems as Item[],
      30,
    );
    expect(ids(paged.items)).toEqual(ids(whole));
    // Hidden from another region's editor on every page.
    expect(
      (await ok<any>(SYSTEMS, { id: planId, first: 30, after: whole[29]!.cursor }, otherEditor)).gostechPlan.systems,
    ).toEqual([]);
  });
});
